// A report's JSON written to its file key by key: the same bytes as
// JSON.stringify(value, null, 2) + '\n', without ever holding the whole document's JSON. Why: on
// a 20 MB input that string (text and cleanedText inside it), the copy its `+ '\n'` flattened
// into and its UTF-8 buffer were the command line's peak memory (~130 MB over the inspection's).
// A long string value (text, cleanedText) is escaped and written a piece at a time too, and the
// arrays and objects near the top member by member (DEPTH).
import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * units of a string value escaped and written at once: small enough that each piece's escaped
 * copy is a young object (a scavenge takes it back at once; pieces of 1M units were large objects
 * that piled up until a full collection, ~50 MB over the written text's size)
 */
const PIECE = 1 << 13;

/**
 * Arrays and plain objects this deep are written member by member; deeper ones through one
 * JSON.stringify each. Why: a 20 MB input's sections, duplicates, removals and tables each came
 * to 1–2.6 M characters of JSON — one string, its re-indented copy and its UTF-8 each, several
 * MB apiece and large objects that piled up until a full collection (~50 MB at the peak). Their
 * members (a section, a removal) are small young objects a scavenge takes back at once.
 */
const DEPTH = 3;
/** characters gathered before one write (a write per member would be thousands of calls) */
const CHUNK = 1 << 16;

export function writeJsonFile(path: string, value: Record<string, unknown>, piece = PIECE): void {
  const fd = openSync(path, 'w');
  try {
    const out = new Out(fd);
    if (walked(value, 0, piece)) writeValue(out, value, '', 0, piece);
    else putLeaf(out, leaf(value) ?? '', '');
    out.put('\n');
    out.flush();
  } finally {
    closeSync(fd);
  }
}

/** writes gathered into CHUNK-sized strings */
class Out {
  private parts: string[] = [];
  private size = 0;
  constructor(readonly fd: number) {}
  put(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= CHUNK) this.flush();
  }
  flush(): void {
    if (this.parts.length) writeSync(this.fd, this.parts.length === 1 ? this.parts[0]! : this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

/** what JSON.stringify leaves out of an object (and writes as null in an array) */
const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** an array or an object JSON.stringify walks as it is: no toJSON, no class of its own (a Date, a Map) */
function walkable(v: unknown): v is Record<string, unknown> | unknown[] {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

/** whether writeValue walks v itself (else it is one JSON.stringify) */
const walked = (v: unknown, depth: number, piece: number) => (typeof v === 'string' && v.length > piece) || (depth < DEPTH && walkable(v));

/** JSON.stringify(v, null, 2), or undefined where it gives none (a toJSON giving undefined) */
const leaf = (v: unknown) => JSON.stringify(v, null, 2) as string | undefined;

/** a leaf's JSON at `indent`: a newline inside JSON is always between tokens (strings hold theirs escaped) */
function putLeaf(out: Out, json: string, indent: string): void {
  out.put(indent && json.includes('\n') ? json.replaceAll('\n', '\n' + indent) : json);
}

/**
 * JSON.stringify(v, null, 2) as it stands at `indent` inside its parent, for a v walked(): long
 * strings a piece at a time, containers down to DEPTH member by member.
 */
function writeValue(out: Out, v: unknown, indent: string, depth: number, piece: number): void {
  if (typeof v === 'string') {
    out.flush();
    writeString(out.fd, v, piece);
    return;
  }
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    if (v.length === 0) return out.put('[]');
    out.put('[');
    for (let i = 0; i < v.length; i++) {
      out.put(i ? ',\n' + inner : '\n' + inner);
      const m = v[i] as unknown;
      if (walked(m, depth + 1, piece)) writeValue(out, m, inner, depth + 1, piece);
      else {
        // what JSON.stringify leaves out of an object it writes as null in an array
        const json = skipped(m) ? undefined : leaf(m);
        putLeaf(out, json ?? 'null', inner);
      }
    }
    out.put('\n' + indent + ']');
    return;
  }
  const o = v as Record<string, unknown>;
  let first = true;
  for (const key of Object.keys(o)) {
    const m = o[key];
    if (skipped(m)) continue;
    const deep = walked(m, depth + 1, piece);
    const json = deep ? '' : leaf(m);
    if (json === undefined) continue;
    out.put(`${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `);
    if (deep) writeValue(out, m, inner, depth + 1, piece);
    else putLeaf(out, json, inner);
    first = false;
  }
  out.put(first ? '{}' : '\n' + indent + '}');
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
