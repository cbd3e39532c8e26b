// Accounts in the organizers' app (issue 19): deactivating and reactivating a person and changing
// a role from the People page, and changing one's own password, with what each does to the
// sessions already open elsewhere, in Debian's Chromium against the built platform.
import { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { TABLET } from '../support/organizer-app';
import { ADMIN } from '../support/public-drive';

describe('the organizers’ accounts: deactivation, roles and passwords', () => {
  // Several people log in through the form in this file, some more than once.
  const journey = useJourney('accounts', { RATE_LIMIT_LOGIN: '200' });

  /** An account with a password, made through the API as an admin would. */
  async function person(name: string, email: string, role: 'ORGANIZER' | 'TEAM_LEAD', password: string) {
    const { inviteUser } = await journey.organizer.ok(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl user { id } } }`, {
      input: { email, name, role },
    });
    const token = decodeURIComponent(new URL(inviteUser.setPasswordUrl).hash.replace('#token=', ''));
    await journey.organizer.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password } });
    return { email, password };
  }

  /** The login form is back: the session this page had was ended. */
  async function signedOut(page: Page) {
    await page.reload();
    await page.getByRole('button', { name: /^(Log in|登录)$/ }).waitFor();
  }

  it('deactivates a team lead after asking, which signs them out at once, changes a role, and reactivates', async () => {
    const lead = await person('Zhao Lei', 'zhao.lei@relay.test', 'TEAM_LEAD', 'lead-password-123');
    await person('Sun Mei', 'sun.mei@relay.test', 'ORGANIZER', 'organizer-password-1');
    const leadPage = await journey.organizerPage({ who: lead, screen: TABLET });

    const page = await journey.organizerPage();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    const users = page.getByTestId('users');
    const row = (email: string) => users.getByRole('row').filter({ hasText: email });
    await row(lead.email).getByText(/^Active since/).waitFor();
    // The admin's own row offers nothing: nobody deactivates themselves.
    await expect(row(ADMIN.ADMIN_EMAIL).getByRole('button', { name: /^Actions for/ }).count()).resolves.toBe(0);

    // Deactivating asks first; cancelling changes nothing.
    await page.getByRole('button', { name: 'Actions for Zhao Lei' }).click();
    await page.getByRole('menuitem', { name: 'Deactivate' }).click();
    const confirm = page.getByRole('dialog', { name: 'Deactivate Zhao Lei?' });
    await confirm.getByText('signed out at once').waitFor();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(row(lead.email).getByText(/^Active since/).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Actions for Zhao Lei' }).click();
    await page.getByRole('menuitem', { name: 'Deactivate' }).click();
    await page.getByRole('dialog', { name: 'Deactivate Zhao Lei?' }).getByRole('button', { name: 'Deactivate' }).click();
    await row(lead.email).getByText(/^Deactivated on/).waitFor();
    await screenshot(page, 'organizer-accounts-people');

    // The team lead's open page has no session any more, and the password no longer opens one.
    await signedOut(leadPage);
    await leadPage.getByLabel(/E-mail/).fill(lead.email);
    await leadPage.getByLabel(/^Password/).fill(lead.password);
    await leadPage.getByRole('button', { name: 'Log in' }).click();
    await leadPage.getByText('The e-mail or password is not right.').waitFor();

    // An admin changes the organizer's role.
    await page.getByRole('button', { name: 'Actions for Sun Mei' }).click();
    await page.getByRole('menuitem', { name: 'Change the role' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change the role of Sun Mei' });
    await dialog.getByText('signed out everywhere').waitFor();
    await dialog.getByRole('combobox', { name: 'New role' }).click();
    await page.getByRole('option', { name: 'Team lead' }).click();
    await dialog.getByRole('button', { name: 'Change the role' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(row('sun.mei@relay.test').getByRole('cell', { name: 'Team lead', exact: true }).count()).resolves.toBe(1);

    // Reactivated, the team lead logs in with the same password.
    await page.getByRole('button', { name: 'Actions for Zhao Lei' }).click();
    await page.getByRole('menuitem', { name: 'Reactivate' }).click();
    await page.getByRole('dialog', { name: 'Reactivate Zhao Lei?' }).getByRole('button', { name: 'Reactivate' }).click();
    await row(lead.email).getByText(/^Active since/).waitFor();
    await leadPage.getByRole('button', { name: 'Log in' }).click();
    await leadPage.waitForURL(/\/my-teams$/);
  });

  it('changes one’s own password with field errors in the person’s language, signing out every other device', async () => {
    const lead = await person('Qian Hui', 'qian.hui@relay.test', 'TEAM_LEAD', 'lead-password-456');
    const tablet = await journey.organizerPage({ who: lead, screen: TABLET });
    const page = await journey.organizerPage({ who: lead });

    await page.getByRole('link', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'Change your password' }).waitFor();
    const current = page.getByLabel(/^Current password/);
    const fresh = page.getByLabel(/^New password/);
    const repeat = page.getByLabel(/^Repeat the new password/);
    const submit = page.getByRole('button', { name: 'Change the password' });

    // The form's own checks, then the API's, each beside its field.
    await current.fill('not-my-password');
    await fresh.fill('short');
    await repeat.fill('shorter');
    await submit.click();
    await page.getByText('Use at least 10 characters.').waitFor();
    await page.getByText('The two passwords are not the same.').waitFor();
    await fresh.fill('a-new-lead-password');
    await repeat.fill('a-new-lead-password');
    await submit.click();
    await page.getByText('This is not your current password.').waitFor();
    await screenshot(page, 'organizer-accounts-change-password-error');

    await current.fill(lead.password);
    await submit.click();
    await page.getByRole('status').filter({ hasText: 'Your password is changed.' }).waitFor();
    await expect(current.inputValue()).resolves.toBe('');

    // This tab carries on with its new session; the tablet was signed out.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My teams' }).click();
    await page.waitForURL(/\/my-teams$/);
    await page.reload();
    await page.getByRole('link', { name: 'Change password' }).waitFor();
    await signedOut(tablet);

    // The owner is told, without a link.
    const notice = await journey.inbox!.mailTo(lead.email, /password was changed/);
    expect(notice.subject).toBe('Your Life Relay password was changed');
    expect(notice.text).not.toMatch(/https?:\/\/|token=/);

    // In Chinese, the API's field error comes in Chinese.
    const zh = await journey.organizerPage({ who: { email: lead.email, password: 'a-new-lead-password' }, locale: 'zh-CN' });
    await zh.getByRole('link', { name: '修改密码' }).click();
    await zh.getByLabel(/^当前密码/).fill('not-my-password');
    await zh.getByLabel(/^新密码/).fill('another-password-1');
    await zh.getByLabel(/^再次输入新密码/).fill('another-password-1');
    await zh.getByRole('button', { name: '修改密码' }).click();
    await zh.getByText('当前密码不正确。').waitFor();
    await screenshot(zh, 'organizer-accounts-change-password-zh');
  });
});
