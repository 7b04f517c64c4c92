// Size limits of the decoder, in one place. They keep a huge or hostile file from freezing
// the worker or exhausting its memory; each says why it has the value it has.

/**
 * Bytes of a text or HTML file that are decoded. 20 MB is ~100× the largest real report
 * (a few hundred KB) and the whole structure pass over it takes about a second at the
 * target 20 MB/s; a 100 MB file would hold the worker for several seconds and need
 * hundreds of MB for the text, its folded copy and the spans. The rest is cut, with a warning.
 */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/**
 * Bytes of a DOCX or PDF accepted at all. A container cannot be cut in the middle and still
 * be read, so larger ones are refused. Scanned PDFs run to tens of MB; reports with text
 * are far below this.
 */
export const MAX_CONTAINER_BYTES = 60 * 1024 * 1024;

/** Characters of text extracted from a DOCX or PDF that are kept (cut beyond, with a warning). */
export const MAX_EXTRACTED_CHARS = 10 * 1024 * 1024;

/**
 * Characters of a paste sent to the worker: the same as text extracted from a file (a paste is
 * text already decoded; 10 M characters are ~30 MB of UTF-8, far beyond any report).
 */
export const MAX_PASTE_CHARS = MAX_EXTRACTED_CHARS;

/** PDF pages read: annual reports have 5–30 pages; beyond this the file is not a report. */
export const MAX_PDF_PAGES = 400;

/** Bytes looked at to guess an encoding or spot a binary file: enough for a stable score, cheap. */
export const SNIFF_BYTES = 64 * 1024;
