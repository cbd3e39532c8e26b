// The public leaderboard on a phone and on the screen at the event: it refreshes by itself and
// shows who moved up.
import { PHONE, screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { inParallel, signUpDirectly } from '../support/public-drive';

describe('the public leaderboard', () => {
  // A board longer than its top 100 takes more sign-ups than one address may send by default.
  const journey = useJourney('board', { RATE_LIMIT_SIGN_UP: '1000' });

  it('updates by itself as teams bring people in, and shows who moved up', async () => {
    const { organizer } = journey;
    const drive = await organizer.publishedDrive('Campus relay blood drive', [50, 50]);
    const riders = await organizer.team('Riders Club', 'Inner Mongolia University');
    const medics = await organizer.team('Future Medics', 'Inner Mongolia Medical University');
    await inParallel([0, 1], (i) => signUpDirectly(journey.platform, drive, { teamCode: riders.code, email: `rider${i}@imu.test` }));
    await signUpDirectly(journey.platform, drive, { teamCode: medics.code });
    // One rider came and was deferred: the board must not let anyone read that.
    const { signUps } = await organizer.ok(`query($id: ID!) { signUps(driveId: $id, search: "rider0@imu.test") { edges { node { id } } } }`, { id: drive.id });
    await organizer.ok(`mutation($id: ID!, $input: OutcomeInput!) { recordOutcome(signUpId: $id, input: $input) { id } }`, {
      id: signUps.edges[0].node.id,
      input: { status: 'DEFERRED', deferralReason: 'Low haemoglobin', retryOn: '2031-01-05', outsideDriveDays: true }, // the drive is ahead: on purpose
    });

    const context = await journey.browser.newContext({ ...PHONE, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${journey.platform.url}/d/${drive.slug}/leaderboard`);
    const rows = page.getByTestId('team-board').locator('tbody tr');
    await rows.first().waitFor();
    // Rank, team, college, signed up 2, came 0 (one who came without donating is withheld), donated 0, 0%.
    await expect(rows.allTextContents()).resolves.toEqual([expect.stringMatching(/^1Riders Club.*2000%$/), expect.stringMatching(/^2Future Medics.*1000%$/)]);
    await expect(page.getByTestId('total-sign-ups').textContent()).resolves.toBe('3');
    await expect(page.getByTestId('came-note').textContent()).resolves.toContain('only once they are 3 or more');
    await expect(page.getByText(/deferred/i).count()).resolves.toBe(0);
    await expect(page.getByTestId('college-board').isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    await screenshot(page, 'public-leaderboard-en');

    await inParallel([0, 1], () => signUpDirectly(journey.platform, drive, { teamCode: medics.code }));
    // Within one refresh (10 s) the board changes without a reload.
    await rows.first().filter({ hasText: 'Future Medics' }).waitFor({ timeout: 15_000 });
    await expect(rows.first().textContent()).resolves.toContain('up 1');
    await expect(rows.nth(1).textContent()).resolves.toContain('down 1');
    await expect(page.getByTestId('total-sign-ups').textContent()).resolves.toBe('5');
    await screenshot(page, 'public-leaderboard-updated-en');
    await context.close();

    // The big screen at the event, in Chinese.
    const screen = await journey.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const big = await screen.newPage();
    await big.goto(`${journey.platform.url}/d/${drive.slug}/leaderboard`);
    await big.getByRole('table', { name: '团队' }).waitFor();
    await screenshot(big, 'public-leaderboard-screen-zh');
    await screen.close();
  });

  it('shows the top 100 of a longer board, says of how many, and the whole board when asked', async () => {
    const { organizer } = journey;
    const drive = await organizer.publishedDrive('Stem-cell registry week', [200]);
    // 101 teams of 101 colleges, one sign-up each: both boards are one row longer than shown.
    // The sign-ups go side by side (their order makes no difference to the boards).
    const teams = [];
    for (let i = 1; i <= 101; i++) teams.push(await organizer.team(`Registry team ${i}`, `University ${i}`));
    await inParallel(teams, (team) => signUpDirectly(journey.platform, drive, { teamCode: team.code }));

    const context = await journey.browser.newContext({ ...PHONE, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${journey.platform.url}/d/${drive.slug}/leaderboard`);
    await page.getByText('Top 100 of 101 teams').waitFor();
    const rows = page.getByTestId('team-board').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(100);
    await expect(page.getByText('Top 100 of 101 colleges').isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);

    await page.getByRole('button', { name: 'Show all 101 teams' }).click();
    await rows.nth(100).waitFor();
    await expect(rows.count()).resolves.toBe(101);
    await expect(page.getByText('Top 100 of 101 teams').count()).resolves.toBe(0);
    await expect(page.getByText('Top 100 of 101 colleges').isVisible()).resolves.toBe(true);
    await screenshot(page, 'public-leaderboard-whole-board-en');
    await context.close();
  });
});
