// A worker thread of `npm run bench -- ceiling`: inspects the same reports twice (a warm-up pass,
// then a measured one) with no messages, files or JSON in between, and reports its own CPU.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { inspectBytes } from '../../src/core/inspect';

const threadCpu = (): number => {
  const s = readFileSync('/proc/thread-self/stat', 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};

const { files } = workerData as { files: string[] };
const inputs = files.map((f) => new Uint8Array(readFileSync(f)));
const pass = async () => {
  const c0 = threadCpu();
  const t0 = performance.now();
  for (const [i, b] of inputs.entries()) await inspectBytes(b, String(i));
  return { cpu: threadCpu() - c0, wall: (performance.now() - t0) / 1000 };
};
const first = await pass();
const warm = await pass();
const port = parentPort;
port?.postMessage({ first, warm });
