// Inverse tables for the legacy codecs, built lazily from TextDecoder (browsers and Node can
// decode GBK/Big5 but not encode them): character → its 2-byte code. Used to undo mojibake
// the ftfy way: re-encode with the codec that was wrongly used, decode with the right one.

export type Legacy = 'gb18030' | 'big5';

const tables = new Map<Legacy, Map<number, number>>();
const forwards = new Map<Legacy, Map<number, number>>();

/** UTF-16 unit → bytes (0xLLTT for two bytes, 0xBB for one) in the given codec */
export function inverseTable(codec: Legacy): Map<number, number> {
  const cached = tables.get(codec);
  if (cached) return cached;
  const dec = new TextDecoder(codec);
  const map = new Map<number, number>();
  const fwd = new Map<number, number>();
  const trails: number[] = [];
  for (let t = 0x40; t <= 0xfe; t++) if (t !== 0x7f) trails.push(t);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    // one decode per lead byte; if the row does not come out one unit per pair, go pair by pair
    const row = new Uint8Array(trails.length * 2);
    trails.forEach((t, k) => {
      row[2 * k] = lead;
      row[2 * k + 1] = t;
    });
    const s = dec.decode(row);
    if (s.length === trails.length) {
      for (let k = 0; k < trails.length; k++) {
        const c = s.charCodeAt(k);
        if (c === 0xfffd) continue;
        fwd.set((lead << 8) | trails[k], c);
        if (!map.has(c)) map.set(c, (lead << 8) | trails[k]);
      }
    } else {
      for (const t of trails) {
        const one = dec.decode(new Uint8Array([lead, t]));
        if (one.length !== 1 || one === '\ufffd') continue;
        fwd.set((lead << 8) | t, one.charCodeAt(0));
        if (!map.has(one.charCodeAt(0))) map.set(one.charCodeAt(0), (lead << 8) | t);
      }
    }
  }
  if (codec === 'gb18030') map.set(0x20ac, 0x80); // the single byte 0x80 decodes to €
  if (codec === 'big5') map.set(0x80, 0x80); // Windows' Big5 (cp950, Node's ICU) passes the byte 0x80 through
  tables.set(codec, map);
  forwards.set(codec, fwd);
  return map;
}

/** 2-byte code (0xLLTT) → UTF-16 unit, for the codes the codec maps */
export function forwardTable(codec: Legacy): Map<number, number> {
  inverseTable(codec);
  return forwards.get(codec)!;
}

/**
 * Bytes of `s` in `codec`; U+FFFD becomes −1 (a lost byte). Null if some character has no
 * code in that codec (so `s` cannot be that codec's misreading).
 */
export function encodeLegacy(s: string, codec: Legacy): number[] | null {
  const table = inverseTable(codec);
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) out.push(c);
    else if (c === 0xfffd) out.push(-1);
    else {
      const b = table.get(c);
      if (b === undefined) return null;
      if (b > 0xff) out.push(b >> 8, b & 0xff);
      else out.push(b);
    }
  }
  return out;
}

let cp1252: Int16Array | null = null;
/**
 * UTF-16 unit → its byte in windows-1252 (what browsers decode "latin1"/"iso-8859-1" as), or −1.
 * U+0080–U+00FF map to their own byte too (ISO-8859-1 proper, as other tools decode it).
 */
export function cp1252Byte(c: number): number {
  if (!cp1252) {
    cp1252 = new Int16Array(65536).fill(-1);
    for (let b = 0; b < 0x100; b++) cp1252[b] = b;
    const s = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 0x80 }, (_, k) => 0x80 + k));
    for (let k = 0; k < s.length; k++) cp1252[s.charCodeAt(k)] = 0x80 + k;
  }
  return cp1252[c];
}
