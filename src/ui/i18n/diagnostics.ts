// The core's diagnostics (codes with typed parameters) in the UI's languages. Chinese is the
// core's own wording (one place: core/diagnostics/zh.ts); English is worded here and, for the
// checks, in check-wording-en.ts. A wording reads its parameters by name, and each language
// is a map over every code: a code or a parameter left out is a type error. In English, what
// the report prints (row labels, titles, names) is quoted (quote.ts).
import type { Code, Diagnostic, DiagnosticParams } from '../../core/diagnostics';
import { mb, zhWording } from '../../core/diagnostics';
import type { TableKey } from '../../core/types';
import type { Lang } from './lang';
import { enChainWording, enCheckWording, TABLE_EN as TABLE } from './check-wording-en';
import { q, unquote } from './quote';

type Wording = { [K in Code]: (p: DiagnosticParams[K]) => string };

/** readings of printed figures: what the report prints, quoted */
const list = (xs: string[]) => xs.map(q).join('; ');
const inRow = (p: { table: TableKey; row: string }) => `${TABLE[p.table]}, row “${p.row}”`;

export const enWording: Wording = {
  ...enCheckWording,
  ...enChainWording,
  'decode.empty': () => 'the file is empty',
  'decode.failed': (p) => `could not read the file (${p.detail})`,
  'decode.tooLarge': (p) => `file too large (${mb(p.sizeBytes)}): ${p.kind.toUpperCase()} files are read up to ${mb(p.limitBytes)}`,
  'input.overMemory': (p) => `not enough memory to inspect this input: it needs about ${mb(p.needBytes)}, and the parser's memory on this page is limited to about ${mb(p.limitBytes)}; inspect a part of it`,
  'decode.pdfNoText': () => 'the PDF has no extractable text; it may be a scanned image',
  'decode.docxNoText': () => 'the Word file contains no text',
  'decode.docxDamaged': (p) => `could not read the Word file; it may be damaged (${p.detail})`,
  'decode.pdfPassword': () => 'the PDF is password-protected and cannot be read',
  'decode.pdfDamaged': (p) => `could not read the PDF; it may be damaged (${p.detail})`,
  'decode.binary': () => 'a binary file, not text',
  'decode.unknownEncoding': () => 'unrecognised encoding: the text decodes to garbage; supported: UTF-8, GB18030/GBK, Big5, UTF-16',
  'decode.zipNotDocx': () => 'a zip archive that is not a Word .docx: unpack it, or save it as .docx/.txt',
  'decode.legacyOffice': () => 'a legacy Office file (.doc/.xls/.wps): save it as .docx or .txt and open that',
  'decode.image': (p) => `an image (${p.format}), with no text to read`,
  'decode.executable': () => 'a program, not a report',
  'decode.compressed': (p) => `a compressed file (${p.format}): unpack it first`,
  'decode.rtf': () => 'RTF is not supported yet: save it as .docx or .txt',
  'inspect.failed': (p) => `inspection failed (${p.detail})`,
  'file.notFound': (p) => `no such file: ${p.file}`,
  'file.isDirectory': (p) => `a directory, not a file: ${p.file}`,
  'file.noPermission': (p) => `permission denied: ${p.file}`,
  'file.unreadable': (p) => `could not read ${p.file} (${p.detail})`,
  'inspect.threadStopped': (p) => `the inspection thread stopped (${p.detail})`,
  'zip.unreadable': (p) => `not a readable zip archive (${p.detail})`,
  'zip.unsupportedMethod': (p) => `unsupported zip compression method ${p.method}`,
  'zip.memberTooLarge': (p) => `zip member larger than ${p.limitBytes} bytes`,
  'zip.memberDamaged': (p) => `damaged zip member (${p.detail})`,
  'zip.memberCut': () => 'the archive ends inside this member',
  'zip.noMember': () => 'no member found: not a zip archive, or an empty one',
  'batch.systemFile': () => 'system file (not a report)',
  'batch.unsupportedType': () => 'file type not supported',
  'batch.lostOnReload': () => 'not read before the page reloaded: drop it again',
  'batch.zipCorrupt': (p) => `cannot unzip: ${p.detail}`,
  'batch.zipCompression': (p) => `unsupported compression method in the archive (${p.detail})`,
  'batch.zipTooLarge': (p) => `archive member too large (${p.detail} bytes)`,
  'batch.readFailed': (p) => `cannot read: ${p.detail}`,
  'decode.fileCut': (p) => `file too large: only the first ${mb(p.keptBytes)} (of ${mb(p.totalBytes)}) were read; the rest was not inspected`,
  'decode.textCut': (p) => `the extracted text is too long: only the first ${p.chars} characters were kept`,
  'input.pasteCut': (p) => `pasted text too long: only the first ${p.keptChars} of ${p.totalChars} characters were inspected (the limit is ${p.limitChars})`,
  'decode.pdfPagesCut': (p) => `the PDF has ${p.pages} pages; only the first ${p.read} were read`,
  'decode.badUtf8': (p) => `${p.count} undecodable UTF-8 byte sequence(s) shown as U+FFFD`,
  'decode.cutInCharacter': (p) =>
    `the file ends inside a character (it may have been cut): byte${p.from === p.to ? ` ${p.from}` : `s ${p.from}–${p.to}`} (${p.bytes}, counted from 0) do not make a whole character and were dropped`,
  'reading.tableUnread': (p) => `found “${q(p.title)}”, but could not read the table in it (${TABLE[p.table]})`,
  'reading.noTables': () => 'none of the standard tables of an annual report was found',
  'tables.failed': (p) => `reading the tables failed: ${p.detail}`,
  'tables.printedTwice': (p) =>
    `${TABLE[p.table]} is printed twice (at ${p.used}–${p.usedEnd} and ${p.at}–${p.atEnd}); the more completely read copy is used${p.differs ? '; the two copies have different figures' : ''}`,
  'tables.headerOnly': (p) => `the header of ${TABLE[p.table]} stands at character ${p.at}, but no row of it was read`,
  'tables.reviewByPlace': (p) => `${TABLE[p.table]} prints no header words to recognise: read as the row of 15 figures at character ${p.at}, under its section heading`,
  'tables.rowMissing': (p) => `${TABLE[p.table]}: row “${q(p.label)}” not found`,
  'tables.cannotSplit': (p) => `${inRow({ table: p.table, row: p.label === undefined ? p.row : q(p.label) })}: the figures “${q(p.printed)}” cannot be split into ${p.n} cells`,
  'tables.alignmentChosen': (p) => `${inRow(p)}: one empty field more than the columns, and no sum decides whether it stands first or last (${list(p.alts)}); read as ${q(p.chosen)}`,
  'tables.splitChosen': (p) => `${inRow(p)}: the glued figures split several ways (${list(p.alts)}); read as ${q(p.chosen)}`,
  'tables.placementChosen': (p) => `${inRow(p)}: only ${p.got} figures are printed and they fit several columns (${list(p.alts)}); read as ${q(p.chosen)}`,
  'tables.columnsUncertain': (p) =>
    `${inRow(p)}: only ${p.got} of ${p.n} figures are printed and the sums cannot all hold, so their columns are uncertain; read as ${q(p.chosen)}`,
  'tables.columnShift': (p) =>
    `${inRow(p)}: only ${p.got} figures are printed; moved one column over into a blank column they add up just as well, so their columns are uncertain; read as ${q(p.chosen)}`,
  'tables.noSplitAddsUp': (p) => `${inRow(p)}: no split of the glued figures makes the total equal the sum of the parts; the split was chosen by the column sums`,
  'tables.reviewCannotSplit': (p) => `${TABLE[p.table]}: the glued figures cannot be split into ${p.n} cells with every total the sum of its parts`,
  'tables.reviewShort': (p) => `${TABLE[p.table]}: only ${p.got} of ${p.n} figures read; where the blanks stand is uncertain, so they were filled from left to right`,
  'tables.proactiveAmbiguous': (p) =>
    `${inRow({ table: p.table, row: q(p.label) })}: the glued figures “${q(p.printed)}” split several ways (${list(p.alts)}${p.more ? '; …' : ''}); read as ${q(p.chosen)} for now`,
  'note.printedTwice': (p) => `This table is printed again at character ${p.at} (the more complete copy at character ${p.used} is used)`,
  'note.rowMissing': (p) => `Row “${q(p.label)}” not found`,
  'note.rowByPlace': (p) => `Row “${q(p.label)}” is printed without its label: read by its place between the rows around it`,
  'note.cannotSplit': (p) => `the glued figures cannot be split into ${p.n} cells`,
  'note.splits': (p) => `the glued figures split several ways: ${list(p.alts)}`,
  'note.alignment': (p) => `the row prints one empty field more than the table has columns; read from the left or from the right, no sum decides: ${list(p.alts)}`,
  'note.placements': (p) => `only ${p.got} figures are printed; they fit several columns: ${list(p.alts)}`,
  'note.onlyFigures': (p) => `only ${p.got} of ${p.n} figures read`,
  'note.columnsUncertain': (p) => `only ${p.got} of ${p.n} figures are printed; their columns are not certain`,
  'note.columnShift': () => 'only some figures are printed; moved one column over into a blank column they add up just as well, so their column is uncertain',
  'note.noSplitAddsUp': () => 'no split of the glued figures makes the row add up',
  'garble.replacement': () => 'U+FFFD',
  'garble.invisible': (p) => p.codes.join(' '),
  'garble.markup': () => 'left by a document converter',
  'garble.placeholder': () => 'template placeholder',
  'garble.fieldCode': () => 'Word field code',
  'garble.pageChrome': () => 'page chrome (menus, footers)',
  'garble.lostBytes': (p) => `lost bytes (${p.sample})`,
  'garble.misread': (p) => `${p.encoding} read as ${p.readAs}`,
  'garble.misreadUnsure': (p) => `${p.encoding} read as ${p.readAs} (lost bytes, not repaired)`,
  'garble.misreadGuess': (p) => `${p.encoding} read as ${p.readAs} (lost bytes, repair guessed${p.alternatives ? `; other readings: ${p.alternatives}` : ''})`,
  'garble.absentFromCopy': () => 'absent from the other copy',
  'garble.noiseInWord': () => 'noise inside a word',
  'garble.noiseBetweenWords': () => 'noise between words',
  'garble.noiseInDate': () => 'noise inside a date',
};

const WORDING: Record<Lang, Wording> = { zh: zhWording, en: enWording };

/** How a view names the rows and columns a diagnostic names by key (its label helpers). */
export interface Labels {
  row: (table: TableKey | null, key: string) => string;
  col: (table: TableKey | null, key: string) => string;
}

/**
 * A diagnostic in `lang`, with what the report prints quoted (quote.ts) in English. Rows and
 * columns are named by `labels` (the table is the diagnostic's own `table`, else `table`);
 * without labels the keys are shown.
 */
export function diagnosticMarked(d: Diagnostic, lang: Lang, labels?: Labels, table: TableKey | null = null): string {
  let params: Diagnostic['params'] = d.params;
  if (labels) {
    const t = 'table' in params && typeof params.table === 'string' ? (params.table as TableKey) : table;
    const mark = lang === 'en' ? q : (s: string) => s;
    const named: Record<string, unknown> = { ...params };
    if ('row' in params && typeof params.row === 'string') named.row = mark(labels.row(t, params.row));
    if ('col' in params && typeof params.col === 'string') named.col = mark(labels.col(t, params.col));
    params = named as Diagnostic['params'];
  }
  return (WORDING[lang][d.code] as (p: Diagnostic['params']) => string)(params);
}

/** A diagnostic in `lang` as plain text (for a title or a label: no quote marks). */
export function diagnosticText(d: Diagnostic, lang: Lang, labels?: Labels, table: TableKey | null = null): string {
  return unquote(diagnosticMarked(d, lang, labels, table));
}
