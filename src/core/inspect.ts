// The whole structure pass on one input: decode → text context → sections, meta, tables,
// checks, garbles → the gouji.report/1 document. Pure: runs in the worker and in Node.
import type { ErrorDocument, ReportDocument, SourceInfo, Tables } from './types';
import { makeContext } from './context';
import { decodeInput } from './decode';
import { findSections } from './sections';
import { detectMeta } from './meta';
import { extractTables } from './tables';
import { runChecks } from './checks';
import { markAmbiguousCells } from './checks/ambiguous-cells';
import { cleanedText } from './export/cleaned-text';
import { detectGarbles, type GarbleOptions } from './garbles';
import { loadLexicon } from './garbles/lexicon';
import { loadPlaces } from './garbles/places';
import { readingWarnings } from './reading-warnings';
import { proseTable } from './tables/prose-table';
import { codeOf, errorDocument, type Said } from './diagnostics';

/** The pipeline's stages, in the order it enters them ('decode' only for bytes). */
export type InspectStage = 'decode' | 'structure' | 'garbles' | 'checks' | 'finish';

export interface InspectOptions {
  garbles?: GarbleOptions;
  /**
   * Called as the pipeline enters each stage (progress). It may return a promise, which the
   * pipeline awaits: a caller on the main thread yields there so the page stays responsive.
   */
  onStage?: (stage: InspectStage) => void | Promise<void>;
  /** Aborting it stops the pipeline at the next stage (it throws the signal's reason). */
  signal?: StopSignal;
}

/** The part of AbortSignal the pipeline uses (the core's tsconfig has no DOM lib). */
export interface StopSignal {
  throwIfAborted(): void;
}

async function enter(stage: InspectStage, options: InspectOptions): Promise<void> {
  options.signal?.throwIfAborted();
  await options.onStage?.(stage);
  options.signal?.throwIfAborted();
}

/** Inspect text that is already decoded (a paste, or the text extracted from a file). */
export async function inspectText(
  text: string,
  source: SourceInfo,
  options: InspectOptions = {},
  decodeWarnings: Said[] = [],
): Promise<ReportDocument> {
  await enter('structure', options);
  const ctx = makeContext(text);
  const sections = findSections(ctx);
  const extraction = extractTables(ctx, sections);
  // garbles before metadata: the title, signature and dates are read with the detector's finds
  // taken out (meta/clean.ts keeps spans pointing into this text)
  await enter('garbles', options);
  const { garbles, duplicates } = await detectGarbles(ctx, sections, { ...options.garbles, tables: Object.values(extraction.tables).flatMap((t) => (t ? [t.span] : [])) });
  await enter('checks', options);
  // a damaged document (the detector found injected runs): names are also read as words, with the
  // detector's lexicon and gazetteer (already loaded for those finds)
  const words = garbles.some((g) => g.kind === 'injected') ? { lex: await loadLexicon(), places: await loadPlaces() } : undefined;
  const meta = detectMeta(ctx, sections, extraction.format, garbles, words);
  markAmbiguousCells(extraction.tables);
  const checks = runChecks(ctx, extraction.tables, meta, sections);
  await enter('finish', options);
  const cleaned = cleanedText(text, garbles, duplicates);
  const warnings = [...decodeWarnings, ...extraction.warnings, ...readingWarnings(extraction.tables, sections, meta.format)];
  return {
    schema: 'gouji.report/1',
    source,
    text,
    meta,
    tables: extraction.tables,
    checks,
    garbles,
    duplicates,
    cleanedText: cleaned.text,
    cleanedRemovals: cleaned.removals,
    sections,
    warnings: warnings.map((w) => w.message),
    warningCodes: warnings.map(codeOf),
    ...(noTables(extraction.tables) ? { proseTable: proseTable(ctx, meta.year, sections.filter((s) => s.key === 'reviewLitigation').map((s) => s.span)) } : {}),
  };
}

const noTables = (t: Tables) => !t.proactive && !t.applications && !t.reviewLitigation;

/** Inspect a file's bytes: decode (text, HTML, and whatever kinds decode/ accepts), then inspect. */
export async function inspectBytes(
  bytes: Uint8Array,
  name: string,
  options: InspectOptions = {},
): Promise<ReportDocument | ErrorDocument> {
  await enter('decode', options);
  const decoded = await decodeInput(bytes, name);
  if (!decoded.ok) {
    return errorDocument(decoded, { name, bytes: bytes.length });
  }
  const { text, encoding, kind, warnings } = decoded.value;
  return inspectText(text, { name, bytes: bytes.length, encoding, kind }, options, warnings);
}

// the pipeline's callers ask its result here (defined once in error-document.ts)
export { isErrorDocument } from './error-document';
