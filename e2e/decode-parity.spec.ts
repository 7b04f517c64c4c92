// The command line and the browser read the same bytes into the same document: the CLI's JSON
// and the app's exported JSON are byte for byte the same on the decoder fixtures (Big5 with
// HKSCS characters — Node's own big5 decoder gives private use there —, GB18030, UTF-8 with a
// stray byte, UTF-16 cut inside a character, and a line of GBK read as Big5 by a browser, whose
// repair needs the same big5 table on both sides).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test, expect, waitForIdle, dropFile } from './fixtures';

const FIXTURES = ['hkscs.big5.txt', 'hainan.big5.txt', 'haidong.gb18030.txt', 'stray-byte.utf8.txt', 'cut.utf16le.txt', 'mojibake.utf8.txt'];

test.beforeAll(() => {
  // the CLI as users run it (npm run inspect); built here when the run has not built it
  if (!existsSync('dist-cli/inspect.js')) execFileSync('node', ['scripts/build-cli.mjs', '--quiet'], { stdio: 'inherit' });
});

for (const name of FIXTURES) {
  test(`CLI and browser export the same JSON for ${name}`, async ({ page }) => {
    test.setTimeout(90_000);
    const path = `fixtures/decode/${name}`;
    const cli = execFileSync('node', ['dist-cli/inspect.js', path], { encoding: 'utf8', maxBuffer: 64 << 20 });
    await page.goto('/');
    await dropFile(page, name, readFileSync(path));
    await waitForIdle(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 JSON' }).click()]);
    const browser = readFileSync(await download.path(), 'utf8');
    const doc = JSON.parse(browser);
    expect(/[\ue000-\uf8ff]/.test(doc.text), 'no private-use characters from a decoder').toBe(false);
    expect(browser.trimEnd()).toBe(cli.trimEnd());
  });
}
