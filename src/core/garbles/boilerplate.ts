// The wording of the report templates (国办公开办函〔2019〕60号 and 〔2021〕30号): section titles,
// table labels, column headers and the title line, folded. The templates are public official
// documents; the labels come from the project's own table and section readers, so the garble
// detector and the parser agree on them. Used by cut.ts as attested wording.
import { fold } from '../normalize/fold';
import { APPLICATION_ROWS, PROACTIVE_FORMAT_MARKS, PROACTIVE_ROWS, REVIEW_COL_LABELS } from '../tables/templates';
import { ROW_TITLES, SECTION_TITLES } from '../sections/titles';

const NUMBERED_ITEMS = ['一', '五', '六', '七', '八', '九', '十'].map((n) => `第二十条第(${n})项`);

const OTHER = [
  '政府信息公开工作年度报告',
  '中华人民共和国政府信息公开条例',
  '信息内容',
  '申请人情况',
  '自然人',
  '法人或其他组织',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '行政复议',
  '行政诉讼',
  '未经复议直接起诉',
  '复议后起诉',
  '采购项目名称',
  '采购总金额',
];

/**
 * The genre's standard sentences outside the template's tables and titles: wording that real
 * reports of many bodies print alike (each was found in the reports of at least three bodies
 * among the project's samples and the real debug pages, holdout/debug-real). Opening, period
 * statement, contact line.
 */
const GENRE = [
  '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）',
  '认真贯彻落实《中华人民共和国政府信息公开条例》',
  '本报告中所列数据的统计期限自',
  '本报告所列数据的统计期限自',
  '如对本报告有任何疑问',
  '及时回应社会关切',
];

let cached: string[] | null = null;

/** the template phrases, folded, one per entry (each at least 2 characters) */
export function templatePhrases(): string[] {
  if (cached) return cached;
  const out = new Set<string>([...NUMBERED_ITEMS, ...OTHER, ...GENRE, ...REVIEW_COL_LABELS, ...ROW_TITLES, ...SECTION_TITLES.map((t) => t.title)]);
  for (const rows of Object.values(APPLICATION_ROWS))
    for (const r of rows) {
      out.add(r.label);
      for (const a of r.alt ?? []) out.add(a);
      if (r.tail) out.add(r.label + (r.tail.startsWith('(') ? '' : '、') + r.tail);
    }
  for (const rows of Object.values(PROACTIVE_ROWS)) for (const r of rows) out.add(r.label);
  for (const marks of Object.values(PROACTIVE_FORMAT_MARKS)) for (const m of marks) out.add(m);
  cached = [...out].map((p) => fold(p));
  return cached;
}
