// The offline desk (issue 21): a bloodmobile with a bad signal keeps checking people in. Taps made
// offline wait on the tablet (shown as waiting, the cards as they will be), survive a reload, and
// sync in the order they were made when the connection is back; a tap the server refuses because
// the sign-up changed meanwhile is shown under "Could not sync" with the person's name.
import { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { TABLET } from '../support/organizer-app';
import { SeededDrive, signUpDirectly } from '../support/public-drive';

describe('the check-in desk without a signal', () => {
  const journey = useJourney('desk-offline');
  let drive: SeededDrive;
  let manageTokenOfGaoYu: string;
  const names = ['Gao Lan', 'Gao Mei', 'Gao Bo'];

  beforeAll(async () => {
    drive = await journey.organizer.publishedDrive('Bloodmobile at Xinhua Square', [30]);
    for (const [i, name] of names.entries()) await signUpDirectly(journey.platform, drive, { name, email: `gao${i}@bus.test`, phone: `1390000100${i}` });
    manageTokenOfGaoYu = (await signUpDirectly(journey.platform, drive, { name: 'Gao Yu', email: 'gao.yu@bus.test', phone: '13900001009' })).manageToken!;
  });

  const card = (page: Page, name: string) => page.getByRole('article', { name });
  const checkIns = () =>
    journey.sql<{ name: string }>(
      `SELECT v.name FROM sign_up_events e JOIN sign_ups s ON s.id = e.sign_up_id JOIN volunteers v ON v.id = s.volunteer_id
        WHERE s.drive_id = $1 AND e.to_status = 'CHECKED_IN' ORDER BY e.created_at`,
      [drive.id],
    );

  it('checks three people in offline, keeps them across a reload, and syncs them in order when back online; a conflict is shown', async () => {
    const page = await journey.organizerPage({ screen: TABLET });
    await page.goto(`${journey.platform.url}/drives/${drive.id}/check-in`);
    const search = page.getByRole('textbox', { name: 'Find a person' });
    await search.fill('Gao');
    await search.press('Enter');
    for (const name of [...names, 'Gao Yu']) await card(page, name).waitFor();
    // The desk's worker keeps the app shell, so the page opens again without a signal.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

    await page.context().setOffline(true);
    await page.getByText('No connection. Keep working').waitFor();
    // Gao Yu cancels on their phone while the tablet is offline.
    await journey.platform.gql(`mutation($t: String!) { cancelSignUp(manageToken: $t) { status } }`, { t: manageTokenOfGaoYu });
    for (const name of [...names, 'Gao Yu']) {
      await card(page, name).getByRole('button', { name: `Check in · ${name}` }).click();
      await card(page, name).getByText('Waiting to sync').waitFor();
      // The card acts on what it will be: the next step is the outcome.
      await card(page, name).getByRole('button', { name: `Donated · ${name}` }).waitFor();
    }
    await page.getByText('4 waiting to sync').waitFor();
    await screenshot(page, 'desk-offline-waiting');
    expect(await checkIns()).toEqual([]);

    // Reopened without a signal: the page, the drive and the people found before are on the tablet, and so are the taps.
    expect((await page.reload())?.fromServiceWorker()).toBe(true);
    await page.getByText('4 waiting to sync').waitFor();
    await search.fill('Gao');
    await search.press('Enter');
    await page.getByText('No connection: showing people found earlier on this tablet.').waitFor();
    for (const name of [...names, 'Gao Yu']) await card(page, name).getByText('Waiting to sync').waitFor();

    await page.context().setOffline(false);
    await page.getByText('4 waiting to sync').waitFor({ state: 'hidden' });
    const failed = page.getByRole('alert').filter({ hasText: 'Could not sync' });
    await failed.waitFor();
    await expect(failed.textContent()).resolves.toContain('Gao Yu · Check in: This sign-up was cancelled');
    for (const name of names) await card(page, name).getByText('Waiting to sync').waitFor({ state: 'hidden' });
    // The refused tap's card shows what is true now.
    await card(page, 'Gao Yu').getByText(/^Cancelled$/i).waitFor();
    await page.locator('[data-counter=checkedIn]').getByText('3', { exact: true }).waitFor();
    await screenshot(page, 'desk-offline-synced');
    expect((await checkIns()).map((r) => r.name)).toEqual(names);

    await failed.getByRole('button', { name: 'Dismiss the tap for Gao Yu' }).click();
    await failed.waitFor({ state: 'hidden' });
  });
});
