// A report's JSON written to its file key by key: the same bytes as
// JSON.stringify(value, null, 2) + '\n', without ever holding the whole document's JSON. Why: on
// a 20 MB input that string (text and cleanedText inside it), the copy its `+ '\n'` flattened
// into and its UTF-8 buffer were the command line's peak memory (~130 MB over the inspection's).
// A long string value (text, cleanedText) is escaped and written a piece at a time too.
import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * units of a string value escaped and written at once: small enough that each piece's escaped
 * copy is a young object (a scavenge takes it back at once; pieces of 1M units were large objects
 * that piled up until a full collection, ~50 MB over the written text's size)
 */
const PIECE = 1 << 13;

export function writeJsonFile(path: string, value: Record<string, unknown>, piece = PIECE): void {
  const fd = openSync(path, 'w');
  try {
    let first = true;
    writeSync(fd, '{');
    for (const key of Object.keys(value)) {
      const v = value[key];
      const head = `${first ? '\n' : ',\n'}  ${JSON.stringify(key)}: `;
      if (typeof v === 'string' && v.length > piece) {
        writeSync(fd, head);
        writeString(fd, v, piece);
        first = false;
        continue;
      }
      const json = JSON.stringify(v, null, 2) as string | undefined;
      // undefined, a function: left out, as JSON.stringify leaves such keys out
      if (json === undefined) continue;
      writeSync(fd, head);
      // one level deeper: every line after the first indented by two more spaces (a newline
      // inside JSON is always between tokens: strings hold theirs escaped)
      writeSync(fd, json.includes('\n') ? json.replaceAll('\n', '\n  ') : json);
      first = false;
    }
    writeSync(fd, first ? '}\n' : '\n}\n');
  } finally {
    closeSync(fd);
  }
}

/**
 * JSON.stringify(s), written `piece` units at a time. JSON.stringify escapes unit by unit except
 * that a surrogate pair stays as it is while a lone surrogate is escaped: so a piece never ends
 * between the two halves of a pair.
 */
function writeString(fd: number, s: string, piece: number): void {
  writeSync(fd, '"');
  // one buffer for every piece's UTF-8 (at most 6 bytes a unit: an escape; and the quotes)
  const buf = Buffer.allocUnsafe(6 * (piece + 2));
  for (let a = 0; a < s.length; ) {
    let b = Math.min(s.length, a + piece);
    // between a pair's halves: one back (a boundary just before a high half splits no pair), or
    // a piece of one unit takes the pair's second half in
    const high = s.charCodeAt(b - 1);
    const low = s.charCodeAt(b);
    if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) b += b - a > 1 ? -1 : 1;
    const json = JSON.stringify(s.slice(a, b));
    const n = buf.write(json, 0, 'utf8');
    // the quotes JSON.stringify put around the piece stay out
    writeSync(fd, buf, 1, n - 2);
    a = b;
  }
  writeSync(fd, '"');
}
