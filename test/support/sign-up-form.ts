// The public form's first step as a volunteer takes it, in either language: type the mobile
// number and/or the e-mail address, tap "Send code", read the code where it went (a text to the
// number when there is one, else a mail to the address) and type it into the code field.
import { Page } from 'playwright-core';
import { PlatformProcess } from './platform-process';

/** The step's words, by the page's language. */
export const CODE_STEP = {
  en: { phone: 'Mobile phone', email: 'E-mail', send: 'Send code', code: '6-digit code', sent: (to: string) => `We sent a code to ${to}.` },
  zh: { phone: '手机号码', email: '电子邮箱', send: '发送验证码', code: '6 位验证码', sent: (to: string) => `验证码已发送至 ${to}，` },
} as const;

export interface TypedContact {
  phone?: string;
  email?: string;
}

async function wordsOf(page: Page) {
  return (await page.locator('html').getAttribute('lang'))?.startsWith('zh') ? CODE_STEP.zh : CODE_STEP.en;
}

/**
 * Types the contact, taps "Send code", waits for the form to say where it went, and returns the
 * code read there (without typing it).
 */
export async function requestCode(page: Page, platform: PlatformProcess, contact: TypedContact): Promise<string> {
  const words = await wordsOf(page);
  if (contact.phone !== undefined) await page.getByLabel(words.phone, { exact: true }).fill(contact.phone);
  if (contact.email !== undefined) await page.getByLabel(words.email, { exact: true }).fill(contact.email);
  const to = contact.phone || contact.email;
  if (!to) throw new Error('A code needs a phone number or an e-mail address');
  if (!platform.codes) throw new Error('The platform has no code inbox (see useJourney)');
  const before = platform.codes.countFor(to);
  await page.getByRole('button', { name: words.send }).click();
  await page.getByRole('status').filter({ hasText: words.sent(to) }).waitFor();
  return platform.codes.codeFor(to, before);
}

/** Types a code into the code field. */
export async function typeCode(page: Page, code: string): Promise<void> {
  await page.getByLabel((await wordsOf(page)).code, { exact: true }).fill(code);
}

/** The whole step: the contact, its code read where it went and typed. Returns the code. */
export async function verifyContact(page: Page, platform: PlatformProcess, contact: TypedContact): Promise<string> {
  const code = await requestCode(page, platform, contact);
  await typeCode(page, code);
  return code;
}
