// Every diagnostic the core emits, as a code with typed parameters (like a vfile message's
// ruleId / expected / actual). The core words them in Chinese once (zh.ts) for the exported
// JSON's human-readable fields; the UI words the same codes in its own languages (ui/i18n).
// Parameter conventions the UI relies on: `table` is a TableKey, `row` a contract row key,
// a name ending in `Bytes` is a size in bytes, a string[] is a list.
import type { TableKey } from '../types';
import type { ChainParams, CheckParams } from './check-codes';

type None = Record<string, never>;

/** every code: the checks' (check-codes.ts) and the rest */
export interface DiagnosticParams extends CheckParams, ChainParams {
  // why a file cannot be read (an ErrorDocument's error)
  'decode.empty': None;
  'decode.failed': { detail: string };
  'decode.tooLarge': { kind: 'pdf' | 'docx'; sizeBytes: number; limitBytes: number };
  /** refused before work: the pipeline would need about `needBytes` of a heap limited to `limitBytes` */
  'input.overMemory': { needBytes: number; limitBytes: number };
  'decode.pdfNoText': None;
  'decode.docxNoText': None;
  'decode.docxDamaged': { detail: string };
  'decode.pdfPassword': None;
  'decode.pdfDamaged': { detail: string };
  'decode.binary': None;
  'decode.unknownEncoding': None;
  'decode.zipNotDocx': None;
  'decode.legacyOffice': None;
  'decode.image': { format: string };
  'decode.executable': None;
  'decode.compressed': { format: string };
  'decode.rtf': None;
  'inspect.failed': { detail: string };
  // the command line: a file it could not open
  'file.notFound': { file: string };
  'file.isDirectory': { file: string };
  'file.noPermission': { file: string };
  'file.unreadable': { file: string; detail: string };
  'inspect.threadStopped': { detail: string };
  // a .zip and its members
  'zip.unreadable': { detail: string };
  'zip.unsupportedMethod': { method: number };
  'zip.memberTooLarge': { limitBytes: number };
  'zip.memberDamaged': { detail: string };
  'zip.memberCut': None;
  'zip.noMember': None;
  // why a member of a batch was not inspected (the UI stores them as `code` or `code:detail`,
  // input/collect.ts; the detail is the browser's or the archive's own words)
  'batch.systemFile': None;
  'batch.unsupportedType': None;
  'batch.lostOnReload': None;
  'batch.zipCorrupt': { detail: string };
  'batch.zipCompression': { detail: string };
  'batch.zipTooLarge': { detail: string };
  'batch.readFailed': { detail: string };
  // what was read only in part (document warnings)
  'decode.fileCut': { keptBytes: number; totalBytes: number };
  'decode.textCut': { chars: number };
  /** a paste cut before it was sent to the worker */
  'input.pasteCut': { keptChars: number; totalChars: number; limitChars: number };
  'decode.pdfPagesCut': { pages: number; read: number };
  'decode.badUtf8': { count: number };
  /** bytes from…to (counted from 0 in the file) do not make a whole character: `bytes` in hex */
  'decode.cutInCharacter': { from: number; to: number; bytes: string };
  // what the table reader could not settle (document warnings)
  'reading.tableUnread': { table: TableKey; title: string };
  'reading.noTables': None;
  'tables.failed': { detail: string };
  'tables.printedTwice': { table: TableKey; used: number; usedEnd: number; at: number; atEnd: number; differs: boolean };
  'tables.headerOnly': { table: TableKey; at: number };
  'tables.reviewByPlace': { table: TableKey; at: number };
  'tables.rowMissing': { table: TableKey; row: string; label: string };
  'tables.cannotSplit': { table: TableKey; row: string; label?: string; printed: string; n: number };
  'tables.splitChosen': { table: TableKey; row: string; alts: string[]; chosen: string };
  'tables.alignmentChosen': { table: TableKey; row: string; alts: string[]; chosen: string };
  'tables.placementChosen': { table: TableKey; row: string; got: number; alts: string[]; chosen: string };
  'tables.columnsUncertain': { table: TableKey; row: string; got: number; n: number; chosen: string };
  'tables.columnShift': { table: TableKey; row: string; got: number; chosen: string };
  'tables.noSplitAddsUp': { table: TableKey; row: string };
  'tables.reviewCannotSplit': { table: TableKey; n: number };
  'tables.reviewShort': { table: TableKey; got: number; n: number };
  'tables.proactiveAmbiguous': { table: TableKey; row: string; label: string; printed: string; alts: string[]; more: boolean; chosen: string };
  // table notes (Table.notes)
  'note.printedTwice': { at: number; used: number };
  'note.rowMissing': { row: string; label: string };
  'note.rowByPlace': { row: string; label: string };
  'note.cannotSplit': { n: number };
  'note.splits': { alts: string[] };
  'note.alignment': { alts: string[] };
  'note.placements': { got: number; alts: string[] };
  'note.onlyFigures': { got: number; n: number };
  'note.columnsUncertain': { got: number; n: number };
  'note.columnShift': None;
  'note.noSplitAddsUp': None;
  // why a garble was flagged (Garble.reason)
  'garble.replacement': None;
  'garble.invisible': { codes: string[] };
  'garble.markup': None;
  'garble.placeholder': None;
  'garble.fieldCode': None;
  'garble.pageChrome': None;
  'garble.lostBytes': { sample: string };
  'garble.misread': { encoding: string; readAs: string };
  'garble.misreadUnsure': { encoding: string; readAs: string };
  'garble.misreadGuess': { encoding: string; readAs: string; alternatives: string };
  'garble.absentFromCopy': None;
  'garble.noiseInWord': None;
  'garble.noiseBetweenWords': None;
  'garble.noiseInDate': None;
}

export type Code = keyof DiagnosticParams;

/** A code with its parameters; survives JSON.stringify. */
export type Diagnostic = { [K in Code]: { code: K; params: DiagnosticParams[K] } }[Code];

/** Codes of one family, e.g. Coded<'note.'> */
export type CodeIn<P extends string> = Extract<Code, `${P}${string}`>;
export type DiagnosticIn<P extends string> = Extract<Diagnostic, { code: CodeIn<P> }>;
