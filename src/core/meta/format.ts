// The template a report follows, decided from its text when the table extractor could not:
// column labels only one template prints, else the era (before 2019, or 国务院令第492号).
import type { Format } from '../types';

// Labels only the 2021 template prints (table 二 rebuilt, (六) split into three rows).
const MARKERS_2021 = /本年制发件数|本年废止件数|现行有效件数|逾期不补正|逾期未按收费通知/;
// Labels only the 2019 template prints.
const MARKERS_2019 = /本年新制作数量|本年新公开数量|对外公开总数量/;
// (六)其他处理 followed directly by a figure or the next row, not by its sub-row 1.
const OTHER_HANDLING_2019 = /\(六\)\s*其他处理(?!\s*1)/;
const REGULATION_492 = /国(?:务院)?令\s*第?\s*492\s*号/;
const REGULATION_711 = /国(?:务院)?令\s*第?\s*711\s*号/;

export function formatFromText(folded: string, year: number | null): Format {
  if (MARKERS_2021.test(folded)) return '2021';
  if (MARKERS_2019.test(folded) || OTHER_HANDLING_2019.test(folded)) return '2019';
  if (year !== null && year < 2019) return 'pre-2019';
  if (REGULATION_492.test(folded) && !REGULATION_711.test(folded)) return 'pre-2019';
  return 'unknown';
}
