// PLACEHOLDER (owned by the checks work): evaluate every 勾稽关系.
import type { Check, Meta, Section, Tables } from '../types';
import type { TextContext } from '../context';

export function runChecks(_ctx: TextContext, _tables: Tables, _meta: Meta, _sections: Section[]): Check[] {
  return [];
}
