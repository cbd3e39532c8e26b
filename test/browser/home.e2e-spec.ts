// The web app served by `npm start` opens in a real browser, in the visitor's language.
import { rmSync } from 'fs';
import { join } from 'path';
import { Browser } from 'playwright-core';
import { launchChromium, PHONE, screenshot } from '../support/browser';
import { PlatformProcess, tempDir } from '../support/platform-process';

describe('the web app in a browser', () => {
  const dir = tempDir('relay-browser-');
  let platform: PlatformProcess;
  let browser: Browser;

  beforeAll(async () => {
    platform = await (await PlatformProcess.start({ EMBEDDED_PG_DIR: join(dir, 'postgres'), DEMO_DATA: '0' })).ready();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the product name on the home page', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(platform.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.title()).resolves.toContain('Life Relay');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Life Relay');
    await screenshot(page, 'home-en');
  });

  it('speaks Chinese to a phone whose browser prefers it', async () => {
    const context = await browser.newContext({ ...PHONE, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(platform.url);
    await page.getByText('组织献血活动').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(page.getByText('组织献血活动').isVisible()).resolves.toBe(true);
    await screenshot(page, 'home-zh-phone');
    await context.close();
  });
});
