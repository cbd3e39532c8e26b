// Walk-ins at the check-in desk (issue 21), in Debian's Chromium against the built platform: desk
// staff on a tablet register someone who came without signing up, with the form's rules said
// beside the fields, and see them checked in on their card; someone signed up already is found
// instead of being signed up twice; the organizers' table shows the channel.
import { Locator } from 'playwright-core';
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { TABLET } from '../support/organizer-app';
import { SeededDrive, signUpDirectly } from '../support/public-drive';

describe('walk-ins at the check-in desk', () => {
  const journey = useJourney('walk-in');
  let drive: SeededDrive;
  const desk = { email: 'bao.desk@relay.test', password: 'desk-password-123' };

  beforeAll(async () => {
    // One shift of one place, taken already: the walk-in comes on top.
    drive = await journey.organizer.publishedDrive('Wanda Plaza walk-in day', [1]);
    await journey.organizer.team('Riders Club', 'Inner Mongolia University');
    await signUpDirectly(journey.platform, drive, { name: 'Li Wei', email: 'li.wei@imu.test', phone: '13900001111' });
    const { organizations } = await journey.organizer.ok(`{ organizations { id } }`);
    const { inviteUser } = await journey.organizer.ok(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`, {
      input: { email: desk.email, name: 'Bao Desk', role: 'DESK', organizationId: organizations[0].id, deskDriveIds: [drive.id] },
    });
    const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
    await journey.platform.gql(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: desk.password } });
  });

  it('registers a walk-in at the desk, refusing what the form would, and shows them checked in; someone signed up already is found instead', async () => {
    const page = await journey.organizerPage({ who: desk, screen: TABLET });
    await page.goto(`${journey.platform.url}/drives/${drive.id}/check-in`);
    const counter = (key: string, value: number) => page.locator(`[data-counter=${key}]`).getByText(String(value), { exact: true }).waitFor();
    await counter('checkedIn', 0);

    await page.getByRole('button', { name: 'Walk-in' }).click();
    const form = page.getByRole('dialog', { name: 'Register a walk-in' });
    // The shift in progress (here: the next one) is proposed, with its places.
    await valueOf(form.getByRole('combobox', { name: /^Shift/ }), /^9:00 AM–11:00 AM · 1 of 1 places taken$/);
    await form.getByRole('button', { name: 'Register and check in' }).click();
    await form.getByText('This field is required.').waitFor();
    await expect(form.getByText('Give a mobile number or an e-mail address.').count()).resolves.toBe(2);
    await form.getByText('This drive records screening results: they must sign the consent to health data first.').waitFor();

    await form.getByLabel(/^Name/).fill('Bao Yin');
    await form.getByLabel(/^Mobile number/).fill('136 2222 3333');
    await form.getByLabel(/^Date of birth/).fill('2015-01-04');
    await form.getByRole('checkbox', { name: /consent to health data/ }).check();
    await form.getByRole('combobox', { name: /^Blood type/ }).click();
    await page.getByRole('option', { name: 'O RhD−' }).click();
    await form.getByRole('combobox', { name: /^Team/ }).click();
    await page.getByRole('option', { name: 'Riders Club · Inner Mongolia University' }).click();
    // The age window is the server's to judge, said beside the birth date.
    await form.getByRole('button', { name: 'Register and check in' }).click();
    const tooYoung = form.getByText(/at least 18/);
    await tooYoung.waitFor();
    await expect(form.getByLabel(/^Date of birth/).getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(page, 'organizer-walk-in-form-tablet');

    await form.getByLabel(/^Date of birth/).fill('2001-03-04');
    await form.getByRole('button', { name: 'Register and check in' }).click();
    await form.waitFor({ state: 'hidden' });
    const bao = page.getByRole('article', { name: 'Bao Yin' });
    await bao.getByText('Checked in', { exact: true }).waitFor();
    await expect(bao.textContent()).resolves.toContain('Riders Club');
    await expect(bao.textContent()).resolves.toContain('O RhD−');
    await page.getByText('The shift was full: it now has one more place, taken by this walk-in.').waitFor();
    // The card takes focus: the next tap is the outcome.
    await expect(bao.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await bao.getByRole('button', { name: 'Donated · Bao Yin' }).waitFor();
    await counter('checkedIn', 1);
    await screenshot(page, 'organizer-walk-in-registered-tablet');

    // Closed, and found by the search afterwards, like anyone signed up.
    await page.getByRole('button', { name: 'Close the card' }).click();
    await bao.waitFor({ state: 'hidden' });
    const search = page.getByRole('textbox', { name: 'Find a person' });
    await search.fill('13622223333');
    await search.press('Enter');
    await page.getByRole('heading', { name: '1 person found' }).waitFor();
    await bao.getByText('Checked in', { exact: true }).waitFor();

    // Li Wei signed up online: the walk-in form finds her sign-up instead of making a second one.
    await page.getByRole('button', { name: 'Walk-in' }).click();
    await form.getByLabel(/^Name/).fill('Li Wei');
    await form.getByLabel(/^Mobile number/).fill('13900001111');
    await form.getByRole('checkbox', { name: /consent to health data/ }).check();
    await form.getByRole('button', { name: 'Register and check in' }).click();
    await page.getByText(/Li Wei had signed up for this drive already/).waitFor();
    const li = page.getByRole('article', { name: 'Li Wei' });
    await li.getByText('Registered', { exact: true }).waitFor();
    await li.getByRole('button', { name: 'Check in · Li Wei' }).click();
    await li.getByText('Checked in', { exact: true }).waitFor();
    await counter('checkedIn', 2);

    // The organizers' table shows how Bao Yin came.
    const laptop = await journey.organizerPage();
    await laptop.goto(`${journey.platform.url}/drives/${drive.id}/sign-ups`);
    const row = laptop.getByTestId('sign-ups-table').locator('tbody tr').filter({ hasText: 'Bao Yin' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Walk-in');
    await expect(row.textContent()).resolves.toContain('Checked in');
  });

  /** Waits until an input's value matches (a select fills in once its choices are loaded). */
  async function valueOf(input: Locator, pattern: RegExp): Promise<void> {
    const until = Date.now() + 10_000;
    while (!pattern.test(await input.inputValue())) {
      if (Date.now() > until) throw new Error(`${pattern} never matched: ${await input.inputValue()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('offers the walk-in form in Chinese', async () => {
    const page = await journey.organizerPage({ who: desk, screen: TABLET, locale: 'zh-CN' });
    await page.goto(`${journey.platform.url}/drives/${drive.id}/check-in`);
    await page.getByRole('button', { name: '现场报名' }).click();
    const form = page.getByRole('dialog', { name: '登记现场报名' });
    await form.getByLabel(/^姓名/).waitFor();
    await form.getByRole('button', { name: '登记并签到' }).click();
    await expect(form.getByText('请填写手机号码或电子邮箱。').count()).resolves.toBe(2);
  });
});
