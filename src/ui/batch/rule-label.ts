// A rule's name for the batch charts, worded from its id: the row or column it totals, as the
// 2021 template prints it, and its family ("二、上年结转（行合计）"); a rule outside the four
// families by what it checks (the text against the tables, fees, the parts, a blank table, the
// template's year, the power to make rules). An id the UI does not know keeps its id (the
// contract's name for it) rather than a made-up name.
import { PROSE_NAMES } from '../../core/diagnostics/zh-checks';
import type { ProseKind } from '../../core/diagnostics/check-codes';
import type { TableKey } from '../../core/types';
import { PROSE_EN } from '../i18n/check-wording-en';
import { translate, type PlainKey } from '../i18n/i18n';
import type { Lang } from '../i18n/lang';
import { checkFamily, checkTable, colLabel, familyLabel, layoutFor, rowLabel } from '../report-labels/labels';

/** the rules outside the families that take no parameter, by id */
const PLAIN: Record<string, PlainKey> = {
  'narrative.fees': 'rule_fees',
  'narrative.feesTable': 'rule_feesTable',
  'narrative.feesApplications': 'rule_feesApplications',
  'narrative.problemsEmpty': 'rule_problemsEmpty',
  'narrative.sectionOrder': 'rule_sectionOrder',
  'meta.templateYear': 'rule_templateYear',
  'proactive.regulationsAuthority': 'rule_regulationsAuthority',
};
const TABLES = new Set<string>(['proactive', 'applications', 'reviewLitigation'] satisfies TableKey[]);

function otherLabel(id: string, lang: Lang): string {
  const plain = PLAIN[id];
  if (plain) return translate(lang, plain);
  const [head, tail, ...rest] = id.split('.');
  if (rest.length || !head || !tail) return id;
  if (tail === 'blank' && TABLES.has(head)) return translate(lang, 'rule_blank', { table: translate(lang, `rule_table_${head as TableKey}`) });
  if (head === 'prose' && Object.hasOwn(PROSE_NAMES, tail)) {
    const kind = tail as ProseKind;
    return translate(lang, 'rule_prose', { name: lang === 'zh' ? PROSE_NAMES[kind] : PROSE_EN[kind] });
  }
  return id;
}

export function ruleLabel(id: string, lang: Lang): string {
  const family = checkFamily(id);
  const table = checkTable(id);
  if (family === 'other' || !table) return otherLabel(id, lang);
  const key = id.split('.').slice(2).join('.');
  // row totals and review / litigation totals are about a row; outcome totals and the balance about a column
  const name = (format: '2021' | '2019') => {
    const layout = layoutFor(table, format);
    return family === 'rowTotal' || family === 'reviewTotal' ? rowLabel(layout, key) : colLabel(layout, key);
  };
  // the 2021 template's words, else the 2019 one's (rows it alone has); a key neither knows comes back as itself: the id says more
  const where = [name('2021'), name('2019')].find((w) => w !== key);
  if (!where) return id;
  return lang === 'zh' ? `${where}（${familyLabel(family, lang)}）` : `${where} (${familyLabel(family, lang)})`;
}
