// npm run bench: throughput of the structure pass and of the garble detector on realistic input,
// then how time grows on adversarial inputs when their size doubles (`npm run bench -- scaling`
// runs only that part), then the command line on 1,000 generated reports (`npm run bench -- cli`),
// then its peak memory per input byte on one 5, 10 and 20 MB input (`npm run bench -- memory`).
// `npm run bench -- structure` runs only the structure pass, `-- whole` only the whole inspection
// (garbles included) on the same reports, `-- garbles` only the garble detector.
// Not in the default run (they start a browser or take minutes):
//   `npm run bench -- jobs [N]`: only the --jobs 2 / --jobs 1 ratio of the command line;
//   `npm run bench -- ceiling`: the same pure-JS work on 1 and 2 worker threads (the machine's ceiling);
//   `npm run bench -- batch-browser [--reports N] [--rows N] [DIST…]`: the batch workspace in Chromium.
import { benchStructure, benchWhole } from './bench/structure';
import { benchGarbles, benchGarblesPerReport } from './bench/garbles';
import { benchScaling } from './bench/scaling';
import { benchCli, benchJobs } from './bench/cli';
import { benchMemory } from './bench/memory';

const only = process.argv[2];
if (only === 'jobs') {
  // `npm run bench -- jobs [N] [ROUNDS]`: one line at the end, `jobs ratio ×R (…)`
  await benchJobs(Number(process.argv[3] ?? 1000), Number(process.argv[4] ?? 2));
  process.exit(0);
}
if (only === 'ceiling') {
  // `npm run bench -- ceiling [UNITS]`: pure-JS work on 1 vs 2 worker threads (the machine's ceiling)
  const { benchCeiling, benchCeilingCore } = await import('./bench/ceiling');
  if (process.argv[3] === 'core') await benchCeilingCore(process.argv[4]);
  else await benchCeiling(Number(process.argv[3] ?? 0));
  process.exit(0);
}
if (only === 'batch-browser') {
  const { benchBatchBrowser } = await import('./bench/batch-browser');
  await benchBatchBrowser(process.argv.slice(3));
  process.exit(0);
}
if (only === 'cli') {
  // `npm run bench -- cli [N]`: only the command line on N generated reports
  await benchCli(Number(process.argv[3] ?? 1000));
  process.exit(0);
}
if (only === 'memory') {
  benchMemory();
  process.exit(0);
}
if (only === 'structure') {
  // `npm run bench -- structure`: only the structure pass; `-- whole`: only the whole inspection
  await benchStructure();
  process.exit(0);
}
if (only === 'garbles') {
  // `npm run bench -- garbles`: only the garble detector (one long paste, then report by report)
  await benchGarbles();
  await benchGarblesPerReport();
  process.exit(0);
}
if (only === 'whole') {
  await benchWhole();
  process.exit(0);
}
if (only !== 'scaling') {
  await benchStructure();
  await benchGarbles();
  await benchGarblesPerReport();
  await benchWhole();
}
const flagged = await benchScaling();
if (flagged) console.log(`${flagged} input(s) grew faster than ×3 per doubling: look at them (or rerun: the machine may be busy)`);
if (only !== 'scaling') {
  await benchCli();
  benchMemory();
}
