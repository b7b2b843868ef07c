import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot } from './browser';
import { startServer, type TestServer } from './server';

describe('Sign-in errors', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page } = await openPage(browser, { viewport: { width: 1280, height: 800 } }));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const passwordError = () => page.locator('#password-error');

  it('Should say so when no school has the code typed on the root page', async () => {
    await page.goto(`${server.url}/admin/`);
    await page.getByLabel('學校代碼').fill('Z-000');
    await page.getByRole('button', { name: '前往' }).click();
    await expect.poll(() => page.locator('#school-code-error').textContent()).toBe('找不到該學校');
    expect(page.url()).toBe(`${server.url}/admin/`);
  });

  it('Should ask for both fields before calling the API', async () => {
    await page.goto(`${server.url}/admin/B-888/sign-in`);
    await page.getByRole('button', { name: '登入', exact: true }).click();
    expect(await page.locator('#login-error').textContent()).toBe('請填寫此欄');
    expect(await passwordError().textContent()).toBe('請填寫此欄');
  });

  it('Should show a wrong password beside the password field, in Chinese', async () => {
    await page.getByLabel('帳號或手機號碼').fill('admin');
    await page.getByLabel('密碼', { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: '登入', exact: true }).click();
    await expect.poll(() => passwordError().textContent()).toBe('帳號或密碼錯誤');
    expect(await page.locator('#login-error').count()).toBe(0);
    expect(await page.getByLabel('密碼', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    // The message belongs to the password field: inside its block, and named by it.
    expect(await page.locator('.field', { has: page.locator('#password') }).locator('.field__error').textContent()).toBe('帳號或密碼錯誤');
    expect(await page.locator('#password').getAttribute('aria-describedby')).toBe('password-error');
    expect(page.url()).toMatch(/\/B-888\/sign-in$/);
    await screenshot(page, 'sign-in-error-zh');
  });

  it('Should show it in English and Portuguese once the language is switched', async () => {
    await page.getByLabel('語言').selectOption('en');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => passwordError().textContent()).toBe('Wrong account or password');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in to the back-office');
    await screenshot(page, 'sign-in-error-en');

    await page.getByLabel('Language').selectOption('pt');
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();
    await expect.poll(() => passwordError().textContent()).toBe('Conta ou palavra-passe errada');

    // The choice is remembered on this device.
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Entrar no back-office');
    await page.getByLabel('Idioma').selectOption('zh-Hant');
  });

  it('Should refuse a parent in the back-office, beside the login field', async () => {
    await page.getByLabel('帳號或手機號碼').fill('66000101');
    await page.getByLabel('密碼', { exact: true }).fill('demo1234');
    await page.getByRole('button', { name: '登入', exact: true }).click();
    // A parent has no password: to the API that is a wrong password, not a hint who exists.
    await expect.poll(() => passwordError().textContent()).toBe('帳號或密碼錯誤');
  });

  it('Should name an unknown phone beside the phone field on mobile', async () => {
    const { page: phone } = await openPage(browser, PHONE);
    await phone.goto(`${server.url}/admin/B-888/m/sign-in`);
    await phone.getByLabel('手機號碼').fill('123');
    await phone.getByRole('button', { name: '獲取驗證碼' }).click();
    expect(await phone.locator('#phone-error').textContent()).toBe('手機號碼須為 6 至 15 位數字');
    await phone.getByLabel('手機號碼').fill('66009999');
    await phone.getByRole('button', { name: '獲取驗證碼' }).click();
    await expect.poll(() => phone.locator('#phone-error').textContent()).toBe('此手機號碼未加入學校');
    await screenshot(phone, 'mobile-sign-in-error');
    await phone.context().close();
  });
});
