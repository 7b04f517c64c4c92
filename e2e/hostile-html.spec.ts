// An HTML report carrying script, event handlers, javascript: URLs, a refresh, a <base> and SVG
// with script changes nothing outside the text it shows: the app reads HTML as text in the
// worker and never puts markup into the page; the CSP would block what slipped through.
import { test, expect, waitForIdle } from './fixtures';

const HOSTILE = `<!doctype html><html><head>
<base href="https://evil.example/">
<meta http-equiv="refresh" content="0;url=https://evil.example/refresh">
<meta http-equiv="Content-Security-Policy" content="default-src *">
<script>window.pwnedBy = 'script'</script>
<style>body { display: none !important }</style>
</head><body onload="window.pwnedBy = 'onload'">
<p>某县人民政府2023年政府信息公开工作年度报告</p>
<p>正文第一段<img src="https://evil.example/x.png" onerror="window.pwnedBy = 'onerror'">结束</p>
<p><a href="javascript:window.pwnedBy='href'">链接文字</a></p>
<svg onload="window.pwnedBy='svg-onload'"><script>window.pwnedBy = 'svg-script'</script><text>图形文字</text></svg>
<iframe src="javascript:parent.pwnedBy='iframe'"></iframe>
<object data="https://evil.example/o.swf"></object>
<form action="https://evil.example/f"><input name="q" value="表单值"></form>
<p>最后一段</p>
</body></html>`;

test('a hostile HTML report changes nothing outside the text it shows', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/');
  const url = page.url();
  const scriptsBefore = await page.locator('script').count();
  await page.getByTestId('file-input').setInputFiles({ name: 'hostile.html', mimeType: 'text/html', buffer: Buffer.from(HOSTILE) });
  await waitForIdle(page);
  const source = page.getByTestId('source-scroll');
  await expect(source).toContainText('正文第一段');
  await expect(source).toContainText('链接文字');
  await expect(source).toContainText('最后一段');
  // the markup is not text either: no script body, no style rule
  await expect(source).not.toContainText('pwnedBy');
  await expect(source).not.toContainText('display: none');
  // give a refresh or a late handler time to act
  await page.waitForTimeout(1500);
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => (window as unknown as { pwnedBy?: string }).pwnedBy)).toBeUndefined();
  expect(await page.evaluate(() => document.baseURI)).toBe(url);
  expect(await page.locator('script').count()).toBe(scriptsBefore);
  for (const sel of ['base', 'meta[http-equiv="refresh" i]', 'iframe', 'object', 'form[action]', 'svg script', '[onerror]', '[onload]', 'a[href^="javascript:" i]']) {
    await expect(page.locator(sel), sel).toHaveCount(0);
  }
  // the page's own policy is the one in force, the report's meta did not add a looser one
  expect(await page.locator('meta[http-equiv="Content-Security-Policy" i]').count()).toBe(1);
  await expect(page.locator('body')).toBeVisible();
  expect(dialogs).toEqual([]);
});
