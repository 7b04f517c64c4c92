// PLACEHOLDER (owned by the tables work): extract the three standard tables.
import type { Format, Section, Tables } from '../types';
import type { TextContext } from '../context';

export interface Extraction {
  tables: Tables;
  format: Format;
  warnings: string[];
}

export function extractTables(_ctx: TextContext, _sections: Section[]): Extraction {
  return { tables: { proactive: null, applications: null, reviewLitigation: null }, format: 'unknown', warnings: [] };
}
