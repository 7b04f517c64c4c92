// Entry point of `npm run -s inspect -- [options] PATH...` (see run.ts and args.ts). Built to
// dist-cli/ by scripts/build-cli.mjs (on `npm ci` and `npm run build`), so no TypeScript is
// compiled when it starts.
import { parseArgs, USAGE, USAGE_LINE } from './args';
import { staleBuildWarning } from './stale';

// `inspect … | head`: a closed pipe ends the run quietly, with the lines written (status 0).
const quietOnClosedPipe = (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
};
process.stdout.on('error', quietOnClosedPipe);
process.stderr.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

async function main(argv: string[]): Promise<number> {
  // help and usage errors answer before any of the core is loaded
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`gouji: ${parsed.message}\n${USAGE_LINE}\n`);
    return 2;
  }
  if (parsed.args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const stale = staleBuildWarning(import.meta.url);
  if (stale) process.stderr.write(`${stale}\n`);
  const { runCli } = await import('./run');
  return runCli(argv, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns,
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`gouji: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
