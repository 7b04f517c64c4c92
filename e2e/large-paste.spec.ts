// A 1 MB paste: the source view renders only the visible lines and stays scrollable.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

test('a 1 MB paste renders virtually and scrolls to the end', async ({ page, context }, info) => {
  // Generous: the garble stage once took ~40 s on 1 MB; measured ~1 s paste→source after the core's speed-ups.
  test.setTimeout(240_000);
  // A real report, then ≥ 1 MiB (UTF-8) of lines made of its characters in a seeded random order:
  // big without being one text repeated (repeats would measure the duplicate finder, not the view).
  const one = readFileSync('public/samples/haidong-city-police-2019.txt', 'utf8');
  const chars = [...new Set(one.replace(/\s/g, ''))];
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const parts = [one];
  let bytes = Buffer.byteLength(one);
  while (bytes < 1024 * 1024) {
    const n = 10 + Math.floor(rnd() * 200);
    let line = '';
    for (let i = 0; i < n; i++) line += chars[Math.floor(rnd() * chars.length)];
    parts.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  const text = parts.join('\n');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  const t0 = Date.now();
  await page.keyboard.press('Control+V');
  await expect(page.getByTestId('source-scroll')).toBeVisible({ timeout: 200_000 });
  const parseMs = Date.now() - t0;
  await expect(page.getByTestId('status')).toContainText('粘贴的文本');
  const lines = text.split('\n').length;
  await expect(page.locator('.source-stats')).toContainText(`${lines} 行`);
  const status = await page.getByTestId('status').textContent();
  const rendered = await page.locator('.src-line').count();
  expect(rendered).toBeLessThan(150);
  // wheel-like scrolling (200 px a frame): how long each frame takes
  const scroll = page.getByTestId('source-scroll');
  const frames = await scroll.evaluate(async (el) => {
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 150; i++) {
      el.scrollTop += 200;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    return times.sort((a, b) => a - b);
  });
  // then to the very end: heights are estimates until measured, so repeat until it holds
  await scroll.evaluate(async (el) => {
    for (let i = 0; i < 50 && el.scrollTop + el.clientHeight < el.scrollHeight - 1; i++) {
      el.scrollTop = el.scrollHeight;
      await new Promise((r) => requestAnimationFrame(r));
    }
  });
  await expect(page.locator('.src-line .ln').last()).toHaveText(String(lines));
  const p95 = frames[Math.floor(frames.length * 0.95)]!;
  info.annotations.push({ type: 'measured', description: `chars=${text.length} lines=${lines} parse+render=${parseMs}ms rendered=${rendered} frame p95=${p95.toFixed(1)}ms` });
  console.log(`[large-paste] chars=${text.length} lines=${lines} paste→source=${parseMs}ms status="${status}" rendered lines=${rendered} scroll frame p95=${p95.toFixed(1)}ms`);
});
