// Leftovers of the tools a report passed through, found by shape (markup garbles): template
// placeholders never filled in ({{…}}, ${…}, 【此处填写…】, ××年××月), Word field codes and their
// error texts (PAGE, TOC \o, 错误！未定义书签。), conditional comments left bare by a crawler
// ([if !supportLists] … [endif]), and web page chrome copied with the report (当前位置：首页 > …,
// 【打印本页】, 【关闭窗口】, 字号：大 中 小). Matched on the folded text, so traditional pages count.
// Chrome is never flagged inside a table's text, where 大 中 小 could be data.
import type { Garble, Span } from '../types';
import { because } from '../diagnostics';

const PLACEHOLDER = new RegExp(
  [
    String.raw`\{\{[^{}\n]{1,80}\}\}`, // {{name}}
    String.raw`\$\{[^{}\n]{1,80}\}`, // ${name}
    String.raw`\{%[^\n]{1,80}?%\}|<%[^\n]{1,80}?%>`, // {% … %}, <% … %>
    // a bracketed prompt: 【此处填写单位名称】, （请填写）, [在此输入]
    String.raw`[【\[(（〔][^【】\[\]()（）〔〕\n]{0,16}(?:此处|在此|请(?:在此)?(?:填写|填入|输入|补充|插入)|待填|待补充|填写|填入)[^【】\[\]()（）〔〕\n]{0,16}[】\])）〕]`,
    // ××年××月, XX县: runs of placeholder crosses next to Han text
    // (a run is matched from its first cross only: starting inside it would rescan it, quadratic)
    String.raw`(?<![×xXｘＸ])(?:[×xX]{2,}|[ｘＸ]{2,})(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?:[×xX]{2,}|[ｘＸ]{2,})(?![A-Za-z])`,
  ].join('|'),
  'g',
);

const FIELD_CODE = new RegExp(
  [
    // { PAGE }, { NUMPAGES \* Arabic }, { TOC \o "1-3" \h }, { SEQ 表 \* ARABIC }, { DATE \@ "…" }
    String.raw`\{\s*(?:PAGE|NUMPAGES|SECTIONPAGES|TOC|SEQ|REF|DATE|TIME|FORMTEXT|FORMCHECKBOX|FORMDROPDOWN|STYLEREF|NOTEREF|DOCPROPERTY|FILENAME|AUTHOR|IF|MACROBUTTON|QUOTE|LISTNUM)\b[^{}\n]{0,120}\}`,
    String.raw`(?<![A-Za-z])(?:FORMTEXT|FORMCHECKBOX|FORMDROPDOWN)\b`,
    String.raw`\\\*\s*(?:MERGEFORMAT|Arabic|ARABIC|roman|ROMAN|CHINESENUM\d)\b`,
    // Word's own error texts for broken fields
    String.raw`(?:错误|Error)[!！]\s*(?:未定义书签|书签未定义|未指定书签|未找到引用源|引用源未找到|未找到目录项|文档中没有指定样式的文字|超链接引用无效|不是有效的链接|Bookmark not defined|Reference source not found|No table of contents entries found|Hyperlink reference not valid)[。.]?`,
    // conditional comments whose angle brackets a crawler dropped
    // a bare comment end between spaces (its start was stripped with the page's head)
    String.raw`(?<=\s|^)-->(?=\s|$)`,
    String.raw`\[if (?:!?\s*(?:supportLists|supportLineBreakNewLine|supportFields|vml|mso|gte|lte|gt|lt)[^\]\n]{0,60})\]|\[endif\]`,
  ].join('|'),
  'g',
);

const SHARE = '微信|微博|QQ空间|QQ好友|QQ|腾讯微博|新浪微博|人人网|豆瓣|朋友圈|复制链接';
/** a breadcrumb separator (》 too, but not a lone hyphen, which is text) */
const CRUMB = String.raw`\s*(?:[>＞»›》/]+|→|-+>)\s*`;
const CHROME = new RegExp(
  [
    // breadcrumbs: 当前位置：首页 > 政务公开 > 年度报告 (to the line's end, at most 6 steps)
    // (您当前的位置, 您现在的位置 …: then the trail, from 首页 or from its first step)
    String.raw`(?:当前位置|您(?:当前|现在|目前)?的?(?:所在)?位置|所在位置|当前页面)\s*[:：]\s*(?:(?:首页|网站首页|主页)|[^\n>＞»›》/:：。，]{1,16}(?=${CRUMB}))(?:${CRUMB}[^\n>＞»›》/]{1,24}){0,6}|(?:您(?:当前|现在|目前)的?(?:所在)?位置)\s*[:：]\s*[^\n>＞»›》/:：。，]{1,16}`,
    // a trail of its own at a line start: 首页 > 政务公开 > 政府信息公开年报 > 2021 (two steps at least)
    String.raw`(?<=(?:^|\n)[ \t]*)(?:首页|网站首页|主页)(?:${CRUMB}[^\n>＞»›》/]{1,24}){2,6}`,
    // a font-size widget whose buttons were images: [字体： ] 打印
    String.raw`[【\[](?:字体|字型|字号)\s*[:：]\s*[】\]](?:\s*(?:打印|列印))?`,
    // a share button's label alone on its line (• 分享：)
    String.raw`(?<=(?:^|\n)[ \t]*)(?:[•·][ \t]*)?分享\s*[:：]?[ \t]*(?=\n|$)`,
    // 【打印本页】 【关闭窗口】 【字体：大 中 小】 【我要纠错】 …
    String.raw`[【\[](?:打印本页|打印|列印本页|列印|关闭窗口|关闭视窗|关闭本页|关闭|返回顶部|加入收藏|收藏本页|收藏|我要纠错|纠错|分享|字体|字型|字号|大|中|小)(?:\s*[:：]?\s*[【\[]?[大中小][】\]]?){0,3}[】\]]`,
    // 字号：大 中 小, 字体：[大] [中] [小]
    String.raw`(?:字号|字体|字型|文字)\s*[:：]\s*(?:[【\[]?[大中小][】\]]?\s*){3}`,
    // 上一篇：… / 下一篇：… lines, share and view counters
    // (at a line start; elsewhere a sentence may say 上一篇 itself: there only up to a line end, one
    // title's length, when no sentence mark follows in it)
    String.raw`(?:^|(?<=\n))[ \t]*(?:上一篇|下一篇)\s*[:：][^\n]{0,60}|(?:上一篇|下一篇)[:：](?:无|没有了|[^\n。；！？]{1,40}(?=\n|$))`,
    String.raw`(?:分享到|扫一扫在手机打开当前页|扫一扫在手机上查看当前页面)\s*[:：]?`,
    String.raw`(?:浏览次数|访问次数|阅读次数|点击数|访问量)\s*[:：]\s*\d*`,
    // share widgets: three or more share targets in a row (微信 微博 QQ空间)
    String.raw`(?:${SHARE})(?:\s*(?:${SHARE})){2,}`,
  ].join('|'),
  'g',
);

function collect(re: RegExp, folded: string, text: string, reason: 'garble.placeholder' | 'garble.fieldCode' | 'garble.pageChrome', out: Garble[], skip: Span[] = []): void {
  re.lastIndex = 0;
  for (let m; (m = re.exec(folded)); ) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const span: Span = [m.index, m.index + m[0].trimEnd().length];
    if (skip.some(([s, e]) => span[0] < e && s < span[1])) continue;
    out.push({ kind: 'markup', span, text: text.slice(span[0], span[1]), suggestion: '', ...because(reason, {}) });
  }
}

/** template placeholders, field codes, bare conditional comments and page chrome (not inside `tables`) */
export function findLeftovers(text: string, folded: string, out: Garble[], tables: Span[] = []): void {
  collect(PLACEHOLDER, folded, text, 'garble.placeholder', out);
  collect(FIELD_CODE, folded, text, 'garble.fieldCode', out);
  collect(CHROME, folded, text, 'garble.pageChrome', out, tables);
}
