import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text';

describe('htmlToText: page text', () => {
  it('ends lines at block elements, drops head/script/style/comments, decodes entities', () => {
    const html = `<!DOCTYPE html><html><head><title>标题</title><style>p{}</style></head>
      <body><div>当前位置：首页</div><script>var a = "<p>x</p>";</script>
      <h1>某局2020年  政府信息公开工作年度报告</h1><!-- a comment -->
      <p>一、总体情况</p><p>共收到&nbsp;12&nbsp;件&lt;申请&gt;&amp;<br>答复 10 件。</p>
      <ul><li>甲</li><li>乙</li></ul></body></html>`;
    expect(htmlToText(html)).toBe(
      ['当前位置：首页', '某局2020年 政府信息公开工作年度报告', '一、总体情况', '共收到\u00a012\u00a0件<申请>&', '答复 10 件。', '甲', '乙'].join('\n'),
    );
  });

  it('does not lose the page to a <head> that is never closed', () => {
    expect(htmlToText('<html><head><title>标题</title><meta charset="utf-8"><body><p>正文</p>')).toBe('正文');
  });

  it('keeps inline elements inline and collapses whitespace between them', () => {
    expect(htmlToText('<p><span>政府</span><b>信息</b>  <i>公开</i></p>')).toBe('政府信息 公开');
  });

  it('drops a source line break between Chinese characters, keeps it as a space elsewhere', () => {
    expect(htmlToText('<p>本年度政府信息\n      公开工作</p>')).toBe('本年度政府信息公开工作');
    expect(htmlToText('<p><span>本年度</span>\n <span>报告</span> <b>全文</b></p>')).toBe('本年度报告 全文');
    expect(htmlToText('<p>共 12\n件</p><p>2019\nyear</p>')).toBe('共 12 件\n2019 year');
  });

  it('keeps line breaks inside <pre>', () => {
    expect(htmlToText('<pre>a  b\nc</pre>')).toBe('a  b\nc');
  });

  it('survives deeply nested unclosed tags', () => {
    const html = '<font>'.repeat(20000) + '文字';
    expect(htmlToText(html)).toBe('文字');
  });
});

const rows = (html: string) => htmlToText(html).split('\n').map((l) => l.split('\t'));

describe('htmlToText: tables', () => {

  it('expands colspan after the cell and rowspan into the following rows', () => {
    const html = `<table>
      <tr><td rowspan="2" colspan="2">A</td><td>B</td><td>C</td></tr>
      <tr><td>D</td><td>E</td></tr>
      <tr><td>F</td><td colspan="3">G</td></tr>
    </table>`;
    expect(rows(html)).toEqual([
      ['A', '', 'B', 'C'],
      ['', '', 'D', 'E'],
      ['F', 'G', '', ''],
    ]);
  });

  it('fills covered positions after the last cell and pads short rows', () => {
    const html = `<table>
      <tr><td>一</td><td>1</td><td rowspan="3">合计</td></tr>
      <tr><td>二</td><td>2</td></tr>
      <tr><td>三</td></tr>
      <tr><td>四</td></tr>
    </table>`;
    expect(rows(html)).toEqual([
      ['一', '1', '合计'],
      ['二', '2', ''],
      ['三', '', ''],
      ['四', '', ''],
    ]);
  });

  it('joins the <p>/<span>/<br> pieces of a cell without separator', () => {
    const html = `<table><tr><td><p>申请</p>
        <p><span>人情况</span></p></td><td>商业<br/>企业</td><td>&nbsp;</td></tr></table>`;
    expect(rows(html)).toEqual([['申请人情况', '商业企业', '\u00a0']]);
  });

  it('reads thead/tbody/th, ignores stray text, keeps a caption as its own line, and text around', () => {
    const html = `<p>前</p><table><caption>表一</caption><thead><tr><th>项</th><th>数</th></tr></thead>
      <tbody> x <tr><td>甲</td><td>3</td></tr></tbody></table><p>后</p>`;
    expect(htmlToText(html)).toBe('前\n表一\n项\t数\n甲\t3\n后');
  });

  it('reads a layout table (one holding a table) as blocks, the inner table as a grid', () => {
    const html = `<table><tr><td><p>标题</p><table><tr><td>a</td><td>1</td></tr></table><p>尾</p></td></tr></table>`;
    expect(htmlToText(html)).toBe('标题\na\t1\n尾');
  });

  it('ignores absurd or broken spans', () => {
    expect(rows('<table><tr><td colspan="0">a</td><td colspan="x">b</td><td rowspan="-2">c</td></tr></table>')).toEqual([['a', 'b', 'c']]);
    const wide = htmlToText('<table><tr><td colspan="99999999">a</td></tr></table>');
    expect(wide.split('\t').length).toBe(1000);
  });

  it('reads the Shanghai 2019 page: rectangular grids with merged positions empty', () => {
    const html = readFileSync(new URL('../../../fixtures/samples/shanghai-gov-office-2019.html', import.meta.url), 'utf8');
    const text = htmlToText(html);
    const lines = text.split('\n');
    expect(lines[0]).toBe('2019年上海市人民政府办公厅政府信息公开工作年度报告');
    expect(text).not.toMatch(/<\/?[a-z]+[ >]/i);
    // Table 三: every row has the label columns + 7 figures, merged labels left empty.
    const start = lines.findIndex((l) => l.startsWith('一、本年新收政府信息公开申请数量\t'));
    const end = lines.findIndex((l) => l.startsWith('四、结转下年度继续办理\t'));
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const widths = new Set(lines.slice(start - 3, end + 1).map((l) => l.split('\t').length));
    expect([...widths]).toEqual([10]);
    expect(lines[start].split('\t')).toEqual(['一、本年新收政府信息公开申请数量', '', '', '821', '35', '\u00a0', '\u00a0', '2', '1', '859']);
    expect(lines[start + 3].split('\t').slice(0, 4)).toEqual(['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '', '3']);
    expect(lines[start + 4].split('\t').slice(0, 4)).toEqual(['', '（三）不予公开', '1.属于国家秘密', '14']);
    expect(lines[start + 5].split('\t').slice(0, 3)).toEqual(['', '', '2.其他法律行政法规禁止公开']);
    // Table 四: one data row of 15 figures.
    const four = lines.findIndex((l) => l.startsWith('行政复议\t'));
    expect(lines[four + 3].split('\t')).toHaveLength(15);
  });
});
