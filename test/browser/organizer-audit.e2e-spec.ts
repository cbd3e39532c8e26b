// The admins' audit log: what an organizer did with volunteers' personal data (the sign-up list,
// the spreadsheet, a call-out) shows up for the admin with who, what and from where, filtered by
// action and person, older events a "Load more" away; organizers neither see the page in their
// menu nor open it. In Debian's Chromium against the built platform, in English and Chinese.
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { signUpDirectly } from '../support/public-drive';

const SIGN_UPS = `query($id: ID!) { signUps(driveId: $id) { totalCount } }`;

describe('the admins’ audit log', () => {
  const journey = useJourney('audit');
  const organizer = { email: 'li.na@bloodcentre.test', password: 'organizer-password-1', token: '' };

  /** Calls the API as the organizer, failing on any error. */
  async function asOrganizer(query: string, variables: Record<string, unknown> = {}) {
    const answer = await journey.platform.gql(query, variables, organizer.token);
    if (answer.errors?.length) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  }

  beforeAll(async () => {
    const { inviteUser } = await journey.organizer.ok(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`, {
      input: { email: organizer.email, name: 'Li Na', role: 'ORGANIZER' },
    });
    const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
    const set = await journey.platform.gql(`mutation($t: String!, $p: String!) { setPassword(input: { token: $t, password: $p }) { token } }`, {
      t: token,
      p: organizer.password,
    });
    organizer.token = set.data.setPassword.token;
  });

  it('shows the admin what an organizer read, exported and sent, filtered by action and person, older events on demand', async () => {
    const drive = await journey.organizer.drive('Dec 5 Volunteer Day', [30]);
    await signUpDirectly(journey.platform, drive, { name: 'Zhang Wei' });
    // More reads than one page holds (50), then the spreadsheet and a call-out.
    for (let i = 0; i < 52; i++) await asOrganizer(SIGN_UPS, { id: drive.id });
    const csv = await fetch(`${journey.platform.url}/api/drives/${drive.id}/sign-ups.csv`, { headers: { authorization: `Bearer ${organizer.token}` } });
    expect(csv.status).toBe(200);
    await csv.arrayBuffer();
    await asOrganizer(`mutation($input: CallOutInput!) { sendCallOut(input: $input) { id } }`, {
      input: { kind: 'WHOLE_BLOOD', bloodTypes: ['O_NEG'], message: 'RhD-negative donors needed today at the city hospital.' },
    });

    const page = await journey.organizerPage();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL(/\/audit$/);
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    const table = page.getByTestId('audit-events');
    const rows = table.locator('tbody tr');
    // Newest first: the call-out, then the spreadsheet, by the organizer, with where it came from.
    await expect(rows.nth(0).textContent()).resolves.toMatch(/Call-out sent.*O_NEG/);
    const exported = rows.nth(1);
    await expect(exported.textContent()).resolves.toContain('Personal data exported');
    await expect(exported.textContent()).resolves.toContain(organizer.email);
    await expect(exported.textContent()).resolves.toMatch(/Organizer.*Drive.*rows: 1.*127\.0\.0\.1/);
    // Ids and counts only: nobody's name is in the log.
    await expect(table.textContent()).resolves.not.toContain('Zhang Wei');
    await screenshot(page, 'organizer-audit-log');

    // One action: the spreadsheet only.
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Personal data exported' }).click();
    await page.waitForURL(/action=PERSONAL_DATA_EXPORTED/);
    await page.getByText('1 of 1 events').waitFor();
    await expect(rows.count()).resolves.toBe(1);
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Personal data read' }).click();
    await page.getByText('50 of 52 events').waitFor();

    // The organizer's reads: the first page, then the rest below it.
    await page.getByRole('combobox', { name: 'Person' }).fill('li.na');
    await page.getByRole('option', { name: /Li Na/ }).click();
    await page.waitForURL(/actor=/);
    await page.getByText('50 of 52 events').waitFor();
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByText('52 of 52 events').waitFor();
    await expect(rows.count()).resolves.toBe(52);
    await expect(page.getByRole('button', { name: 'Load more' }).count()).resolves.toBe(0);

    // The admin's own reads: none, and a way back to everything.
    await page.getByRole('combobox', { name: 'Person' }).fill('admin@');
    await page.getByRole('option', { name: /admin@relay\.test/ }).click();
    await page.getByText('No events match these filters.').waitFor();
    await page.getByRole('button', { name: 'Show everything' }).click();
    await page.waitForURL(/\/audit$/);
    await expect(rows.nth(0).textContent()).resolves.toContain('Call-out sent');
  });

  it('speaks Chinese', async () => {
    const page = await journey.organizerPage({ locale: 'zh-CN' });
    await page.goto(`${journey.platform.url}/audit?action=PERSONAL_DATA_EXPORTED`);
    await page.getByRole('heading', { name: '审计日志' }).waitFor();
    await expect(page.getByTestId('audit-events').locator('tbody tr').first().textContent()).resolves.toContain('导出个人信息');
  });

  it('is not for organizers: not in their menu, and the page refuses them', async () => {
    const page = await journey.organizerPage({ who: organizer });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Drives' }).waitFor();
    await expect(nav.getByRole('link', { name: 'Audit log' }).count()).resolves.toBe(0);
    await page.goto(`${journey.platform.url}/audit`);
    await page.getByText('Your account cannot open this page.').waitFor();
  });
});
