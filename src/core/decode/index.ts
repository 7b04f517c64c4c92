// PLACEHOLDER (owned by the decode work): bytes → text. Replace with real decoding.
import type { Encoding, Result, SourceKind } from '../types';

export interface Decoded {
  text: string;
  encoding: Encoding;
  kind: SourceKind;
  warnings: string[];
}

export async function decodeInput(bytes: Uint8Array, _name: string): Promise<Result<Decoded>> {
  if (bytes.length === 0) return { ok: false, reason: '文件为空（empty file）' };
  const text = new TextDecoder('utf-8').decode(bytes);
  return { ok: true, value: { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8', kind: 'text', warnings: [] } };
}
