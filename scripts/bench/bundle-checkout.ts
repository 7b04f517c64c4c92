// One checkout's core bundled with esbuild (its own sources, its own node_modules), for the A/B
// benches that compare two checkouts in one process or in fresh processes of their own.
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Writes to `out` an ES module re-exporting `names` from the checkout's core modules
 * (`[export name, module under src/core]`). The core's lazy imports (the word data) stay lazy.
 */
export async function bundleCheckout(checkout: string, out: string, names: readonly (readonly [string, string])[]): Promise<void> {
  const core = (p: string) => JSON.stringify(join(resolve(checkout), 'src', 'core', p));
  const contents = names.map(([name, module]) => `export { ${name} } from ${core(module)};`).join('\n');
  await build({
    stdin: { contents, resolveDir: resolve(checkout), loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning',
    splitting: false,
    external: ['pdfjs-dist', 'mammoth'],
  });
}

/** the structure pass's stages, as structure-ab.ts and cold-ab.ts load them */
export const STRUCTURE_EXPORTS = [
  ['decodeInput', 'decode'], ['makeContext', 'context'], ['findSections', 'sections'], ['extractTables', 'tables'], ['detectMeta', 'meta'], ['runChecks', 'checks'],
] as const;
