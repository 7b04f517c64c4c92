// Every sample through the pipeline with the prose outcome checks on: the two contradictions of
// the Shanghai prose are found, and no other sample gets a prose alarm (no false alarm).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../decode';
import { makeContext } from '../context';
import { findSections } from '../sections';
import { extractTables } from '../tables';
import { detectMeta } from '../meta';
import { runChecks } from '.';

const DIR = join(__dirname, '..', '..', '..', 'fixtures', 'samples');
const FILES = readdirSync(DIR).filter((f) => /\.(txt|html|pdf)$/.test(f));

/** measured by hand against the tables: see fixtures/golden/shanghai-gov-office-2019.json notes */
const EXPECTED_PROSE_FAILS: Record<string, string[]> = {
  'shanghai-gov-office-2019.html': ['prose.granted', 'prose.unavailable'],
};

async function proseFails(file: string): Promise<string[]> {
  const decoded = await decodeInput(new Uint8Array(readFileSync(join(DIR, file))), file);
  if (!decoded.ok) throw new Error(decoded.reason);
  const ctx = makeContext(decoded.value.text);
  const sections = findSections(ctx);
  const { tables, format } = extractTables(ctx, sections);
  const checks = runChecks(ctx, tables, detectMeta(ctx, sections, format), sections, { proseOutcomes: true });
  return checks.filter((c) => c.id.startsWith('prose.') && c.status === 'fail').map((c) => c.id).sort();
}

describe('prose checks on every sample', () => {
  for (const file of FILES) {
    it(file, async () => {
      expect(await proseFails(file)).toEqual(EXPECTED_PROSE_FAILS[file] ?? []);
    }, 120_000); // a whole report (a PDF decoded too) on a shared machine: no wall-clock limit meant
  }
});
