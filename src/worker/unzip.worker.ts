// Thin adapter: a zip File in, its members out (transferred). The archive is streamed from the
// file here, so the page never reads it. Logic in unzip.ts.
import { chunksOf, readZipStream, type ZipSkip } from './unzip';

export type UnzipReply = { ok: true; members: { path: string; bytes: ArrayBuffer }[]; skipped: ZipSkip[] } | { ok: false; message: string };

self.addEventListener('message', (e: MessageEvent<Blob>) => {
  void (async () => {
    let reply: UnzipReply;
    try {
      const { members, skipped } = await readZipStream(chunksOf(e.data));
      reply = { ok: true, members, skipped };
    } catch (err) {
      reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
    self.postMessage(reply, { transfer: reply.ok ? reply.members.map((m) => m.bytes) : [] });
  })();
});
