// Teams, colleges and people in the organizers' app, and the team leads' own pages: creating a
// team (with its errors), its share link and QR code (PNG and poster), leads and invitations, and
// what a team lead sees, in Debian's Chromium against the built platform.
import { readFileSync } from 'fs';
import { PHONE, screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { LAPTOP, TABLET } from '../support/organizer-app';
import { ADMIN, SeededDrive, signUpDirectly } from '../support/public-drive';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('the organizers’ teams, people, and the team leads’ pages', () => {
  const journey = useJourney('teams', { RATE_LIMIT_LOGIN: '200' });
  let drive: SeededDrive;

  beforeAll(async () => {
    // Several people log in through the form in this file.
    drive = await journey.organizer.publishedDrive('Dec 5 International Volunteer Day blood drive', [30, 30]);
  });

  async function logInAs(email: string, password: string, screen: typeof LAPTOP | typeof TABLET = LAPTOP) {
    const page = await journey.organizerPage({ who: { email, password }, screen, acceptDownloads: true });
    return { context: page.context(), page };
  }

  it('creates a team with a new college, shows its share link and QR code, and finds it by code', async () => {
    const { context, page } = await logInAs(ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams & colleges' }).click();
    await page.getByText('No teams yet').waitFor();

    await page.getByRole('button', { name: 'New team' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New team' });
    await dialog.getByRole('button', { name: 'Create the team' }).click();
    await dialog.getByText('Enter the team\u2019s name.').or(dialog.getByText("Enter the team's name.")).waitFor();
    await dialog.getByText('Enter the college.').waitFor();
    // The API's own field error, beside its field: a name far too long.
    await dialog.getByLabel(/^Team name/).fill('M'.repeat(300));
    await dialog.getByLabel(/^College/).fill('Peking Union Medical College');
    await dialog.getByRole('button', { name: 'Create the team' }).click();
    await dialog.getByText(/at most \d+ characters/).waitFor();

    await dialog.getByLabel(/^Team name/).fill('Medics for Life');
    await dialog.getByRole('button', { name: 'Create the team' }).click();
    await page.getByRole('heading', { name: 'Medics for Life', level: 1 }).waitFor();
    const code = (await page.getByLabel(/^Team code/).textContent())!.trim();
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);

    const link = page.getByTestId('share-link');
    await expect(link.inputValue()).resolves.toBe(`${journey.platform.url}/d/${drive.slug}?team=${code}`);
    await page.getByRole('radiogroup', { name: 'Where the link is shared' }).locator('label', { hasText: /^Chat$/ }).click();
    await expect(link.inputValue()).resolves.toBe(`${journey.platform.url}/d/${drive.slug}?team=${code}&source=chat`);
    await page.getByRole('img', { name: /QR code: Medics for Life/ }).waitFor();
    await screenshot(page, 'organizer-teams-team-page');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PNG' }).click()]);
    expect(download.suggestedFilename()).toBe(`medics-for-life-${drive.slug}-qr.png`);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1000); // width from the IHDR chunk: sharp on paper

    // On paper only the poster is printed: drive, team, the QR code and the short link.
    await page.emulateMedia({ media: 'print' });
    const poster = page.getByTestId('team-poster');
    await expect(poster.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(false);
    expect(await poster.textContent()).toContain(`Team code ${code}`);
    expect(await poster.textContent()).toContain(`/d/${drive.slug}?team=${code}&source=poster`);
    await screenshot(page, 'organizer-teams-poster');
    await page.emulateMedia({ media: 'screen' });

    // The link opens the public form with the team named.
    const phone = await journey.browser.newPage({ ...PHONE, locale: 'en-US' });
    await phone.goto(await link.inputValue());
    await phone.getByText('You are joining with').waitFor();
    expect(await phone.getByText('You are joining with').textContent()).toContain('Medics for Life');
    await phone.close();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams & colleges' }).click();
    await journey.organizer.team('Blood Brothers', 'Tsinghua University');
    await page.reload();
    await page.getByRole('link', { name: 'Blood Brothers' }).waitFor();
    await page.getByLabel('Search').fill(code.toLowerCase());
    await page.getByRole('link', { name: 'Blood Brothers' }).waitFor({ state: 'detached' });
    await expect(page.getByTestId('teams').getByRole('row').count()).resolves.toBe(2); // the header and Medics for Life
    await page.getByLabel('Search').fill('no such team');
    await page.getByText('No team matches').waitFor();
    await page.getByLabel('Search').fill('');
    await screenshot(page, 'organizer-teams-list');
    await context.close();
  });

  it('invites a team lead from the team page, assigns and removes leads, and offers only the roles one may give', async () => {
    const team = await journey.organizer.team('Red Cross Society of Fudan', 'Fudan University');
    const { context, page } = await logInAs(ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD, TABLET);
    await page.goto(`${journey.platform.url}/teams/${team.id}`);
    await page.getByText('Nobody leads this team yet.').waitFor();

    await page.getByRole('button', { name: 'Invite a new team lead' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a team lead for this team' });
    await dialog.getByLabel(/^Name/).fill('Chen Jing');
    await dialog.getByLabel(/^E-mail/).fill('not-an-address');
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    await dialog.getByText('Enter a valid e-mail address.').waitFor();
    await dialog.getByLabel(/^E-mail/).fill('chen.jing@fudan.test');
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();

    const invitation = page.getByTestId('invitation-link');
    await invitation.waitFor();
    expect(await invitation.inputValue()).toMatch(/\/set-password#token=[\w-]{20,}$/);
    await page.getByRole('button', { name: 'Remove Chen Jing as lead' }).waitFor();
    await screenshot(page, 'organizer-teams-leads-tablet');

    // Removing asks first; cancelling keeps the lead.
    await page.getByRole('button', { name: 'Remove Chen Jing as lead' }).click();
    await page.getByRole('dialog', { name: 'Remove Chen Jing as lead?' }).getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('chen.jing@fudan.test').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Remove Chen Jing as lead' }).click();
    await page.getByRole('dialog', { name: 'Remove Chen Jing as lead?' }).getByRole('button', { name: 'Remove' }).click();
    await page.getByText('Nobody leads this team yet.').waitFor();

    // An existing account can be assigned again.
    await page.getByRole('combobox', { name: 'Add a team lead' }).click();
    await page.getByRole('option', { name: /Chen Jing/ }).click();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: 'Remove Chen Jing as lead' }).waitFor();

    // People: an admin may invite organizers.
    await page.goto(`${journey.platform.url}/users`);
    const users = page.getByTestId('users');
    await users.getByText('chen.jing@fudan.test').waitFor();
    expect(await users.getByRole('row').filter({ hasText: 'chen.jing@fudan.test' }).textContent()).toContain('Invited, no password yet');
    await page.getByRole('button', { name: 'Invite someone' }).click();
    const invite = page.getByRole('dialog', { name: 'Invite someone' });
    await invite.getByLabel(/^Name/).fill('Li Wei');
    await invite.getByLabel(/^E-mail/).fill('li.wei@relay.test');
    await invite.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Organizer' }).click();
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    const link = await page.getByTestId('invitation-link').inputValue();
    await screenshot(page, 'organizer-teams-people');
    await context.close();

    // The new organizer sets a password and may invite team leads and desk staff only.
    const token = decodeURIComponent(new URL(link).hash.replace('#token=', ''));
    await journey.organizer.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'organizer-password-1' } });
    const asOrganizer = await logInAs('li.wei@relay.test', 'organizer-password-1');
    await asOrganizer.page.goto(`${journey.platform.url}/users`);
    await asOrganizer.page.getByRole('button', { name: 'Invite someone' }).click();
    const role = asOrganizer.page.getByRole('dialog', { name: 'Invite someone' }).getByRole('combobox', { name: 'Role' });
    await expect(role.inputValue()).resolves.toBe('Team lead');
    await role.click();
    await expect(asOrganizer.page.getByRole('option').allTextContents()).resolves.toEqual(['Team lead', 'Desk staff']);
    await asOrganizer.page.getByText('only an admin can invite organizers and viewers').waitFor();
    await asOrganizer.context.close();
  });

  it('shows a team lead their team’s standing, share link and members’ names only', async () => {
    const team = await journey.organizer.team('Lifeblood Society', 'Zhejiang University');
    const rival = await journey.organizer.team('Hearts of Gold', 'Zhejiang University');
    const { inviteUser } = await journey.organizer.ok(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl user { id } } }`, {
      input: { email: 'zhou.min@zju.test', name: 'Zhou Min', role: 'TEAM_LEAD' },
    });
    await journey.organizer.ok(`mutation($t: ID!, $u: ID!) { assignTeamLead(teamId: $t, userId: $u) { id } }`, { t: team.id, u: inviteUser.user.id });
    const token = decodeURIComponent(new URL(inviteUser.setPasswordUrl).hash.replace('#token=', ''));
    await journey.organizer.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'lead-password-123' } });
    await signUpDirectly(journey.platform, drive, { teamCode: team.code, name: 'Sun Li', email: 'sun.li@zju.test' });
    await signUpDirectly(journey.platform, drive, { teamCode: team.code, name: 'Ma Jun', email: 'ma.jun@zju.test' });
    await signUpDirectly(journey.platform, drive, { teamCode: rival.code, name: 'Rival Person', email: 'rival@zju.test' });
    // Sun Li came and the screening deferred her: her lead learns only that she came.
    const { signUps } = await journey.organizer.ok(`query($id: ID!) { signUps(driveId: $id, search: "sun.li@zju.test") { edges { node { id } } } }`, { id: drive.id });
    await journey.organizer.ok(`mutation($id: ID!, $input: OutcomeInput!) { recordOutcome(signUpId: $id, input: $input) { id } }`, {
      id: signUps.edges[0].node.id,
      input: { status: 'DEFERRED', deferralReason: 'Low haemoglobin', retryOn: '2031-01-05', outsideDriveDays: true }, // the drive is ahead: on purpose
    });

    const { context, page } = await logInAs('zhou.min@zju.test', 'lead-password-123', TABLET);
    await page.getByRole('heading', { name: 'Lifeblood Society' }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: drive.title }).textContent()).toContain('#1');
    await screenshot(page, 'organizer-team-lead-my-teams');

    await page.getByRole('link', { name: 'Lifeblood Society' }).click();
    const members = page.getByTestId('members');
    await members.getByText('Sun Li').waitFor();
    expect(await members.textContent()).toContain('Ma Jun');
    expect(await members.textContent()).not.toContain('Rival Person');
    expect(await page.content()).not.toContain('sun.li@zju.test'); // names and attendance, no contact details
    expect(await members.getByRole('row').filter({ hasText: 'Sun Li' }).textContent()).toContain('Came');
    expect(await members.getByRole('row').filter({ hasText: 'Ma Jun' }).textContent()).toContain('Signed up');
    expect(await page.content()).not.toMatch(/Deferred|Checked in|haemoglobin/);
    // One who came without donating is not counted where a lead could read a deferral from it.
    await expect(page.getByTestId('team-came').textContent()).resolves.toBe('0');
    await expect(page.getByTestId('share-link').inputValue()).resolves.toBe(`${journey.platform.url}/d/${drive.slug}?team=${team.code}`);
    await screenshot(page, 'organizer-team-lead-team');

    // Another team's page is not theirs.
    await page.goto(`${journey.platform.url}/my-teams/${rival.id}`);
    await page.getByText('This is not one of your teams.').waitFor();
    await context.close();
  });

  it('gives a new lead their link and QR code before anyone signed up, and lets them invite a co-lead', async () => {
    const team = await journey.organizer.team('Night Owls', 'Zhejiang University');
    const { inviteUser } = await journey.organizer.ok(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl user { id } } }`, {
      input: { email: 'wu.fang@zju.test', name: 'Wu Fang', role: 'TEAM_LEAD' },
    });
    await journey.organizer.ok(`mutation($t: ID!, $u: ID!) { assignTeamLead(teamId: $t, userId: $u) { id } }`, { t: team.id, u: inviteUser.user.id });
    const token = decodeURIComponent(new URL(inviteUser.setPasswordUrl).hash.replace('#token=', ''));
    await journey.organizer.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'lead-password-123' } });

    const { context, page } = await logInAs('wu.fang@zju.test', 'lead-password-123', TABLET);
    await page.getByRole('link', { name: 'Night Owls' }).click();
    await expect(page.getByTestId('share-link').inputValue()).resolves.toBe(`${journey.platform.url}/d/${drive.slug}?team=${team.code}`);
    await page.getByRole('img', { name: /Night Owls/ }).waitFor();
    expect(await page.content()).not.toContain('no published drive');
    await screenshot(page, 'organizer-team-lead-day-one');

    await page.getByRole('button', { name: 'Invite a co-lead' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a co-lead of this team' });
    await dialog.getByLabel(/^Name/).fill('Qian Yu');
    await dialog.getByLabel(/^E-mail/).fill('qian.yu@zju.test');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    const link = await page.getByTestId('invitation-link').inputValue();
    await context.close();

    // The co-lead sets a password and finds the same team, with the same link.
    const coToken = decodeURIComponent(new URL(link).hash.replace('#token=', ''));
    await journey.organizer.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token: coToken, password: 'co-lead-password-123' } });
    const co = await logInAs('qian.yu@zju.test', 'co-lead-password-123', TABLET);
    await co.page.getByRole('link', { name: 'Night Owls' }).click();
    await expect(co.page.getByTestId('share-link').inputValue()).resolves.toBe(`${journey.platform.url}/d/${drive.slug}?team=${team.code}`);
    await co.context.close();
  });
});
