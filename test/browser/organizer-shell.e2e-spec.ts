// The organizers' app's frame: logging in and out, pages by role, the invitation link, and the
// language switch, in Debian's Chromium against the built platform.
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { ADMIN_LOGIN, LAPTOP, logIn, TABLET } from '../support/organizer-app';
import { ADMIN } from '../support/public-drive';

describe('the organizers’ app: logging in, roles and language', () => {
  const journey = useJourney('shell');

  it('refuses a wrong password with a message, then logs in and out', async () => {
    const context = await journey.browser.newContext({ ...LAPTOP, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(journey.platform.url);
    await page.getByLabel('E-mail').fill(ADMIN.ADMIN_EMAIL);
    await page.getByLabel(/^Password/).fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('The e-mail or password is not right.');
    await screenshot(page, 'organizer-login-refused');

    await logIn(page, journey.platform);
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const item of ['Drives', 'Teams & colleges', 'Messages', 'People']) {
      await expect(nav.getByRole('link', { name: item }).isVisible()).resolves.toBe(true);
    }
    await expect(nav.getByRole('link', { name: 'My teams' }).count()).resolves.toBe(0);

    // A reload keeps the session.
    await page.reload();
    await nav.getByRole('link', { name: 'Drives' }).waitFor();

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    await page.goto(`${journey.platform.url}/drives`);
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    await context.close();
  });

  it('lets an invited team lead set a password, shows them only their pages, and refuses organizer pages', async () => {
    const { inviteUser } = await journey.organizer.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`,
      { input: { email: 'lead@campus.test', name: 'Wang Fang', role: 'TEAM_LEAD' } },
    );
    const link = new URL(inviteUser.setPasswordUrl);
    const context = await journey.browser.newContext({ ...TABLET, locale: 'en-US' });
    const page = await context.newPage();

    await page.goto(`${journey.platform.url}/set-password`);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('This link is incomplete');

    await page.goto(`${journey.platform.url}${link.pathname}${link.hash}`);
    await page.getByLabel('New password').fill('short');
    await page.getByLabel('Repeat the password').fill('different');
    await page.getByRole('button', { name: 'Save and log in' }).click();
    await page.getByText('The two passwords are not the same.').waitFor();

    await page.getByLabel('New password').fill('lead-password-123');
    await page.getByLabel('Repeat the password').fill('lead-password-123');
    await page.getByRole('button', { name: 'Save and log in' }).click();
    await page.waitForURL(/\/my-teams$/);

    await page.getByRole('button', { name: 'Open the menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'My teams' }).isVisible()).resolves.toBe(true);
    await expect(nav.getByRole('link', { name: 'Drives' }).count()).resolves.toBe(0);

    await page.goto(`${journey.platform.url}/drives`);
    await page.getByText('Your account cannot open this page.').waitFor();
    await context.close();

    // The link works once.
    const again = await journey.browser.newPage();
    await again.goto(`${journey.platform.url}${link.pathname}${link.hash}`);
    await again.getByLabel('New password').fill('another-password-123');
    await again.getByLabel('Repeat the password').fill('another-password-123');
    await again.getByRole('button', { name: 'Save and log in' }).click();
    await again.getByRole('alert').waitFor();
    await expect(again.url()).toMatch(/set-password/);
    await again.close();
  });

  it('follows the browser’s language and switches between Chinese and English', async () => {
    const context = await journey.browser.newContext({ ...LAPTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(journey.platform.url);
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await logIn(page, journey.platform, ADMIN_LOGIN);
    const nav = page.getByRole('navigation', { name: '主菜单' });
    await expect(nav.getByRole('link', { name: '活动' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');

    await page.getByRole('radiogroup', { name: '语言' }).getByText('English').click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Drives' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    // Remembered on this device.
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Drives' }).waitFor();
    await context.close();
  });
});
