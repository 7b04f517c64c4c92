// A built app served by `vite preview` for the browser benches, answered before it is used.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `vite preview` of `dist` (a folder under `root`) on 127.0.0.1:`port`, once it answers */
export async function servePreview(root: string, dist: string, port: number): Promise<ChildProcess> {
  const p = spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', dist], {
    cwd: root,
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return p;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  p.kill();
  throw new Error(`vite preview on ${port} did not start`);
}
