// Every consistency rule (勾稽关系) the app evaluates on one report: the printed and implied
// sum rules of tables 三 and 四 (errors), and softer signs of trouble (warnings).
import type { Check, Meta, Section, Tables } from '../types';
import type { TextContext } from '../context';
import { applicationChecks, reviewChecks, tableFormat } from './applications';
import { blankTableChecks, regulationsAuthorityCheck, templateYearCheck } from './soft';
import { proseChecks } from './prose';
import { narrativeChecks } from './narrative';
import { proseText, tableSpansOf } from './prose-text';

/**
 * The outcome figures of the prose (prose.granted, .denied, .unavailable, .rejected, .otherHandling):
 * on; the Shanghai sample's golden lists the two contradictions they rightly find there
 * (予以公开及部分公开258 vs 275, 无法提供265 vs 337).
 */
export const PROSE_OUTCOME_CHECKS = true;

export interface CheckOptions {
  proseOutcomes?: boolean;
}

export function runChecks(ctx: TextContext, tables: Tables, meta: Meta, sections: Section[], options: CheckOptions = {}): Check[] {
  const checks: Check[] = [];
  const format = tables.applications ? tableFormat(tables.applications, meta.format) : meta.format === '2021' ? '2021' : '2019';
  if (tables.applications) checks.push(...applicationChecks(tables.applications, format));
  if (tables.reviewLitigation) checks.push(...reviewChecks(tables.reviewLitigation));
  checks.push(templateYearCheck(meta));
  checks.push(...blankTableChecks(tables));
  const authority = regulationsAuthorityCheck(tables.proactive, meta);
  if (authority) checks.push(authority);
  const caseSections = sections.filter((s) => s.key === 'reviewLitigation').map((s) => s.span);
  // the prose with the tables cut out, built once here for the prose and the narrative checks
  // (each built its own: two scans and two offset maps of the whole text)
  const prose = proseText(ctx.folded, tableSpansOf(tables));
  checks.push(...proseChecks(ctx, tables, format, meta.year, options.proseOutcomes ?? PROSE_OUTCOME_CHECKS, caseSections, prose));
  checks.push(...narrativeChecks(ctx, sections, tables, meta.year, prose));
  return checks;
}
export { checkCarryOver, type ReportLike } from './carry-over';
