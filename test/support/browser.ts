// Debian's Chromium driven by playwright-core (no browser download), with the flags this
// machine's closed network needs.
import { mkdirSync } from 'fs';
import { join } from 'path';
import { Browser, chromium, Page } from 'playwright-core';
import { WORKSPACE } from './platform-process';

export const SCREENSHOTS = join(WORKSPACE, 'artifacts/screenshots');

/** Debian's Chromium; `extraArgs` for a spec's own needs (a fake camera). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
