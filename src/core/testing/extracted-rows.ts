// Test support: one table extracted from a text, which must be found, every cell's span holding
// exactly what the cell says was printed there; its rows, for the test to compare.
import { expect } from 'vitest';
import { makeContext } from '../context';
import { extractTables } from '../tables';
import type { TableKey } from '../types';

export function extractedRows(text: string, table: TableKey) {
  const t = extractTables(makeContext(text), []).tables[table];
  expect(t).not.toBeNull();
  for (const c of t!.cells) if (c.span) expect(text.slice(c.span[0], c.span[1])).toBe(c.raw);
  return t!.rows;
}
