// Reading a .zip's members (pure, no worker globals; run inside unzip.worker.ts so a large
// archive never blocks the page). fflate's filter sees every entry before it is inflated, so a
// member it cannot read (another compression method, too large) is listed with its reason and
// the others are still read. Names without the UTF-8 flag come out as Latin-1: Chinese archives
// made on Windows store GBK names, so those are decoded again as UTF-8 or else GB18030.
import { unzipSync, type UnzipFileInfo } from 'fflate';

export interface ZipMember {
  path: string;
  bytes: ArrayBuffer;
}

export interface ZipSkip {
  path: string;
  reason: 'zipCompression' | 'zipTooLarge' | 'zipCorrupt';
  detail?: string;
}

export interface ZipContents {
  members: ZipMember[];
  skipped: ZipSkip[];
}

/** Members larger than this are not inflated (a "zip bomb" would exhaust the tab's memory). */
export const MAX_MEMBER_BYTES = 60 * 1024 * 1024;

/** fflate reads names without the UTF-8 flag as Latin-1: get the bytes back and decode them. */
export function fixName(name: string): string {
  if (![...name].some((c) => c.charCodeAt(0) > 0x7f)) return name;
  if ([...name].some((c) => c.charCodeAt(0) > 0xff)) return name; // already decoded as UTF-8
  const bytes = Uint8Array.from(name, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const isDirectory = (name: string) => name.endsWith('/');

export function readZip(bytes: Uint8Array): ZipContents {
  const skipped: ZipSkip[] = [];
  const filter = (f: UnzipFileInfo) => {
    if (isDirectory(f.name)) return false;
    const path = fixName(f.name);
    if (f.compression !== 0 && f.compression !== 8) {
      skipped.push({ path, reason: 'zipCompression', detail: String(f.compression) });
      return false;
    }
    if (f.originalSize > MAX_MEMBER_BYTES) {
      skipped.push({ path, reason: 'zipTooLarge', detail: String(f.originalSize) });
      return false;
    }
    return true;
  };
  const files = unzipSync(bytes, { filter });
  const members = Object.entries(files).map(([name, data]) => ({
    path: fixName(name),
    // a view of its own buffer, so it can be transferred
    bytes: data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? (data.buffer as ArrayBuffer) : data.slice().buffer,
  }));
  return { members, skipped };
}
