/**
 * The built app in real headless Chromium against browser mode, started the
 * way a user starts it (`datapool serve`). Skipped, with the reason printed,
 * only where no Chromium exists; in CI a missing Chromium fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import { browserSkipReason, reloadApp, ROOT, useBrowserApp } from '../support/browser';
import { askAdvice, householdFlow, switchToChinese, switchToEnglish } from './flow';

const skipReason = browserSkipReason('browser end-to-end tests');

describe.skipIf(skipReason !== null)('browser mode in headless Chromium', () => {
  const e2e = useBrowserApp();

  it('runs the household flow: add, edit, delete and undo, and keeps the data across a reload', async () => {
    const page = await e2e.openPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await householdFlow(page);
    await reloadApp(page);
    await expect.poll(() => page.getByRole('rowheader', { name: 'Grandma', exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByRole('rowheader', { name: 'Family iPad', exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByRole('rowheader', { name: "Grandma's phone", exact: true }).count()).toBe(1);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('shows the whole interface in Chinese after switching to 简体中文, and remembers it', async () => {
    const page = await e2e.openPage();
    await switchToChinese(page);
    await expect.poll(() => page.getByRole('link', { name: '家庭', exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: '添加成员' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Household', exact: true }).count()).toBe(0);
    await reloadApp(page);
    await expect.poll(() => page.getByRole('button', { name: '添加成员' }).count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await switchToEnglish(page);
    await expect.poll(() => page.getByRole('button', { name: 'Add member' }).count()).toBe(1);
    await page.close();
  });

  it('answers "Can I share my data?" with option cards, in English and then in Chinese', async () => {
    const page = await e2e.openPage();
    await askAdvice(
      page,
      { nav: 'Share data', carrier: 'Carrier', relationship: 'Who gets the data?', gb: 'How much data (GB, optional)' },
      { carrier: 'T-Mobile', relationship: 'A friend (another account)', gb: '5' },
    );
    const hotspot = page.getByRole('article', { name: 'Share your hotspot' });
    await hotspot.waitFor();
    expect(await hotspot.textContent()).toContain('Possible');
    expect(await hotspot.getByRole('link').first().getAttribute('href')).toMatch(/^https:\/\//);
    // A pool and a per-line limit cannot reach a friend's account: folded away under "other ways".
    await expect.poll(() => page.getByRole('article').count()).toBe(5);
    expect(await page.getByTestId('advice-other-ways').textContent()).toContain('Shared data pool');

    await switchToChinese(page);
    const hotspotZh = page.getByRole('article', { name: '开热点 (hotspot) 给对方用' });
    await hotspotZh.waitFor();
    expect(await hotspotZh.textContent()).toContain('可以');
    await expect.poll(() => page.getByRole('article').count()).toBe(5);
    await page.getByText('为什么美国的“家庭套餐”不等于国内的主卡/副卡').click();
    await expect
      .poll(() =>
        page
          .getByText(/主卡\/副卡/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await page.close();
  });

  it('refuses the page and the API without the token', async () => {
    const page = await e2e.browser.newPage();
    const response = await page.goto(e2e.app.origin + '/');
    expect(response?.status()).toBe(401);
    const apiStatus = await page.evaluate(async () => {
      const res = await fetch('/api/households.list', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      return res.status;
    });
    expect(apiStatus).toBe(401);
    await page.close();
  });

  it('enforces the Content-Security-Policy: the built page and the server agree, and injected scripts do not run', async () => {
    const html = readFileSync(join(ROOT, 'out/renderer/index.html'), 'utf8');
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    const page = await e2e.openPage();
    const response = await page.goto(e2e.app.url);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const ran = await page.evaluate(async () => {
      const seen = new Promise<boolean>((resolve) => {
        document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
        setTimeout(() => resolve(false), 2000);
      });
      const script = document.createElement('script');
      script.textContent = 'window.__injected = 1';
      document.body.append(script);
      const violation = await seen;
      return { violation, injected: (window as unknown as { __injected?: number }).__injected ?? null };
    });
    expect(ran).toEqual({ violation: true, injected: null });
    await page.close();
  });
});
