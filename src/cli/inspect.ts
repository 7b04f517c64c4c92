// Entry point of `npm run -s inspect -- [options] PATH...` (see run.ts and args.ts). Built to
// dist-cli/ by scripts/build-cli.mjs (on `npm ci` and `npm run build`), so no TypeScript is
// compiled when it starts.
import { runCli } from './run';

// `inspect … | head`: a closed pipe ends the run quietly, with the lines written (status 0).
const quietOnClosedPipe = (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
};
process.stdout.on('error', quietOnClosedPipe);
process.stderr.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stderrIsTTY: process.stderr.isTTY === true,
  columns: process.stderr.columns,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`gouji: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
