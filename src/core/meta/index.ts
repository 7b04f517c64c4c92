// Report metadata: the reporting body (simplified script, sliced from the folded text), the
// year reported on (not the signing date), the template format and the script. Sources in
// order of trust: the title; the statistics period; the signature; the body's own wording.
import type { Format, Meta, Section } from '../types';
import type { TextContext } from '../context';
import { detectScript } from '../normalize/script';
import { publisher, recurringSubject, signature, type Found } from './agency';
import { findTitles } from './title';
import { bodyYear, parseYear, statisticsYear } from './year';
import { formatFromText } from './format';

/** Where a title may stand: before the first section heading (or near the start). */
function headEnd(ctx: TextContext, sections: Section[]): number {
  const first = sections.length ? Math.min(...sections.map((s) => s.headingSpan[0])) : -1;
  return first > 0 ? first : Math.min(ctx.folded.length, 5000);
}

export function detectMeta(ctx: TextContext, sections: Section[], format: Format): Meta {
  const { folded } = ctx;
  const titles = findTitles(folded, 0, headEnd(ctx, sections));
  // A title that gives both wins over one that gives half (chrome may quote other titles).
  const full = titles.find((t) => t.agency && t.year);
  let agency: Found<string> | null = full?.agency ?? titles.find((t) => t.agency)?.agency ?? null;
  let year: Found<number> | null = full?.year ?? titles.find((t) => t.year)?.year ?? null;
  year ??= statisticsYear(folded);
  const sig = signature(folded);
  agency ??= sig.agency;
  agency ??= recurringSubject(folded);
  agency ??= publisher(folded, headEnd(ctx, sections));
  year ??= bodyYear(folded);
  if (!year && sig.date) {
    // signed early in the next year, as reports are
    const v = parseYear(sig.date.value);
    if (Number.isFinite(v)) year = { value: v - 1, span: sig.date.span };
  }
  const y = year?.value ?? null;
  return {
    agency: agency?.value ?? null,
    year: y,
    format: format !== 'unknown' ? format : formatFromText(folded, y),
    script: detectScript(ctx.text),
    agencySpan: agency?.span ?? null,
    yearSpan: year?.span ?? null,
  };
}
