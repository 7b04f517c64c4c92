import { test, expect } from '@playwright/test';

test('the page opens and speaks Chinese', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('勾稽');
});
