// Thin adapter: a zip's bytes in, its members out (transferred). Logic in unzip.ts.
import { readZip } from './unzip';

export type UnzipReply = { ok: true; members: { path: string; bytes: ArrayBuffer }[]; skipped: import('./unzip').ZipSkip[] } | { ok: false; message: string };

self.addEventListener('message', (e: MessageEvent<ArrayBuffer>) => {
  let reply: UnzipReply;
  try {
    const { members, skipped } = readZip(new Uint8Array(e.data));
    reply = { ok: true, members, skipped };
  } catch (err) {
    reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
  self.postMessage(reply, { transfer: reply.ok ? reply.members.map((m) => m.bytes) : [] });
});
