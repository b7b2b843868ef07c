import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';

const SCREENSHOTS = resolve(import.meta.dirname, '../../e2e-screenshots');

/** Debian's Chromium, headless, with nothing phoning home. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** A fresh page (own cookies and storage) that records uncaught errors in the app. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'zh-MO', timezoneId: 'Asia/Macau', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** Saves a full-page screenshot as admin/e2e-screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The phone the mobile scenarios use (an iPhone 12–15 sized screen). */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** The signed-in member's unread message count, as the API tells it (the seed grows; tests must not guess). */
export async function unreadOf(page: import('playwright-core').Page, school = 'B-888'): Promise<number> {
  return page.evaluate(async (code) => {
    const res = await fetch(`/api/s/${code}/messages?pageSize=1`, { credentials: 'same-origin' });
    return (await res.json()).unread as number;
  }, school);
}
