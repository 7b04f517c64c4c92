// Both languages, whole (issue 11 item 9): every finding — failed and uncertain rules, warnings
// (narrative, prose), garbles, table notes, parser warnings — reads English under the switch and
// Chinese by default. What a finding quotes from the report (a row's label, a snippet, a name)
// stands in an element with lang="zh-CN" and data-source: that is the one place Chinese may
// appear in English mode. Screenshots of the English issues list go to /tmp/shots.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openSample as open } from './fixtures';

const SHOTS = '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

/** failures, uncertain rules, narrative and prose warnings, garbles, table notes between them */
const SAMPLES = ['shanghai-gov-office-2019.html', 'hainan-provincial-police-2020-traditional.txt', 'pingtan-2020-flattened.txt', 'haidong-city-police-2019.txt'];

const tab = (page: Page, zh: string, en: string) => page.getByRole('tab', { name: zh }).or(page.getByRole('tab', { name: en }));

interface Found {
  where: string;
  /** the finding's text with what it quotes from the report left out */
  own: string;
  /** quoted parts not marked as Chinese */
  unmarked: number;
}

/** every finding on the current tab matching `selector`, its quoted source text set apart */
async function findings(page: Page, selector: string): Promise<Found[]> {
  return page.locator(selector).evaluateAll((els, sel) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      let unmarked = 0;
      for (const q of copy.querySelectorAll('[data-source]')) {
        if (!(q.getAttribute('lang') ?? '').startsWith('zh')) unmarked++;
        q.remove();
      }
      // controls beside a finding (review buttons) are the UI's own words, checked the same way
      return { where: sel, own: copy.textContent ?? '', unmarked };
    }), selector);
}

async function everyFinding(page: Page): Promise<Found[]> {
  await tab(page, '概况', 'Overview').click();
  const warnings = await findings(page, '.warnings li');
  await tab(page, '表格', 'Tables').click();
  const notes = await findings(page, '.tp-notes li');
  await tab(page, '问题', 'Issues').click();
  await expect(page.locator('.il-pane')).toBeVisible();
  const items = await findings(page, '.il-item');
  return [...warnings, ...notes, ...items];
}

const HAN = /\p{Script=Han}/u;
/** a word of English (an acronym such as PDF or U+FFFD is not a reason in English) */
const ENGLISH_WORD = /\b[a-z]{3,}\b/;

for (const file of SAMPLES) {
  test(`${file}: every finding in English under the switch, in Chinese by default`, async ({ page }) => {
    await open(page, file);
    const zh = await everyFinding(page);
    expect(zh.length, 'the sample has findings').toBeGreaterThan(0);
    for (const f of zh) expect(f.own, `${f.where}: no English reason in Chinese mode`).not.toMatch(ENGLISH_WORD);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('.lang-switch')).toHaveText('中文');
    const en = await everyFinding(page);
    expect(en.length).toBe(zh.length);
    for (const f of en) {
      expect(f.own, `${f.where}: Chinese outside quoted source text in English mode`).not.toMatch(HAN);
      expect(f.unmarked, `${f.where}: quoted source text marked lang=zh`).toBe(0);
    }
    await page.locator('.il-pane').screenshot({ path: `${SHOTS}/codes-issues-${file.replace(/\.\w+$/, '')}-en.png` });

    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('.lang-switch')).toHaveText('English');
  });
}

test('the samples above hold every kind of finding: uncertain rules, warnings, garbles, notes', async ({ page }) => {
  const kinds = new Set<string>();
  for (const file of SAMPLES) {
    await open(page, file);
    await tab(page, '问题', 'Issues').click();
    for (const cls of await page.locator('.il-item').evaluateAll((els) => els.map((e) => e.className))) {
      for (const k of ['il-check', 'il-uncertain', 'il-warning', 'il-garble', 'il-note']) if (cls.split(' ').includes(k)) kinds.add(k);
    }
  }
  for (const k of ['il-uncertain', 'il-warning', 'il-garble', 'il-note']) expect(kinds.has(k), k).toBe(true);
});

test('the language switch names the other language and the subtitle fits at 390 px, in both languages', async ({ page }) => {
  await open(page, 'pingtan-2020-flattened.txt', { width: 390, height: 844 });
  for (const lang of ['zh', 'en'] as const) {
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('.lang-switch')).toHaveText(lang === 'zh' ? 'English' : '中文');
    const clipped = await page.locator('.app-header .subtitle').evaluate((e) => e.scrollWidth > e.clientWidth + 1);
    expect(clipped, 'subtitle cut off').toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll').toBe(true);
  }
  await page.screenshot({ path: `${SHOTS}/codes-header-en-390.png` });
});
