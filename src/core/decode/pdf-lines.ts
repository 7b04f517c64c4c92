// Text items of a PDF page → lines of text. Pure, so it is tested without a PDF.
//
// Text conventions (the table extractor relies on them; they match what common PDF text
// tools print, see fixtures/samples/huaian-gov-2024-pdftext.txt):
// - Items are taken in the order the page draws them (a page's footer such as "- 3 -" often
//   comes first). A new line starts when an item's baseline moves by more than 0.8 of the
//   font size, so a table row whose numbers sit slightly lower than its label stays one line,
//   and a cell's label wrapped over several lines gives several lines.
// - On one line, items separated by a horizontal gap (more than 0.15 of the font size) get
//   one space between them: table cells become space-separated numbers ("3001 53 0 0 61 4 3119").
//   Items that touch or step back join without a space. Whitespace-only items only count
//   through the gap they leave.
// - Pages are joined with a newline; no blank lines are produced.
// - Kangxi radicals (U+2F00–U+2FD5, e.g. ⼯ for 工, emitted by some fonts) become the
//   ordinary characters through NFKC; nothing else is normalised.

export interface PdfItem {
  str: string;
  /** baseline origin, in page units */
  x: number;
  y: number;
  /** advance width in page units */
  width: number;
  /** font size in page units */
  size: number;
}

const NEW_LINE = 0.8;
const SPACE_GAP = 0.15;

export function itemsToLines(items: PdfItem[]): string[] {
  const lines: string[] = [];
  let line = '';
  let lastY = NaN;
  let lastEnd = NaN;
  let lastSize = 0;
  for (const it of items) {
    if (!it.str || !/\S/.test(it.str)) continue;
    const size = Math.max(it.size, 1);
    if (line === '' || Math.abs(it.y - lastY) > NEW_LINE * Math.max(size, lastSize)) {
      if (line) lines.push(line);
      line = it.str;
    } else {
      const gap = it.x - lastEnd;
      if (gap > SPACE_GAP * size && !line.endsWith(' ') && !it.str.startsWith(' ')) line += ' ';
      line += it.str;
    }
    lastY = it.y;
    lastEnd = it.x + it.width;
    lastSize = size;
  }
  if (line) lines.push(line);
  return lines.map((l) => fixKangxi(l.trimEnd())).filter((l) => l !== '');
}

/** Kangxi radicals → unified ideographs, leaving every other character as it is. */
export function fixKangxi(s: string): string {
  return s.replace(/[\u2F00-\u2FD5]/g, (c) => c.normalize('NFKC'));
}
