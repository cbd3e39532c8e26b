// One drive from the first click to the first donation, across the whole organizers' app: an
// organizer creates and publishes a drive with shifts, creates a team and reads its share link, a
// student signs up through it on a phone, the sign-up appears in the roster, the desk checks them
// in and records the donation on a tablet, and the dashboard and leaderboard move. Then the app
// is read in Chinese.
import { Page } from 'playwright-core';
import { PHONE, screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { LAPTOP, loggedInContext, TABLET } from '../support/organizer-app';
import { dayAhead } from '../support/public-drive';
import { verifyContact } from '../support/sign-up-form';

/** The number in a funnel step of the dashboard, once it says `expected`. */
async function funnelSays(page: Page, step: 'signedUp' | 'came' | 'donated' | 'deferred', expected: string) {
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await page.getByTestId(`funnel-${step}`).getByText(expected, { exact: true }).waitFor();
}

describe('the organizers’ app, one drive from start to first donation', () => {
  const journey = useJourney('journey');
  // Made by the journey, visited again by the later checks.
  let driveUrl = '';
  let teamUrl = '';

  it('plans, recruits, signs up, checks in, records the donation and watches the numbers move', async () => {
    const { context, page } = await loggedInContext(journey.browser, journey.platform, { screen: LAPTOP });

    // 1. A drive with two shifts, created as a draft and published.
    const day = dayAhead(12);
    await page.getByRole('link', { name: 'New drive' }).first().click();
    await page.getByLabel(/^Title/).fill('Dec 5 International Volunteer Day blood drive');
    await page.getByLabel(/^Place/).fill('Inner Mongolia Medical University, north gate');
    await page.getByLabel(/^Starts/).fill(`${day}T08:00`);
    await page.getByLabel(/^Ends/).fill(`${day}T17:00`);
    await page.getByLabel('Sign-up goal').fill('40');
    await page.getByLabel('Donation goal').fill('25');
    await page.getByRole('button', { name: 'Add a shift' }).click();
    await page.getByRole('button', { name: 'Add a shift' }).click();
    await page.getByRole('button', { name: 'Create the drive' }).click();
    await page.waitForURL(/\/drives\/[0-9a-f-]{36}$/);
    driveUrl = page.url();
    await page.getByText('No sign-ups yet', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Publish' }).click();
    const publish = page.getByRole('dialog', { name: 'Publish “Dec 5 International Volunteer Day blood drive”?' });
    await publish.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published', { exact: true }).first().waitFor();

    // 2. A team, and its share link for this drive.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams & colleges' }).click();
    await page.getByRole('button', { name: 'New team' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New team' });
    await dialog.getByLabel(/^Team name/).fill('Nursing Heroes');
    await dialog.getByLabel(/^College/).fill('Inner Mongolia Medical University');
    await dialog.getByRole('button', { name: 'Create the team' }).click();
    await page.getByRole('heading', { name: 'Nursing Heroes', level: 1 }).waitFor();
    teamUrl = page.url();
    const shareLink = await page.getByTestId('share-link').inputValue();
    expect(shareLink).toMatch(new RegExp(`^${journey.platform.url}/d/dec-5-international-volunteer-day-blood-drive\\?team=[2-9A-HJ-NP-Z]{6}$`));

    // 3. A student opens it on a phone and signs up.
    const phone = await journey.browser.newContext({ ...PHONE, locale: 'en-US' });
    const student = await phone.newPage();
    await student.goto(shareLink);
    await student.getByText('You are joining with').waitFor();
    await verifyContact(student, journey.platform, { phone: '13604711234', email: 'bao.yingying@immu.test' });
    await student.getByRole('radio').first().check();
    await student.getByLabel('Full name', { exact: true }).fill('Bao Yingying');
    await student.getByLabel('Date of birth', { exact: true }).fill('2004-03-08');
    await student.getByRole('checkbox', { name: /I agree that the organization running this drive stores my name/ }).check();
    await student.getByRole('checkbox', { name: /I separately agree that the organization stores health data about me/ }).check();
    await student.getByRole('button', { name: 'Sign up' }).click();
    await student.getByRole('heading', { level: 1, name: "You're signed up!" }).waitFor();
    await phone.close();

    // 4. It appears on the dashboard, on the leaderboard and in the roster.
    await page.goto(driveUrl);
    await funnelSays(page, 'signedUp', '1');
    const board = page.getByRole('table', { name: 'Teams by sign-ups' });
    await board.getByText('Nursing Heroes').waitFor();
    expect(await board.getByRole('row').nth(1).textContent()).toMatch(/^1\s*Nursing Heroes/);
    await page.getByRole('tab', { name: 'Sign-ups' }).click();
    await page.getByText('Bao Yingying').first().waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'Bao Yingying' }).textContent()).toContain('Nursing Heroes');

    // 5. At the desk, on a tablet: found by phone, checked in, donation recorded.
    const desk = await loggedInContext(journey.browser, journey.platform, { screen: TABLET });
    await desk.page.goto(`${driveUrl}/check-in`);
    const search = desk.page.getByRole('textbox', { name: 'Find a person' });
    await search.fill('13604711234');
    await search.press('Enter');
    const bao = desk.page.getByRole('article', { name: 'Bao Yingying' });
    await bao.getByRole('button', { name: 'Check in · Bao Yingying' }).click();
    await bao.getByText('Checked in', { exact: true }).waitFor();
    await bao.getByRole('button', { name: 'Donated · Bao Yingying' }).click();
    const donation = desk.page.getByRole('dialog', { name: 'Donation: Bao Yingying' });
    await donation.getByRole('button', { name: 'Record the donation' }).click();
    // The drive is 12 days ahead: refused today, unless the organizer records it anyway, on purpose.
    await donation.getByRole('alert').filter({ hasText: 'Outcomes are recorded on the drive’s days' }).waitFor();
    await donation.getByRole('checkbox', { name: /Record it anyway/ }).check();
    await donation.getByRole('button', { name: 'Record the donation' }).click();
    await bao.getByText('Donated 400 ml').waitFor();
    await screenshot(desk.page, 'organizer-journey-desk-tablet');
    await desk.context.close();

    // 6. The dashboard and the leaderboard move.
    await page.goto(driveUrl);
    await funnelSays(page, 'donated', '1');
    await page.getByTestId('funnel-came').getByText('1', { exact: true }).waitFor();
    expect(await page.getByTestId('conversion-rate').textContent()).toContain('100%');
    expect(await page.getByTestId('goal-donations').textContent()).toContain('1 of 25');
    const row = await page.getByRole('table', { name: 'Teams by sign-ups' }).getByRole('row').nth(1).textContent();
    expect(row).toMatch(/Nursing Heroes.*1\s*1\s*1\s*100%/);
    await screenshot(page, 'organizer-journey-dashboard');

    // 7. The same page in Chinese, remembered on reload.
    await page.getByRole('radiogroup', { name: 'Language' }).locator('label', { hasText: '中文' }).click();
    await page.getByRole('heading', { name: '从报名到献血' }).waitFor();
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '活动' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: '从报名到献血' }).waitFor();
    expect(await page.getByRole('table', { name: '团队报名排名' }).textContent()).toContain('Nursing Heroes');
    await screenshot(page, 'organizer-journey-dashboard-zh');
    await context.close();
  });

  it('fits every main page on an upright tablet, without sideways scrolling', async () => {
    const { context, page } = await loggedInContext(journey.browser, journey.platform, { screen: TABLET });
    const pages: [string, string][] = [
      ['/drives', 'drives'],
      [driveUrl.replace(journey.platform.url, ''), 'dashboard'],
      [`${driveUrl.replace(journey.platform.url, '')}/sign-ups`, 'sign-ups'],
      [`${driveUrl.replace(journey.platform.url, '')}/edit`, 'edit'],
      ['/teams', 'teams'],
      [teamUrl.replace(journey.platform.url, ''), 'team'],
      ['/messages', 'messages'],
      ['/users', 'people'],
    ];
    for (const [path, name] of pages) {
      await page.goto(`${journey.platform.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ name, overflow }).toEqual({ name, overflow: 0 });
      await screenshot(page, `organizer-tablet-${name}`);
    }
    await context.close();
  });

  it('works from the keyboard: menu, links and dialogs', async () => {
    const { context, page } = await loggedInContext(journey.browser, journey.platform, { screen: LAPTOP });
    // Tab reaches "New drive" (past the menu and whatever the page shows before it); Enter follows it.
    await page.getByRole('link', { name: 'New drive' }).waitFor();
    let tabs = 0;
    while (tabs < 80 && !(await page.evaluate(() => document.activeElement?.textContent === 'New drive'))) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New drive');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/drives\/new$/);
    // The first field has the focus it needs; Escape closes a confirmation without doing anything.
    await page.goto(driveUrl);
    await page.getByRole('button', { name: 'Close the drive' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.getByText('Published', { exact: true }).count()).toBeGreaterThan(0);
    await context.close();
  });
});
