// The reserve roster in the organizers' app (issue 23): an organizer filters the people of two
// cities by blood group and city with the searchable city picker, sees how each type is known
// (verified at the desk, by whom and when, or self-reported), keeps availability notes and
// exports exactly what is filtered; desk staff neither see the page in their menu nor open it.
// In Debian's Chromium against the built platform.
import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { Credentials, TABLET } from '../support/organizer-app';
import { SeededDrive, signUpDirectly } from '../support/public-drive';

const HOHHOT = 'CN-150100';
const BAOTOU = 'CN-150200';

describe('the reserve roster', () => {
  const journey = useJourney('reserve');
  const desk: Credentials = { email: 'desk@reserve.test', password: 'desk-password-123' };
  let hohhot: SeededDrive;

  const rows = (page: Page) => page.getByTestId('reserve-roster').locator('tbody tr');
  const row = (page: Page, name: string) => rows(page).filter({ hasText: name });
  const names = async (page: Page) => (await rows(page).locator('td:first-child').allTextContents()).map((n) => n.trim());
  /** Waits until the table lists exactly these people (it refetches after a filter changes). */
  async function shows(page: Page, expected: string[]) {
    const until = Date.now() + 10_000;
    let seen = await names(page);
    while (JSON.stringify(seen) !== JSON.stringify(expected) && Date.now() < until) {
      await page.waitForTimeout(100);
      seen = await names(page);
    }
    expect(seen).toEqual(expected);
  }

  beforeAll(async () => {
    hohhot = await journey.organizer.drive('Hohhot bloodmobile day', [30], { input: { regionCode: HOHHOT } });
    const baotou = await journey.organizer.drive('Baotou blood station day', [30], { input: { regionCode: BAOTOU, location: 'Baotou, Steel Street blood station' } });
    await signUpDirectly(journey.platform, hohhot, { name: 'Bao Lin', email: 'bao.lin@imu.test', bloodType: 'O_NEG', callOuts: true });
    await signUpDirectly(journey.platform, baotou, { name: 'Chen Yu', email: 'chen.yu@imu.test', bloodType: 'A_NEG', callOuts: true });
    await signUpDirectly(journey.platform, hohhot, { name: 'Du Mei', email: 'du.mei@imu.test', bloodType: 'O_POS' });
    const { reserveRoster } = await journey.organizer.ok(`query { reserveRoster { id name } }`);
    const bao = reserveRoster.find((r: { name: string }) => r.name === 'Bao Lin');
    await journey.organizer.ok(`mutation($input: VerifyBloodTypeInput!) { verifyBloodType(input: $input) { id } }`, {
      input: { volunteerId: bao.id, bloodType: 'O_NEG', phenotypes: ['C-', 'e+'] },
    });
    const { inviteUser } = await journey.organizer.ok(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`, {
      input: { email: desk.email, name: 'Desk One', role: 'DESK', deskDriveIds: [hohhot.id] },
    });
    const token = decodeURIComponent(new URL(inviteUser.setPasswordUrl).hash.replace('#token=', ''));
    await journey.organizer.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: desk.password } });
  });

  it('filters across two cities by group and city, shows how each type is known, keeps notes, and exports what is filtered', async () => {
    const page = await journey.organizerPage();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reserve roster' }).click();
    await page.waitForURL(/\/reserve$/);
    await shows(page, ['Bao Lin', 'Chen Yu', 'Du Mei']);
    // Verified by the desk (who and when), with the phenotypes; the others as the person said.
    await expect(row(page, 'Bao Lin').getByTestId('blood-type-cell').textContent()).resolves.toMatch(/^O−C- e\+Verified at the desk · .+, .*\d/);
    await expect(row(page, 'Chen Yu').getByTestId('blood-type-cell').textContent()).resolves.toBe('A−Self-reported');

    // RhD-negative: one in each city.
    await page.getByRole('combobox', { name: 'Blood types' }).click();
    await page.getByRole('option', { name: 'O−', exact: true }).click();
    await page.getByRole('option', { name: 'A−', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/types=O_NEG%2CA_NEG|types=O_NEG,A_NEG/);
    await shows(page, ['Bao Lin', 'Chen Yu']);

    // The city picker is searchable, as on the drive form: Baotou, then Hohhot.
    const city = page.getByRole('combobox', { name: 'City' });
    await city.fill('Baot');
    await page.getByRole('option', { name: 'Baotou 包头市' }).click();
    await page.waitForURL(new RegExp(`city=${BAOTOU}`));
    await shows(page, ['Chen Yu']);
    await city.fill('Hohh');
    await page.getByRole('option', { name: 'Hohhot 呼和浩特市' }).click();
    await page.waitForURL(new RegExp(`city=${HOHHOT}`));
    await shows(page, ['Bao Lin']);
    // The address reproduces the view.
    await page.reload();
    await shows(page, ['Bao Lin']);

    await page.getByRole('button', { name: 'Edit availability notes for Bao Lin' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit availability notes for Bao Lin' });
    await dialog.getByRole('textbox', { name: 'When Bao Lin can come' }).fill('Evenings only, not in exam weeks');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(row(page, 'Bao Lin').getByTestId('availability-notes').textContent()).resolves.toBe('Evenings only, not in exam weeks');
    await screenshot(page, 'organizer-reserve-roster');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^reserve-roster-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^name,email,phone,bloodType,bloodTypeVerified,bloodTypeSource/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Bao Lin,bao\.lin@imu\.test,.*O_NEG,yes,DESK,.*C- e\+,,"Xinhua Square bloodmobile, Hohhot",.*"Evenings only, not in exam weeks"$/);

    // The export is in the audit log, with its row count.
    const { auditEvents } = await journey.organizer.ok(`query { auditEvents(first: 5, action: PERSONAL_DATA_EXPORTED) { edges { node { details } } } }`);
    expect(JSON.parse(auditEvents.edges[0].node.details)).toMatchObject({ reserveRoster: true, rows: 1 });
  });

  it('lets the desk verify the type of a person on its drive from a typing card, with phenotypes', async () => {
    const page = await journey.organizerPage({ who: desk, screen: TABLET });
    await page.goto(`${journey.platform.url}/drives/${hohhot.id}/check-in`);
    const search = page.getByRole('textbox', { name: 'Find a person' });
    await search.fill('Du Mei');
    await search.press('Enter');
    const card = page.getByRole('article', { name: 'Du Mei' });
    await card.getByRole('button', { name: 'Verify blood type · Du Mei' }).click();
    const dialog = page.getByRole('dialog', { name: 'Verify the blood type of Du Mei' });
    // The type the person reported is proposed; the card says O− after all.
    await expect(dialog.getByRole('combobox', { name: /^Blood type \(ABO\/RhD\)/ }).inputValue()).resolves.toBe('O+');
    await dialog.getByRole('combobox', { name: /^Blood type \(ABO\/RhD\)/ }).click();
    await page.getByRole('option', { name: 'O−', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Antigen K', exact: true }).click();
    await page.getByRole('option', { name: 'Negative (−)' }).click();
    await screenshot(page, 'organizer-desk-verify-blood-type-tablet');
    await dialog.getByRole('button', { name: 'Verify' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText('O RhD−').waitFor();

    const { reserveRoster } = await journey.organizer.ok(`query { reserveRoster { name bloodType bloodTypeSource bloodTypeVerifiedBy phenotypes } }`);
    expect(reserveRoster.find((r: { name: string }) => r.name === 'Du Mei')).toEqual({ name: 'Du Mei', bloodType: 'O_NEG', bloodTypeSource: 'DESK', bloodTypeVerifiedBy: 'Desk One', phenotypes: ['K-'] });
  });

  it('imports the blood service’s file: a preview with the rows it leaves out and why, then the types recorded as verified by the blood service', async () => {
    const page = await journey.organizerPage();
    await page.goto(`${journey.platform.url}/reserve`);
    await shows(page, ['Bao Lin', 'Chen Yu', 'Du Mei']);
    await page.getByRole('button', { name: 'Import from the blood service' }).click();
    const dialog = page.getByRole('dialog', { name: 'Verified blood types from the blood service' });
    const file = ['phone,email,ABO/RhD,phenotypes,donatedOn', ',chen.yu@imu.test,A-,C+ e-,', ',nobody@imu.test,O-,,', ',du.mei@imu.test,X+,,'].join('\n');
    await dialog.locator('input[type=file]').setInputFiles({ name: 'blood-service.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await dialog.getByTestId('import-rows').getByText('Chen Yu').waitFor();
    const refused = dialog.getByTestId('import-refused');
    await expect(refused.locator('tbody tr').count()).resolves.toBe(2);
    await expect(refused.locator('tbody tr').nth(0).textContent()).resolves.toBe('3emailNobody who signed up for your drives has this e-mail address or phone number.');
    await expect(refused.locator('tbody tr').nth(1).textContent()).resolves.toBe('4bloodTypeThis value is not valid.');
    await screenshot(page, 'organizer-reserve-import-preview');
    await dialog.getByRole('button', { name: 'Record 1 verified type' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(row(page, 'Chen Yu').getByTestId('blood-type-cell').textContent()).resolves.toMatch(/^A−C\+ e-Verified by the blood service · /);
  });

  it('is not in the desk’s menu, and the desk cannot open it', async () => {
    const page = await journey.organizerPage({ who: desk });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check-in desks' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reserve roster' }).count()).resolves.toBe(0);
    await page.goto(`${journey.platform.url}/reserve`);
    await page.getByText('Your account cannot open this page.', { exact: false }).waitFor();
    await expect(page.getByTestId('reserve-roster').count()).resolves.toBe(0);
  });
});
