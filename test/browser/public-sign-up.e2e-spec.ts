// The public sign-up form as students meet it: a phone, a team's QR code, two languages.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'fs';
import { BrowserContextOptions, Page } from 'playwright-core';
import { translate } from '@life-relay/domain';
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { SeededDrive, signUpDirectly } from '../support/public-drive';

describe('the public sign-up form', () => {
  const journey = useJourney('public');
  let drive: SeededDrive;
  let team: { id: string; code: string };

  beforeAll(async () => {
    drive = await journey.organizer.publishedDrive('Dec 5 Volunteer Day blood drive', [30, 30]);
    team = await journey.organizer.team('Riders Club', 'Inner Mongolia University');
  });

  const phone = (locale: 'en-US' | 'zh-CN', extra: BrowserContextOptions = {}) => journey.phone(locale, { acceptDownloads: true, ...extra });

  async function fillForm(page: Page, person: { name: string; email: string; phone?: string; birthDate?: string; shift?: RegExp }) {
    await page.getByRole('radio', { name: person.shift ?? /09:00/ }).check();
    await page.getByLabel('Full name', { exact: true }).fill(person.name);
    await page.getByLabel('E-mail', { exact: true }).fill(person.email);
    await page.getByLabel('Mobile phone', { exact: true }).fill(person.phone ?? '13812345678');
    await page.getByLabel('Date of birth', { exact: true }).fill(person.birthDate ?? '2004-09-01');
    await page.getByLabel('Blood type (optional)', { exact: true }).selectOption('O_NEG');
    await page.getByRole('checkbox', { name: /I agree that the organizers of this drive store my name/ }).check();
  }

  it('signs up through a team link and confirms with the time, place, calendar file and manage link', async () => {
    const page = await phone('en-US');
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${journey.platform.url}/d/${drive.slug}?team=${team.code.toLowerCase()}&source=qr`);
    await page.getByRole('heading', { level: 1, name: drive.title }).waitFor();
    await expect(page.getByTestId('team-banner').textContent()).resolves.toBe('You are joining with Riders Club (Inner Mongolia University)');
    await expect(page.getByText('Xinhua Square bloodmobile, Hohhot').first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: /09:00.*11:00.*30 places left/ }).count()).resolves.toBe(1);
    // The form page does not fetch the calendar code.
    expect(scripts.some((s) => s.includes('calendar'))).toBe(false);
    await screenshot(page, 'public-form-en');

    await fillForm(page, { name: 'Li Wei', email: 'li.wei@imu.test' });
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { level: 1, name: "You're signed up!" }).waitFor();
    await expect(page.getByText('See you there, Li Wei. We e-mailed the details to li.wei@imu.test.').isVisible()).resolves.toBe(true);
    const manageUrl = await page.getByTestId('manage-link').getAttribute('href');
    expect(manageUrl).toMatch(new RegExp(`^${journey.platform.url}/m/[\\w-]+$`));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Add to calendar' }).click()]);
    expect(download.suggestedFilename()).toBe(`${drive.slug}.ics`);
    const ics = readFileSync(await download.path(), 'utf8');
    const day = drive.day.replace(/-/g, '');
    expect(ics).toContain(`DTSTART:${day}T010000Z`); // 09:00 in Hohhot
    expect(ics).toContain(`DTEND:${day}T030000Z`);
    await screenshot(page, 'public-confirmation-en');

    const { signUps } = await journey.organizer.ok(
      `query($id: ID!) { signUps(driveId: $id) { edges { node { channel source team { code } volunteer { email bloodType birthDate phone } } } } }`,
      { id: drive.id },
    );
    expect(signUps.edges.map((e: any) => e.node)).toContainEqual({
      channel: 'QR',
      source: 'qr',
      team: { code: team.code },
      volunteer: { email: 'li.wei@imu.test', bloodType: 'O_NEG', birthDate: '2004-09-01', phone: '+8613812345678' },
    });
  });

  it('shows field errors in the visitor’s language before and after submitting', async () => {
    const page = await phone('zh-CN');
    // Without the full phone rule in the browser, only the server can refuse this number.
    await page.route(/phone-rule-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${journey.platform.url}/d/${drive.slug}`);
    await page.getByRole('heading', { level: 1, name: drive.title }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');

    await page.getByRole('button', { name: '报名' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading').textContent()).resolves.toBe('请修改 6 处问题');
    // The summary takes focus; its links lead to the fields.
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('error-summary');
    await expect(page.locator('#su-name-error').textContent()).resolves.toBe(translate('required', 'zh-CN'));
    await expect(page.locator('#su-consent-error').textContent()).resolves.toBe(translate('consentRequired', 'zh-CN'));
    await expect(page.getByLabel('姓名', { exact: true }).getAttribute('aria-describedby')).resolves.toBe('su-name-hint su-name-error');
    await summary.getByRole('link', { name: `选择时间段：${translate('required', 'zh-CN')}` }).press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('su-shift');
    await screenshot(page, 'public-form-errors-zh');

    await page.getByLabel('出生日期', { exact: true }).fill('2005-02-30');
    await page.getByLabel('电子邮箱', { exact: true }).fill('wang.fang@');
    await page.getByLabel('姓名', { exact: true }).focus();
    await expect(page.locator('#su-birth-date-error').textContent()).resolves.toBe(translate('invalidDate', 'zh-CN'));
    await expect(page.locator('#su-email-error').textContent()).resolves.toBe(translate('invalidEmail', 'zh-CN'));

    await page.getByRole('radio', { name: /09:00/ }).check();
    await page.getByLabel('姓名', { exact: true }).fill('王芳');
    await page.getByLabel('电子邮箱', { exact: true }).fill('wang.fang@imu.test');
    await page.getByLabel('手机号码', { exact: true }).fill('123456');
    await page.getByLabel('出生日期', { exact: true }).fill('2003年3月8日');
    await page.getByRole('checkbox', { name: /我同意本次活动的组织者保存我的姓名/ }).check();
    await page.getByRole('button', { name: '报名' }).click();
    await page.locator('#su-phone-error').waitFor();
    await expect(page.locator('#su-phone-error').textContent()).resolves.toBe(translate('invalidPhone', 'zh-CN'));
    await expect(page.getByLabel('手机号码', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByLabel('出生日期', { exact: true }).inputValue()).resolves.toBe('2003-03-08');
    await screenshot(page, 'public-form-server-error-zh');

    // Switching language re-words the errors and remembers the choice.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('#su-phone-error').textContent()).resolves.toBe(translate('invalidPhone', 'en'));
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Sign up' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });

  it('tells someone who signs up twice that they are already signed up and that the link was e-mailed again', async () => {
    const page = await phone('en-US');
    for (let attempt = 1; attempt <= 2; attempt++) {
      await page.goto(`${journey.platform.url}/d/${drive.slug}?team=${team.code}`);
      await fillForm(page, { name: 'Zhang San', email: 'zhang.san@imu.test' });
      await page.getByRole('button', { name: 'Sign up' }).click();
      await page.getByRole('heading', { level: 1 }).filter({ hasText: /signed up/ }).waitFor();
    }
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe("You're already signed up");
    await expect(page.getByText(/We e-mailed your manage link again to zhang\.san@imu\.test/).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('manage-link').count()).resolves.toBe(0);
    await screenshot(page, 'public-duplicate-en');
  });

  it('offers the waitlist for a full shift and says so honestly', async () => {
    const small = await journey.organizer.publishedDrive('Platelet morning', [1, 10], 31);
    await signUpDirectly(journey.platform, small); // takes the only place of the first shift
    const page = await phone('en-US');
    await page.goto(`${journey.platform.url}/d/${small.slug}`);
    const full = page.getByRole('radio', { name: /09:00.*Full: join the waitlist/ });
    await full.check();
    await expect(page.getByText(/This time is full\. You will join its waitlist/).isVisible()).resolves.toBe(true);
    await fillForm(page, { name: 'Chen Jing', email: 'chen.jing@imu.test', shift: /09:00/ });
    await page.getByRole('button', { name: 'Join the waitlist' }).click();
    await page.getByRole('heading', { level: 1, name: "You're on the waitlist" }).waitFor();
    await expect(page.getByText(/you do not have a place yet: you are number 1 in line/).isVisible()).resolves.toBe(true);
    await screenshot(page, 'public-waitlist-en');
  });

  it('passes an automated accessibility check with no serious violations, in both languages', async () => {
    for (const locale of ['en-US', 'zh-CN'] as const) {
      const page = await phone(locale);
      await page.goto(`${journey.platform.url}/d/${drive.slug}?team=${team.code}`);
      await page.locator('form').waitFor();
      await page.getByRole('button', { name: locale === 'en-US' ? 'Sign up' : '报名' }).click(); // with errors showing
      await page.getByRole('alert').waitFor();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  it('fits a 320-pixel-wide phone and loads little JavaScript on a slow network', async () => {
    const page = await phone('en-US', { viewport: { width: 320, height: 640 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    // A congested campus network: 400 ms round trips, 1.6 Mbit/s down.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 200_000, uploadThroughput: 100_000 });
    let scriptBytes = 0;
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') scriptBytes += (await r.body()).length;
    });
    const started = Date.now();
    await page.goto(`${journey.platform.url}/d/${drive.slug}?team=${team.code}`);
    await page.getByRole('button', { name: 'Sign up' }).waitFor();
    const usable = Date.now() - started;
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, 'public-form-320');
    // Everything the page runs, the lazily loaded phone rule included, uncompressed.
    expect(scriptBytes).toBeLessThan(600_000);
    expect(usable).toBeLessThan(15_000);
    console.log(`form page: ${Math.round(scriptBytes / 1024)} KiB of JavaScript, usable after ${usable} ms on the throttled network`);
  });
});
