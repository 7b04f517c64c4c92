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
  for (const [k, v] of Object.entries(obj)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}

function cellJson(c: Cell): Json {
  return ordered(c, ['row', 'col', 'value', 'raw', 'span']);
}

function tableJson(t: Table | null): Json | null {
  if (!t) return null;
  const out = ordered(t, ['span', 'rows', 'cells']);
  out.cells = t.cells.map(cellJson);
  return out;
}

function checkJson(c: Check): Json {
  return ordered(c, ['id', 'status', 'expected', 'actual', 'cells', 'message']);
}

function garbleJson(g: Garble): Json {
  return ordered(g, ['kind', 'span', 'text', 'suggestion']);
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
