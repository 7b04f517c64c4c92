// The gouji.report/1 document as exported (browser download and command line alike): the
// contract's keys first, in the order report-json.md lists them, then the extra fields.
// Plain data only, so JSON.stringify gives the same bytes wherever it runs.
import type { Check, Cell, ErrorDocument, Garble, ReportDocument, Table } from '../types';
import { isErrorDocument } from '../error-document';

type Json = Record<string, unknown>;

/** Copy `obj` with `keys` first, in that order, then every other own key as it was. */
function ordered<T extends object>(obj: T, keys: readonly (keyof T & string)[]): Json {
  const out: Json = {};
  for (const k of keys) out[k] = obj[k] === undefined ? null : obj[k];
  return rest(out, obj);
}

/** `out` (the contract's keys, already set) then every other own key of `obj` that is defined, as it was */
function rest(out: Json, obj: object): Json {
  for (const k of Object.keys(obj)) {
    if (k in out) continue;
    const v = (obj as Json)[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

const orNull = (v: unknown) => (v === undefined ? null : v);

// Cells and checks are most of a document (hundreds of each): their contract keys are written as
// one object literal (one shape, fast to build and to stringify) instead of key by key through
// `ordered` — the same keys in the same order, so the same JSON (report-json.test.ts compares).
function cellJson(c: Cell): Json {
  return rest({ row: orNull(c.row), col: orNull(c.col), value: orNull(c.value), raw: orNull(c.raw), span: orNull(c.span) }, c);
}

function tableJson(t: Table | null): Json | null {
  if (!t) return null;
  const out = ordered(t, ['span', 'rows', 'cells']);
  out.cells = t.cells.map(cellJson);
  return out;
}

function checkJson(c: Check): Json {
  return rest({ id: orNull(c.id), status: orNull(c.status), expected: orNull(c.expected), actual: orNull(c.actual), cells: orNull(c.cells), message: orNull(c.message) }, c);
}

function garbleJson(g: Garble): Json {
  return rest({ kind: orNull(g.kind), span: orNull(g.span), text: orNull(g.text), suggestion: orNull(g.suggestion) }, g);
}

/** The export form of a report (or of an input that could not be read). */
export function toReportJson(doc: ReportDocument | ErrorDocument): Json {
  if (isErrorDocument(doc)) return ordered(doc, ['schema', 'error']);
  const out = ordered(doc, [
    'schema', 'source', 'text', 'meta', 'tables', 'checks', 'garbles', 'duplicates', 'cleanedText',
  ]);
  out.source = ordered(doc.source, ['name', 'bytes', 'encoding', 'kind']);
  out.meta = ordered(doc.meta, ['agency', 'year', 'format', 'script']);
  out.tables = {
    proactive: tableJson(doc.tables.proactive),
    applications: tableJson(doc.tables.applications),
    reviewLitigation: tableJson(doc.tables.reviewLitigation),
  };
  out.checks = doc.checks.map(checkJson);
  out.garbles = doc.garbles.map(garbleJson);
  out.duplicates = doc.duplicates.map((d) => ordered(d, ['span', 'of']));
  return out;
}

/** The document as the file researchers load: pretty-printed JSON with a final newline. */
export function reportJsonText(doc: ReportDocument | ErrorDocument, indent = 2): string {
  return JSON.stringify(toReportJson(doc), null, indent) + '\n';
}
