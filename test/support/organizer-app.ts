// The organizers' app in a browser: screen sizes it is used at, and logging in through the form.
import { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN } from './public-drive';
import { PlatformProcess } from './platform-process';

/** An organizer's laptop. */
export const LAPTOP = { viewport: { width: 1366, height: 900 } };
/** The check-in desk: a tablet held upright. */
export const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true };

export interface Credentials {
  email: string;
  password: string;
}

export const ADMIN_LOGIN: Credentials = { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD };

/** Logs in through the form and waits for the start page of the role. */
export async function logIn(page: Page, platform: PlatformProcess, who: Credentials = ADMIN_LOGIN): Promise<void> {
  await page.goto(`${platform.url}/`);
  await page.getByLabel(/E-mail|邮箱/).fill(who.email);
  await page.getByLabel(/^(Password|密码)/).fill(who.password);
  await page.getByRole('button', { name: /^(Log in|登录)$/ }).click();
  await page.waitForURL(/\/(drives|my-teams|desk)$/);
}

/** A fresh browser context (its own storage, so its own session), logged in. */
export async function loggedInContext(
  browser: Browser,
  platform: PlatformProcess,
  options: { who?: Credentials; locale?: string; screen?: typeof LAPTOP | typeof TABLET } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...(options.screen ?? LAPTOP), locale: options.locale ?? 'en-US' });
  const page = await context.newPage();
  await logIn(page, platform, options.who);
  return { context, page };
}
