// A drive's sign-ups as organizers work with them: the table with its filters in the address, the
// person's drawer, the CSV export and the checked all-or-none import, and the check-in desk on a
// tablet, in Debian's Chromium against the built platform.
import { readFileSync } from 'fs';
import { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { TABLET } from '../support/organizer-app';
import { SeededDrive, signUpDirectly } from '../support/public-drive';
import { verifyContact } from '../support/sign-up-form';

describe('the organizers’ sign-ups table and check-in desk', () => {
  const journey = useJourney('sign-ups');
  let drive: SeededDrive;
  let team: { id: string; code: string };
  let manageTokenOfZhou: string;

  beforeAll(async () => {
    // Shift 1 at 09:00 has room; shift 2 at 12:00 has one place, so a second person waits.
    drive = await journey.organizer.publishedDrive('Dec 5 Volunteer Day blood drive', [30, 1]);
    team = await journey.organizer.team('Riders Club', 'Inner Mongolia University');
    await signUpDirectly(journey.platform, drive, { name: 'Li Wei', email: 'li.wei@imu.test', phone: '13900001111', teamCode: team.code, source: 'qr' });
    await signUpDirectly(journey.platform, drive, { name: 'Zhao Min', email: 'zhao.min@imu.test', phone: '13900002222', shiftId: drive.shifts[1] });
    await signUpDirectly(journey.platform, drive, { name: 'Sun Li', email: 'sun.li@imu.test', phone: '13900003333', shiftId: drive.shifts[1] });
    const zhou = await signUpDirectly(journey.platform, drive, { name: 'Zhou Jie', email: 'zhou.jie@imu.test', phone: '13900004444' });
    manageTokenOfZhou = zhou.manageToken!;
  });

  const organizerPage = (screen?: typeof TABLET) => journey.organizerPage({ screen });

  const table = (page: Page) => page.getByTestId('sign-ups-table');
  const row = (page: Page, name: string) => table(page).locator('tbody tr').filter({ hasText: name });
  /** Waits until the table says it shows this range (it refetches after a filter changes). */
  const countIs = (page: Page, range: string) => page.getByTestId('sign-ups-count').filter({ hasText: new RegExp(`^${range}$`) }).waitFor();

  async function choose(page: Page, label: string, option: string) {
    await page.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  it('shows a sign-up made through the public form, filters by status and search in the address, and opens the person', async () => {
    const volunteer = await journey.phone('en-US');
    await volunteer.goto(`${journey.platform.url}/d/${drive.slug}?team=${team.code}&source=poster`);
    await verifyContact(volunteer, journey.platform, { phone: '13711112222', email: 'wang.fang@imu.test' });
    await volunteer.getByRole('radio', { name: /09:00/ }).check();
    await volunteer.getByLabel('Full name', { exact: true }).fill('Wang Fang');
    await volunteer.getByLabel('Date of birth', { exact: true }).fill('2004-09-01');
    await volunteer.getByRole('checkbox', { name: /I agree that the organization running this drive stores my name/ }).check();
    await volunteer.getByRole('checkbox', { name: /I separately agree that the organization stores health data about me/ }).check();
    await volunteer.getByRole('button', { name: 'Sign up' }).click();
    await volunteer.getByRole('heading', { level: 1, name: "You're signed up!" }).waitFor();

    const page = await organizerPage();
    await page.goto(`${journey.platform.url}/drives/${drive.id}/sign-ups`);
    await row(page, 'Wang Fang').waitFor();
    await countIs(page, '1–5 of 5');
    const wang = await row(page, 'Wang Fang').textContent();
    expect(wang).toContain('Riders Club');
    expect(wang).toContain('Poster');
    expect(wang).toContain('Registered');
    await expect(row(page, 'Sun Li').textContent()).resolves.toContain('No. 1 on the waitlist');
    await screenshot(page, 'organizer-sign-ups-table');

    await choose(page, 'Status', 'Waitlisted');
    await page.waitForURL(/status=WAITLISTED/);
    await countIs(page, '1–1 of 1');
    await expect(table(page).locator('tbody tr').textContent()).resolves.toContain('Sun Li');
    // The address reproduces the view.
    await page.reload();
    await row(page, 'Sun Li').waitFor();
    await countIs(page, '1–1 of 1');
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await row(page, 'Wang Fang').waitFor();

    await page.getByRole('searchbox', { name: 'Search' }).fill('wang');
    await page.waitForURL(/search=wang/);
    await countIs(page, '1–1 of 1');

    await page.getByRole('button', { name: 'Open Wang Fang' }).click();
    const drawer = page.getByRole('dialog', { name: 'Wang Fang' });
    await drawer.getByText('wang.fang@imu.test').waitFor();
    await drawer.getByText('None yet').waitFor();
    await page.waitForTimeout(300); // the drawer slides in
    await screenshot(page, 'organizer-sign-ups-drawer');
    await drawer.getByRole('button', { name: 'Check in · Wang Fang' }).click();
    await drawer.getByText('Checked in', { exact: true }).first().waitFor();
    await drawer.getByRole('button', { name: 'Donated · Wang Fang' }).waitFor();
    await page.keyboard.press('Escape');
    await expect(row(page, 'Wang Fang').textContent()).resolves.toContain('Checked in');
  });

  it('exports every sign-up as a CSV named after the drive and the day', async () => {
    const page = await organizerPage();
    await page.goto(`${journey.platform.url}/drives/${drive.id}/sign-ups`);
    await row(page, 'Li Wei').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${drive.slug}-sign-ups-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^name,email,phone,birthDate,bloodType,status,shiftStartsAt/);
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l.startsWith('Wang Fang,'))).toContain('CHECKED_IN');
    expect(lines.find((l) => l.startsWith('Sun Li,'))).toContain('WAITLISTED');
  });

  it('checks an import first, refuses a file with a bad row whole, then imports a good one', async () => {
    const page = await organizerPage();
    await page.goto(`${journey.platform.url}/drives/${drive.id}/sign-ups`);
    await row(page, 'Li Wei').waitFor();
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const modal = page.getByRole('dialog', { name: 'Import sign-ups collected on paper' });
    const header = 'name,email,phone,shiftStartsAt,teamCode';
    const bad = [header, `Ma Lin,ma.lin@imu.test,13600001111,${drive.day} 09:00,${team.code}`, `Gao Yan,not-an-email,13600002222,${drive.day} 07:00,`].join('\n');
    await modal.locator('input[type=file]').setInputFiles({ name: 'paper-forms.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const report = modal.getByTestId('import-report');
    await report.waitFor();
    const refused = await report.textContent();
    expect(refused).toContain('email');
    expect(refused).toContain('shiftStartsAt');
    await expect(modal.getByRole('alert').first().textContent()).resolves.toContain('1 row needs fixing');
    await expect(modal.getByRole('button', { name: 'Import', exact: true }).isDisabled()).resolves.toBe(true);
    await screenshot(page, 'organizer-sign-ups-import-report');

    // Nothing of the file was written, not even its good row.
    const before = await journey.organizer.ok(`query($id: ID!) { signUps(driveId: $id, search: "Ma Lin") { totalCount } }`, { id: drive.id });
    expect(before.signUps.totalCount).toBe(0);

    await modal.getByRole('tab', { name: 'Paste' }).click();
    const good = [header, `Ma Lin,ma.lin@imu.test,13600001111,${drive.day} 09:00,${team.code}`, `Gao Yan,gao.yan@imu.test,13600002222,${drive.day} 09:00,`].join('\n');
    await modal.getByLabel('CSV text').fill(good);
    await modal.getByRole('button', { name: 'Check', exact: true }).click();
    await modal.getByText('The check found no problem: 2 sign-ups can be imported.').waitFor();
    await modal.getByRole('button', { name: 'Import 2 sign-ups' }).click();
    await page.getByText('2 sign-ups were imported.').waitFor();
    await row(page, 'Ma Lin').waitFor();
    await expect(row(page, 'Gao Yan').textContent()).resolves.toContain('Paper forms');
    await countIs(page, '1–7 of 7');
  });

  it('checks people in at the desk on a tablet, records a donation and a deferral, and says plainly what cannot be done', async () => {
    const page = await organizerPage(TABLET);
    await page.goto(`${journey.platform.url}/drives/${drive.id}/check-in`);
    const search = page.getByRole('textbox', { name: 'Find a person' });
    await search.waitFor();
    await expect(search.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const counter = (key: string, value: number) => page.locator(`[data-counter=${key}]`).getByText(String(value), { exact: true }).waitFor();
    await counter('checkedIn', 1); // Wang Fang, checked in from the table

    // By phone, with Enter.
    await search.fill('13900001111');
    await search.press('Enter');
    const li = page.getByRole('article', { name: 'Li Wei' });
    await li.waitFor();
    await expect(li.textContent()).resolves.toContain('Riders Club');
    const checkIn = li.getByRole('button', { name: 'Check in · Li Wei' });
    expect((await checkIn.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await checkIn.click();
    await li.getByText('Checked in', { exact: true }).waitFor();
    await counter('checkedIn', 2);

    await li.getByRole('button', { name: 'Donated · Li Wei' }).click();
    const donation = page.getByRole('dialog', { name: 'Donation: Li Wei' });
    await expect(donation.getByLabel('Volume given').inputValue()).resolves.toBe('400 ml');
    await donation.getByRole('button', { name: 'Record the donation' }).click();
    // The drive is weeks ahead: the organizer records it anyway, on purpose (the desk could not).
    await donation.getByRole('alert').filter({ hasText: 'Outcomes are recorded on the drive’s days' }).waitFor();
    await donation.getByRole('checkbox', { name: /Record it anyway/ }).check();
    await donation.getByRole('button', { name: 'Record the donation' }).click();
    await li.getByText('Donated 400 ml').waitFor();
    await counter('donated', 1);

    // By name; a deferral needs its reason.
    await search.fill('Zhao');
    await search.press('Enter');
    const zhao = page.getByRole('article', { name: 'Zhao Min' });
    await zhao.getByRole('button', { name: 'Deferred · Zhao Min' }).click();
    const deferral = page.getByRole('dialog', { name: 'Deferral: Zhao Min' });
    await deferral.getByRole('button', { name: 'Record the deferral' }).click();
    await deferral.getByText('Enter why the screening deferred them.').waitFor();
    await deferral.getByLabel('Reason for the deferral').fill('Low haemoglobin');
    await deferral.getByRole('button', { name: 'Record the deferral' }).click();
    await deferral.getByRole('checkbox', { name: /Record it anyway/ }).check();
    await deferral.getByRole('button', { name: 'Record the deferral' }).click();
    await zhao.getByText(/Deferred: Low haemoglobin · may try again on/).waitFor();
    await counter('deferred', 1);
    await deferral.waitFor({ state: 'hidden' });
    await expect(zhao.getByRole('button', { name: 'Edit the deferral · Zhao Min' }).count()).resolves.toBe(1);
    await screenshot(page, 'organizer-check-in-desk-tablet');

    // Cancelled on the volunteer's phone while the card was on the desk's screen.
    await search.fill('zhou.jie@imu.test');
    await search.press('Enter');
    const zhou = page.getByRole('article', { name: 'Zhou Jie' });
    await zhou.getByRole('button', { name: 'Check in · Zhou Jie' }).waitFor();
    await journey.platform.gql(`mutation($t: String!) { cancelSignUp(manageToken: $t) { status } }`, { t: manageTokenOfZhou });
    await zhou.getByRole('button', { name: 'Check in · Zhou Jie' }).click();
    await expect(zhou.getByRole('alert').textContent()).resolves.toContain('This sign-up was cancelled');

    // The table reflects the desk.
    const laptop = await organizerPage();
    await laptop.goto(`${journey.platform.url}/drives/${drive.id}/sign-ups?status=DONATED`);
    await row(laptop, 'Li Wei').waitFor();
    await expect(row(laptop, 'Li Wei').textContent()).resolves.toContain('400 ml');
    await countIs(laptop, '1–1 of 1');
  });
});
