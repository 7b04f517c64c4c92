// Show traditional text as simplified, one UTF-16 unit for one, so every span still points at
// the same place. The character table (from OpenCC's dictionaries) loads only when asked for.
let loading: Promise<Map<number, number>> | null = null;

export function loadCharMap(): Promise<Map<number, number>> {
  loading ??= import('../../core/normalize/fold').then((m) => m.t2sCharMap());
  return loading;
}

export function toSimplified(text: string, map: Map<number, number>): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    const t = map.get(c);
    if (t === undefined) continue;
    out += text.slice(from, i) + String.fromCharCode(t);
    from = i + 1;
  }
  return out + text.slice(from);
}
