import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeInput } from './index';
import { MAX_TEXT_BYTES } from './limits';
import { encodeLegacy } from '../testing/legacy-encoder';

const SAMPLES = new URL('../../../fixtures/samples/', import.meta.url);
const FIXTURES = new URL('../../../fixtures/decode/', import.meta.url);
const bytesOf = (url: URL) => new Uint8Array(readFileSync(url));
const utf8 = (s: string) => new TextEncoder().encode(s);

async function ok(bytes: Uint8Array, name: string) {
  const r = await decodeInput(bytes, name);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}
async function refused(bytes: Uint8Array, name: string) {
  const r = await decodeInput(bytes, name);
  if (r.ok) throw new Error('expected a refusal');
  // a code for the UI to word, and its Chinese wording for the JSON (no English gloss)
  expect(r.code).toMatch(/^decode\.[a-zA-Z]+$/);
  expect(r.reason).toMatch(/[\u4e00-\u9fff]/);
  expect(r.reason).not.toMatch(/（[^（）]*[a-z]{3}[^（）]*）$/);
  return r.reason;
}

describe('decodeInput: plain text', () => {
  it('returns the decoded file exactly, kind text', async () => {
    const text = readFileSync(new URL('ziyang-county-police-2020.txt', SAMPLES), 'utf8');
    expect(await ok(utf8(text), 'a.txt')).toEqual({ text, encoding: 'utf-8', kind: 'text', warnings: [] });
  });
  it('decodes GBK bytes as gb18030', async () => {
    const { bytes } = encodeLegacy('一、总体情况\n本年度共收到申请12件。', 'gb18030');
    expect((await ok(bytes, 'a.txt')).encoding).toBe('gb18030');
  });
});

describe('decodeInput: bad input', () => {
  it('refuses an empty file', async () => {
    expect(await refused(new Uint8Array(0), 'a.txt')).toContain('空');
  });
  it('refuses images, old Office files, executables, archives', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await refused(png, 'scan.txt')).toContain('图片');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await refused(ole, 'report.doc')).toContain('.docx');
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
    expect(await refused(elf, 'a')).toContain('可执行');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, ...utf8('readme.txt')]);
    expect(await refused(zip, 'a.zip')).toContain('ZIP');
  });
  it('refuses a binary file without a known signature', async () => {
    const bytes = new Uint8Array(1000).map((_, i) => (i % 5 === 0 ? 0 : 0x41 + (i % 26)));
    expect(await refused(bytes, 'data.bin')).toContain('二进制');
  });
  it('gives a message, not a throw, for a damaged PDF and DOCX', async () => {
    expect(await refused(utf8('%PDF-1.7\n1 0 obj garbage'), 'a.pdf')).toContain('PDF');
    const docx = bytesOf(new URL('small-table.docx', FIXTURES));
    const cut = docx.slice(0, 600);
    // The cut keeps the entry name in the local header, so it is sniffed as a docx.
    expect(await refused(cut, 'a.docx')).toContain('Word');
  });
});

describe('decodeInput: very large input', () => {
  it('reads only the first MAX_TEXT_BYTES, cut on a character boundary, with a warning', async () => {
    const line = utf8('政府信息公开申请数量 123\n'); // 3-byte characters: the cap falls inside one
    const total = MAX_TEXT_BYTES + 3 * 1024 * 1024;
    const bytes = new Uint8Array(total);
    for (let at = 0; at < total; at += line.length) bytes.set(line.subarray(0, Math.min(line.length, total - at)), at);
    const v = await ok(bytes, 'big.txt');
    expect(v.warnings).toHaveLength(1);
    expect(v.warnings[0]).toMatchObject({ code: 'decode.fileCut', params: { keptBytes: MAX_TEXT_BYTES, totalBytes: total } });
    expect(v.warnings[0]!.message).toMatch(/^文件过大.*20\.0 MB.*23\.0 MB/);
    expect(v.text.length).toBeGreaterThan(MAX_TEXT_BYTES / 3 - 100);
    expect(v.text).not.toContain('\uFFFD');
    expect(new TextEncoder().encode(v.text).length).toBeLessThanOrEqual(MAX_TEXT_BYTES);
  });
});

describe('decodeInput: HTML', () => {
  it('reads a .html file as HTML', async () => {
    const v = await ok(bytesOf(new URL('shanghai-gov-office-2019.html', SAMPLES)), 'page.html');
    expect(v.kind).toBe('html');
    expect(v.encoding).toBe('utf-8');
    expect(v.text.split('\n')[0]).toBe('2019年上海市人民政府办公厅政府信息公开工作年度报告');
  });
  it('recognises HTML by its content whatever the name, in a legacy encoding too', async () => {
    const page = '<html><head><meta charset="gb2312"><title>t</title></head><body><p>一、总体情况</p><table><tr><td>申请</td><td>5</td></tr></table></body></html>';
    const v = await ok(encodeLegacy(page, 'gb18030').bytes, 'download');
    expect(v).toEqual({ text: '一、总体情况\n申请\t5', encoding: 'gb18030', kind: 'html', warnings: [] });
  });
  it('reads a .html file without any markup as plain text', async () => {
    const text = '一、总体情况\n本年度共收到申请 12 件。\n';
    expect(await ok(utf8(text), 'saved.html')).toEqual({ text, encoding: 'utf-8', kind: 'text', warnings: [] });
  });
  it('leaves text that merely mentions a tag as text', async () => {
    const text = '一、总体情况 <p> 标签残留';
    expect((await ok(utf8(text), 'a.txt')).kind).toBe('text');
  });
});

describe('decodeInput: DOCX', () => {
  it('extracts paragraphs and a table with merged cells as a grid', async () => {
    const v = await ok(bytesOf(new URL('small-table.docx', FIXTURES)), 'report.docx');
    expect(v.kind).toBe('docx');
    expect(v.text).toBe(
      [
        '某县人民政府2020年政府信息公开工作年度报告',
        '一、总体情况',
        '信息内容\t\t本年制发件数',
        '（三）不予公开\t1.属于国家秘密\t2',
        '\t2.其他法律行政法规禁止公开\t30',
        '二、主动公开政府信息情况',
      ].join('\n'),
    );
  });
});

describe('decodeInput: PDF', () => {
  it('rebuilds the lines of the Huai’an 2024 PDF as a PDF text tool prints them', async () => {
    const v = await ok(bytesOf(new URL('huaian-gov-2024.pdf', SAMPLES)), 'huaian.pdf');
    expect(v.kind).toBe('pdf');
    const reference = readFileSync(new URL('huaian-gov-2024-pdftext.txt', SAMPLES), 'utf8');
    expect(v.text).toBe(reference.replace(/\n$/, ''));
  }, 30000);

  it('reads Chinese set in a font that is not embedded (needs the predefined CMaps)', async () => {
    const v = await ok(bytesOf(new URL('cid-font-no-embed.pdf', FIXTURES)), 'cid.pdf');
    expect(v.text).toBe('政府信息公开工作年度报告\n一、总体情况\n本年新收申请 12 件');
  });

  it('says so when a PDF has no text (a scan)', async () => {
    expect(await refused(bytesOf(new URL('no-text.pdf', FIXTURES)), 'scan.pdf')).toContain('扫描');
  });
});
