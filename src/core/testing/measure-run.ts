// Prints the cell accuracy of the structure pass on generated reports, per layout:
//   npx tsx src/core/testing/measure-run.ts
import { LAYOUTS } from './layouts';
import { measureLayout } from './measure';

const N = 25; // reports per format and layout
console.log(`generated reports: ${N} per format (2019, 2021) per layout, seed 42`);
console.log('layout          reports  cells  accuracy  checks-exact  meta-exact');
for (const layout of LAYOUTS) {
  const f = await measureLayout(layout, N);
  console.log(
    `${layout.padEnd(15)} ${String(f.reports).padStart(7)} ${String(f.cells).padStart(6)}  ${(100 * f.accuracy).toFixed(1).padStart(7)}%  ${String(f.checksExact).padStart(12)}  ${String(f.metaExact).padStart(10)}`,
  );
  if (f.example && f.accuracy < 1) console.log(`    e.g. ${f.example.slice(0, 200)}`);
}
