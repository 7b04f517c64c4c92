// Builds the command line (src/cli) to plain JavaScript in dist-cli/ with esbuild, so
// `npm run -s inspect` starts without compiling TypeScript. Runs on `npm ci` / `npm install`
// (the `prepare` script) and in `npm run build`. Usage: node scripts/build-cli.mjs [--outdir DIR]
// npm packages stay external (node_modules is there at run time); the core's lazily imported
// data (the lexicon, pdf.js, mammoth) stays lazy as split chunks.
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--outdir');
const outdir = resolve(root, i > 0 ? process.argv[i + 1] : 'dist-cli');

/**
 * Core modules find files beside their source with `new URL(…, import.meta.url)` (pdf.js's
 * character maps in node_modules). In a bundle import.meta.url is the chunk's URL, so point it
 * back at where the source file stands, relative to the output folder.
 */
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/].*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const rel = relative(outdir, args.path).split('\\').join('/');
      const head = `const __sourceUrl = new URL(${JSON.stringify(rel)}, import.meta.url).href;\n`;
      return { contents: head + text.replaceAll('import.meta.url', '__sourceUrl'), loader: 'ts' };
    });
  },
};

const t0 = Date.now();
// chunks carry content hashes: drop the previous build's .js files so old chunks do not pile up
for (const f of await readdir(outdir).catch(() => [])) if (f.endsWith('.js')) await rm(resolve(outdir, f));
await build({
  absWorkingDir: root,
  entryPoints: { inspect: 'src/cli/inspect.ts', worker: 'src/cli/worker.ts', unzip: 'src/cli/unzip.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // flat: a chunk's import.meta.url must resolve ./worker.js and the source paths from outdir
  chunkNames: '[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [sourceUrls],
});
if (!process.argv.includes('--quiet')) console.error(`built ${relative(root, outdir) || '.'} in ${Date.now() - t0} ms`);
