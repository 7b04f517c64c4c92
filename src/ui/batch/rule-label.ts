// A rule's name for the batch charts, worded from its id: the row or column it totals, as the
// 2021 template prints it, and its family ("二、上年结转（行合计）"). Rules outside the four
// families keep their id (the contract's name for them).
import type { Lang } from '../i18n/lang';
import { checkFamily, checkTable, colLabel, familyLabel, layoutFor, rowLabel } from '../report-labels/labels';

export function ruleLabel(id: string, lang: Lang): string {
  const family = checkFamily(id);
  const table = checkTable(id);
  if (family === 'other' || !table) return id;
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
