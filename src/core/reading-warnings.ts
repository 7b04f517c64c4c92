// What the parser could not read, said plainly: a section whose table did not come out, or a
// report with no standard table at all. (Pre-2019 reports have no standard tables by design.)
import type { Format, Section, TableKey, Tables } from './types';
import { say, type Said } from './diagnostics';

const KEYS: TableKey[] = ['proactive', 'applications', 'reviewLitigation'];

export function readingWarnings(tables: Tables, sections: Section[], format: Format): Said[] {
  if (format === 'pre-2019') return [];
  const out: Said[] = [];
  for (const key of KEYS) {
    if (tables[key]) continue;
    const section = sections.find((s) => s.key === key && !s.repeated);
    if (section) {
      out.push(say('reading.tableUnread', { table: key, title: section.title }));
    }
  }
  if (out.length === 0 && !tables.proactive && !tables.applications && !tables.reviewLitigation) {
    out.push(say('reading.noTables', {}));
  }
  return out;
}
