// The command line runs the build in dist-cli/. After the TypeScript sources change, that
// build is out of date until `npm run build:cli` (or `npm run build`): say so, rather than
// silently running old code. A walk over src/ costs a few milliseconds at start.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if ((e.name.endsWith('.ts') || e.name.endsWith('.json')) && !e.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** a warning when the running build is older than a source file of the CLI or the core, else null */
export function staleBuildWarning(moduleUrl: string): string | null {
  if (!moduleUrl.startsWith('file:') || !moduleUrl.endsWith('.js')) return null; // running from sources
  try {
    const built = statSync(fileURLToPath(moduleUrl)).mtimeMs;
    const src = fileURLToPath(new URL('../src/', moduleUrl));
    const newest = Math.max(newestSource(join(src, 'core')), newestSource(join(src, 'cli')));
    return newest > built ? 'gouji: warning: dist-cli/ is older than src/ — run `npm run build:cli` to use the current sources' : null;
  } catch {
    return null; // no sources beside the build (an installed copy): nothing to compare
  }
}
