// exploration (not committed): a generated folder into the real app, screenshots of each view
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { generateBatchSet } from '../../src/core/testing/batch-set';

const N = Number(process.argv[2] ?? 300);
const port = 4471;
const out = '/tmp/ui-explore/shots';
mkdirSync(out, { recursive: true });
const folder = `/tmp/ui-explore/reports-${N}`;
rmSync(folder, { recursive: true, force: true });
const set = generateBatchSet({ reports: N, years: 7, seed: 7, breakEvery: 9 });
for (const f of set.files) {
  const p = join(folder, f.name);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, f.bytes);
}
const srv = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', process.env.DIST ?? 'dist-ui'], { cwd: '/work/wt/ui', stdio: 'ignore' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
for (let i = 0; i < 80; i++) { try { if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break; } catch {} await sleep(250); }
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const ctx = await browser.newContext({ viewport: { width: Number(process.env.W ?? 1440), height: Number(process.env.H ?? 900) } });
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
  page.on('pageerror', (e) => console.log('page error', e.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  if (process.env.EN) { await page.getByRole('button', { name: /English/ }).click().catch(() => console.log('no lang button')); }
  await page.getByTestId('folder-input').waitFor({ state: 'attached' });
  await page.getByTestId('folder-input').setInputFiles(folder);
  await sleep(1500);
  await page.screenshot({ path: `${out}/01-running.png` });
  await page.getByTestId('batch-progress').and(page.locator('[data-state="done"]')).waitFor({ timeout: 600_000 });
  await page.screenshot({ path: `${out}/02-grid.png` });
  const steps = (process.env.STEPS ?? 'chains,indicators,charts,unreadable').split(',');
  for (const [i, tab] of ['chains', 'indicators', 'charts', 'unreadable'].entries()) {
    if (!steps.includes(tab)) continue;
    await page.locator(`#bg-tab-${tab}`).click();
    await sleep(1500);
    await page.screenshot({ path: `${out}/0${3 + i}-${tab}.png` });
    if (tab === 'chains') {
      await page.getByTestId('chains-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
      await sleep(500);
      await page.screenshot({ path: `${out}/03b-chains-mid.png` });
      const fail = page.locator('.bg-link-fail').first();
      if (await fail.count()) { await fail.click(); await sleep(1000); await page.screenshot({ path: `${out}/03c-chains-link.png` }); }
    }
  }
} finally {
  await browser.close();
  srv.kill();
}
