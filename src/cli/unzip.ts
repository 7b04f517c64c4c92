// The unzip thread of the command line (zip-inputs.ts): reads and inflates one .zip, posting
// each member as it comes, its bytes moved (transferred) rather than copied, and waits for the
// main thread to make room before running further ahead.
import { parentPort, workerData } from 'node:worker_threads';
import type { ExpandStats } from './inputs';
import { readZip, type UnzipMessage } from './zip-inputs';

const port = parentPort;
if (port) {
  let room = 0;
  let wake: (() => void) | null = null;
  port.on('message', (n: number) => {
    room += n;
    wake?.();
    wake = null;
  });
  /** until the main thread has made room for another member */
  const roomMade = async () => {
    // `room` grows in the message handler above, between the awaits
    for (;;) {
      if (room > 0) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  const stats: ExpandStats = { skipped: 0 };
  for await (const input of readZip((workerData as { path: string }).path, stats)) {
    await roomMade();
    room--;
    const m: UnzipMessage = { input };
    port.postMessage(m, 'bytes' in input ? [input.bytes.buffer as ArrayBuffer] : []);
  }
  const end: UnzipMessage = { end: true, skipped: stats.skipped };
  port.postMessage(end);
  port.close();
}
