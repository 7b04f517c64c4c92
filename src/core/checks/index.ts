// Every consistency rule (勾稽关系) the app evaluates on one report: the printed and implied
// sum rules of tables 三 and 四 (errors), and softer signs of trouble (warnings).
import type { Check, Meta, Section, Tables } from '../types';
import type { TextContext } from '../context';
import { applicationChecks, reviewChecks, tableFormat } from './applications';
import { blankTableChecks, regulationsAuthorityCheck, templateYearCheck } from './soft';
import { proseChecks } from './prose';

export function runChecks(ctx: TextContext, tables: Tables, meta: Meta, _sections: Section[]): Check[] {
  const checks: Check[] = [];
  if (tables.applications) checks.push(...applicationChecks(tables.applications, tableFormat(tables.applications, meta.format)));
  if (tables.reviewLitigation) checks.push(...reviewChecks(tables.reviewLitigation));
  checks.push(templateYearCheck(meta));
  checks.push(...blankTableChecks(tables));
  const authority = regulationsAuthorityCheck(tables.proactive, meta);
  if (authority) checks.push(authority);
  checks.push(...proseChecks(ctx, tables));
  return checks;
}
