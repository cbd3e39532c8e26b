// The organizers' app read by everyone who uses it: axe finds nothing on any page (as the admin,
// the desk and a team lead, in English and Chinese), a sign-up's status is never cut short, and
// signing in from /login shows the start page without a reload. Against the built platform, with
// a drive whose sign-ups are in every state so the tables and charts have something to draw.
import AxeBuilder from '@axe-core/playwright';
import { Page } from 'playwright-core';
import { useJourney } from '../support/journey';
import { Credentials, LAPTOP, TABLET } from '../support/organizer-app';
import { ADMIN, SeededDrive, signUpDirectly } from '../support/public-drive';

/** Every WCAG 2.x A and AA rule axe knows, and its best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const STATUSES = ['REGISTERED', 'WAITLISTED', 'CHECKED_IN', 'DONATED', 'DEFERRED', 'NO_SHOW', 'CANCELLED'] as const;

/** Waits until the page has its data: no request for half a second and no loading notice. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[role="status"] .mantine-Loader-root, [aria-busy="true"]'));
  // Mantine's transitions (a drawer sliding in, a chart growing) end within 400 ms.
  await page.waitForTimeout(500);
}

/**
 * axe's findings on the page as it is, one line per rule with the elements it found. On a page
 * without frames, axe.run in the page (the builder's "legacy mode") checks exactly what its
 * default does (axe.runPartial in each frame, then axe.finishRun in a blank page it opens for the
 * purpose) without opening a page per check (a second or more each here); a page with a frame (the
 * mail template's sandboxed preview) keeps the default, which reaches into frames of any origin.
 */
async function violations(page: Page): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  if (page.frames().length === 1) builder.setLegacyMode();
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the organizers’ app, read by everyone', () => {
  const journey = useJourney('clarity');
  let drive: SeededDrive;
  let teamId = '';
  const lead: Credentials = { email: 'zhou.min@imu.test', password: 'lead-password-123' };
  const desk: Credentials = { email: 'desk@imu.test', password: 'desk-password-123' };

  async function account(name: string, email: string, role: 'TEAM_LEAD' | 'DESK', password: string, extra: Record<string, unknown> = {}) {
    const { inviteUser } = await journey.organizer.ok(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl user { id } } }`, {
      input: { email, name, role, ...extra },
    });
    const token = decodeURIComponent(new URL(inviteUser.setPasswordUrl).hash.replace('#token=', ''));
    await journey.organizer.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password } });
    return inviteUser.user.id as string;
  }

  async function outcome(email: string, input: Record<string, unknown>) {
    const { signUps } = await journey.organizer.ok(`query($id: ID!, $s: String) { signUps(driveId: $id, search: $s) { edges { node { id } } } }`, { id: drive.id, s: email });
    const id = signUps.edges[0].node.id;
    if (input.status === 'CHECKED_IN') return journey.organizer.ok(`mutation($id: ID!) { checkIn(signUpId: $id) { id } }`, { id });
    // The drive is ahead: recorded as paper forms typed in early would be.
    return journey.organizer.ok(`mutation($id: ID!, $input: OutcomeInput!) { recordOutcome(signUpId: $id, input: $input) { id } }`, { id, input: { ...input, outsideDriveDays: true } });
  }

  beforeAll(async () => {
    // The second shift has one place, so the next person waits.
    drive = await journey.organizer.publishedDrive('Dec 5 International Volunteer Day blood drive', [30, 1]);
    const team = await journey.organizer.team('Nursing Heroes', 'Inner Mongolia Medical University');
    teamId = team.id;
    const other = await journey.organizer.team('Riders Club', 'Inner Mongolia University');
    const person = (n: number, extra: Record<string, unknown> = {}) =>
      signUpDirectly(journey.platform, drive, { name: `Volunteer ${n}`, email: `v${n}@imu.test`, teamCode: n % 2 ? team.code : other.code, ...extra });
    for (let n = 1; n <= 6; n++) await person(n);
    await person(7, { shiftId: drive.shifts[1] });
    await person(8, { shiftId: drive.shifts[1] }); // waitlisted
    const leaving = await person(9);
    await journey.platform.gql(`mutation($t: String!) { cancelSignUp(manageToken: $t) { status } }`, { t: leaving.manageToken });
    await outcome('v2@imu.test', { status: 'CHECKED_IN' });
    await outcome('v3@imu.test', { status: 'CHECKED_IN' });
    await outcome('v3@imu.test', { status: 'DONATED', volumeMl: 400 });
    await outcome('v4@imu.test', { status: 'CHECKED_IN' });
    await outcome('v4@imu.test', { status: 'DEFERRED', deferralReason: 'Low haemoglobin', retryOn: '2031-01-05' });
    await outcome('v5@imu.test', { status: 'NO_SHOW' });

    const leadId = await account('Zhou Min', lead.email, 'TEAM_LEAD', lead.password);
    await journey.organizer.ok(`mutation($t: ID!, $u: ID!) { assignTeamLead(teamId: $t, userId: $u) { id } }`, { t: team.id, u: leadId });
    // A co-lead, so that the lead's page lists its leads with their remove buttons.
    const coLeadId = await account('Li Wei', 'li.wei@imu.test', 'TEAM_LEAD', 'co-lead-password-123');
    await journey.organizer.ok(`mutation($t: ID!, $u: ID!) { assignTeamLead(teamId: $t, userId: $u) { id } }`, { t: team.id, u: coLeadId });
    await account('Desk One', desk.email, 'DESK', desk.password, { deskDriveIds: [drive.id] });
  });

  it('signs in from /login and shows the start page without a reload, again after logging out', async () => {
    const page = await journey.page(LAPTOP);
    await page.goto(`${journey.platform.url}/login`);
    for (let round = 0; round < 2; round++) {
      await page.getByLabel('E-mail').fill(ADMIN.ADMIN_EMAIL);
      await page.getByLabel(/^Password/).fill(ADMIN.ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.waitForURL(/\/drives$/);
      // The start page's content, not only its address: the list of drives with the seeded one.
      await page.getByRole('heading', { level: 1, name: 'Drives' }).waitFor({ timeout: 10_000 });
      await page.getByRole('link', { name: drive.title }).first().waitFor({ timeout: 10_000 });
      await page.getByRole('button', { name: 'Log out' }).click();
      await page.getByRole('button', { name: 'Log in' }).waitFor();
      await page.goto(`${journey.platform.url}/login`);
    }
  });

  it.each(['en-US', 'zh-CN'])('shows every sign-up status in full in the table (%s)', async (locale) => {
    const page = await journey.organizerPage({ locale });
    await page.goto(`${journey.platform.url}/drives/${drive.id}/sign-ups`);
    const badges = page.getByTestId('sign-ups-table').locator('.mantine-Badge-root');
    await badges.nth(8).waitFor();
    const shown = await badges.evaluateAll((elements) =>
      elements.map((badge) => {
        const label = badge.querySelector<HTMLElement>('.mantine-Badge-label') ?? (badge as HTMLElement);
        return { text: label.textContent, cut: label.scrollWidth > label.clientWidth || badge.scrollWidth > badge.clientWidth };
      }),
    );
    expect(new Set(shown.map((b) => b.text)).size).toBe(STATUSES.length);
    expect(shown.filter((b) => b.cut)).toEqual([]);
  });

  describe.each([
    {
      locale: 'en-US',
      words: { message: 'Message sign-ups', import: 'Import CSV', newTeam: 'New team', bloodServiceImport: 'Import from the blood service', find: 'Find a person', verify: 'Verify blood type · Volunteer 1' },
    },
    { locale: 'zh-CN', words: { message: '给报名者发消息', import: '导入 CSV', newTeam: '新建团队', bloodServiceImport: '从血站导入', find: '查找报名者', verify: '核实血型 · Volunteer 1' } },
  ])('axe finds nothing ($locale)', ({ locale, words }) => {
    /** axe's findings by page (none is the goal), gathered so one run names every page that has any. */
    let found: Record<string, string[]>;
    const check = async (page: Page, name: string) => {
      await settled(page);
      const problems = await violations(page);
      if (problems.length) found[name] = problems;
    };
    beforeEach(() => {
      found = {};
    });

    it('on every organizer and admin page, and the login page', async () => {
      const login = await journey.page({ ...LAPTOP, locale });
      await login.goto(`${journey.platform.url}/login`);
      await check(login, '/login');

      const admin = await journey.organizerPage({ locale });
      const pages = [
        '/drives',
        '/drives/new',
        `/drives/${drive.id}`,
        `/drives/${drive.id}/edit`,
        `/drives/${drive.id}/sign-ups`,
        `/drives/${drive.id}/check-in`,
        '/teams',
        `/teams/${teamId}`,
        '/messages',
        '/reserve',
        '/users',
        '/privacy',
        '/eligibility',
        '/organizations',
        '/account/password',
        '/audit',
      ];
      // Contrast, names and landmarks do not change with the language: in Chinese, the pages with
      // the most text, tables and charts are read again (what wraps differently), to keep the run short.
      const inChinese = [`/drives/${drive.id}`, `/drives/${drive.id}/sign-ups`, '/messages', '/reserve', '/audit', '/users'];
      for (const path of locale === 'zh-CN' ? inChinese : pages) {
        await admin.goto(`${journey.platform.url}${path}`);
        await check(admin, path);
      }
      expect(found).toEqual({});
    }, 300_000);

    it('in the dialogs: a person’s drawer, the message to sign-ups, the import (with a file), a new team and the blood service’s import (with a file’s preview)', async () => {
      const admin = await journey.organizerPage({ locale });
      await admin.goto(`${journey.platform.url}/drives/${drive.id}/sign-ups`);
      await settled(admin);
      await admin.getByTestId('sign-ups-table').getByRole('button').first().click();
      await admin.getByRole('dialog').waitFor();
      await check(admin, 'sign-up drawer');
      await admin.keyboard.press('Escape');
      await admin.getByRole('dialog').waitFor({ state: 'hidden' });

      for (const [button, name] of [
        [words.message, 'message sign-ups dialog'],
        [words.import, 'import dialog'],
      ]) {
        await admin.getByRole('button', { name: button }).click();
        await admin.getByRole('dialog').waitFor();
        await check(admin, name);
        if (button === words.import) {
          // With a file chosen (its clear button shows) and checked.
          const file = ['name,email,phone,shift', 'Wang Fang,wang.fang@imu.test,,'].join('\n');
          await admin.getByRole('dialog').locator('input[type=file]').setInputFiles({ name: 'sign-ups.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
          await check(admin, 'import dialog with a file');
        }
        await admin.keyboard.press('Escape');
        await admin.getByRole('dialog').waitFor({ state: 'hidden' });
      }

      await admin.goto(`${journey.platform.url}/teams`);
      await settled(admin);
      await admin.getByRole('button', { name: words.newTeam }).first().click();
      await admin.getByRole('dialog').waitFor();
      await check(admin, 'new team dialog');
      await admin.keyboard.press('Escape');
      await admin.getByRole('dialog').waitFor({ state: 'hidden' });

      await admin.goto(`${journey.platform.url}/reserve`);
      await settled(admin);
      await admin.getByRole('button', { name: words.bloodServiceImport }).click();
      const importDialog = admin.getByRole('dialog');
      await importDialog.waitFor();
      await check(admin, 'blood service import dialog');
      // With a file's preview shown: a row it would record and one it leaves out, with why.
      const file = ['phone,email,ABO/RhD,phenotypes,donatedOn', ',v1@imu.test,O-,C+ e-,', ',nobody@imu.test,A-,,'].join('\n');
      await importDialog.locator('input[type=file]').setInputFiles({ name: 'blood-service.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
      await importDialog.getByTestId('import-rows').getByText('Volunteer 1').waitFor();
      await importDialog.getByTestId('import-refused').locator('tbody tr').first().waitFor();
      await check(admin, 'blood service import dialog with a preview');
      expect(found).toEqual({});
    }, 300_000);

    it('on the desk’s pages (with its “Verify blood type” dialog open) as desk staff and the team lead’s board as a team lead', async () => {
      const deskPage = await journey.organizerPage({ who: desk, screen: TABLET, locale });
      await check(deskPage, '/desk');
      await deskPage.goto(`${journey.platform.url}/drives/${drive.id}/check-in`);
      await check(deskPage, 'desk: check-in');
      // The desk's "Verify blood type" dialog, open on a person found by name.
      const search = deskPage.getByRole('textbox', { name: words.find });
      await search.fill('Volunteer 1');
      await search.press('Enter');
      await deskPage.getByRole('button', { name: words.verify }).click();
      await deskPage.getByRole('dialog').waitFor();
      await check(deskPage, 'desk: verify blood type dialog');

      const leadPage = await journey.organizerPage({ who: lead, locale });
      await check(leadPage, '/my-teams');
      await leadPage.goto(`${journey.platform.url}/my-teams/${teamId}`);
      await leadPage.getByTestId('co-leads').getByText('Li Wei').waitFor();
      await check(leadPage, '/my-teams/:id');
      expect(found).toEqual({});
    }, 300_000);
  });
});
