// A report without the standard tables (the 2008–2018 prose reports): the figures its prose
// states — applications received and answered, how they were answered, review and litigation
// cases, fees — gathered into a small table of their own, each with the span it was read from.
// The same finders as the prose checks; figures for a wider scope (全市…), a subset (网上申请…)
// or law-enforcement cases are left out. Where the prose states a row twice with different
// figures, the first is kept and the others are listed.
import type { ProseTable, ProseTableKey, ProseTableRow, Span } from '../types';
import type { TextContext } from '../context';
import { figuresIn } from '../checks/prose';
import { findOutcomeFigures } from '../checks/prose-outcomes';
import { findFeeStatements } from '../checks/fee-statements';
import { proseText } from '../checks/prose-text';

/** the order the rows are shown in */
export const PROSE_TABLE_KEYS: ProseTableKey[] = [
  'received', 'answered',
  'granted', 'grantedWithPartial', 'partiallyGranted', 'denied', 'unavailable', 'rejected', 'otherHandling',
  'review', 'litigation', 'reviewAndLitigation',
  'fees',
];

export function proseTable(ctx: TextContext, year: number | null, caseSections: Span[] = []): ProseTable {
  const prose = proseText(ctx.folded);
  const found: { key: ProseTableKey; value: number; unit: ProseTableRow['unit']; span: Span }[] = [];
  for (const f of figuresIn(prose, caseSections)) {
    if (f.widerScope || f.guarded) continue;
    found.push({ key: f.kind, value: f.value, unit: '件', span: f.span });
  }
  for (const f of findOutcomeFigures(prose, year)) {
    if (f.guarded) continue;
    found.push({ key: f.withPartial ? 'grantedWithPartial' : f.kind, value: f.value, unit: '件', span: f.span });
  }
  for (const s of findFeeStatements(prose)) {
    // 行政事业性收费 is not a disclosure fee; a charge counted without an amount has no figure
    if (s.scope === 'administrative' || s.amount === null && s.kind === 'charged') continue;
    found.push({ key: 'fees', value: s.amount ?? 0, unit: '元', span: s.span });
  }
  found.sort((a, b) => a.span[0] - b.span[0]);
  const rows = new Map<ProseTableKey, ProseTableRow>();
  for (const f of found) {
    const row = rows.get(f.key);
    if (!row) {
      rows.set(f.key, { ...f, raw: ctx.text.slice(f.span[0], f.span[1]) });
    } else if (f.value !== row.value && !(row.otherValues ?? []).includes(f.value)) {
      row.otherValues = [...(row.otherValues ?? []), f.value];
    }
  }
  return { rows: PROSE_TABLE_KEYS.flatMap((k) => rows.get(k) ?? []) };
}
