// The organizers' side of erasure (issue 20): the Retention page, who the daily job erases and from
// when, where a person who asks is erased after a question; and a person erased on request from
// their sign-up's drawer, who then reads as "Erased person". The clock moves through the database
// (a drive closed RETENTION_DAYS - 10 days ago), never by waiting.
import { DEFAULT_RETENTION_DAYS } from '@life-relay/domain';
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { signUpDirectly } from '../support/public-drive';

describe('the Retention page', () => {
  const journey = useJourney('privacy');

  it('shows a person due for erasure within the chosen window, and erases them on request after asking', async () => {
    const drive = await journey.organizer.publishedDrive('Old gym blood drive', [5]);
    const { manageToken } = await signUpDirectly(journey.platform, drive, { name: 'Qian Wen', email: `qian.wen-${Date.now()}@imu.test` });
    await journey.organizer.ok(`mutation($id: ID!) { closeDrive(id: $id) { status } }`, { id: drive.id });
    const daysAgo = DEFAULT_RETENTION_DAYS - 10;
    await journey.sql(
      `UPDATE drives SET closed_at = now() - make_interval(days => $2), starts_at = now() - make_interval(days => $2 + 1), ends_at = now() - make_interval(days => $2) WHERE id = $1`,
      [drive.id, daysAgo],
    );

    const page = await journey.organizerPage();
    await page.goto(`${journey.platform.url}/privacy`);
    await page.getByRole('heading', { name: 'Retention' }).waitFor();
    // Due in ten days: within 30 (the page's first choice), not within 7.
    const row = page.getByRole('row').filter({ hasText: 'Qian Wen' });
    await row.waitFor();
    await page.getByText('7 days', { exact: true }).click();
    await page.getByText('Nobody falls due in this time.').waitFor();
    await page.getByText('30 days', { exact: true }).click();
    await row.waitFor();
    await screenshot(page, 'organizer-privacy-en');

    await row.getByRole('button', { name: 'Erase now' }).click();
    const question = page.getByRole('dialog', { name: 'Erase Qian Wen?' });
    await question.getByText(/stay only as anonymous counts/).waitFor();
    await question.getByRole('button', { name: 'Erase for good' }).click();
    await page.getByText('Erased.', { exact: true }).waitFor();
    await page.getByText('Nobody falls due in this time.').waitFor();
    // The question, which names the person, closes with a transition that the erasure can outrun.
    await question.waitFor({ state: 'hidden' });
    await expect(page.getByText('Qian Wen').count()).resolves.toBe(0);

    // Erased indeed: the record is a tombstone and the person's link opens nothing.
    const [person] = await journey.sql<{ name: string; erased: boolean }>(
      `SELECT v.name, v.erased_at IS NOT NULL AS erased FROM volunteers v JOIN sign_ups s ON s.volunteer_id = v.id WHERE s.drive_id = $1`,
      [drive.id],
    );
    expect(person).toEqual({ name: expect.not.stringContaining('Qian'), erased: true });
    const view = await journey.platform.gql(`query($t: String!) { mySignUp(manageToken: $t) { status } }`, { t: manageToken });
    expect(view.data).toEqual({ mySignUp: null });
  });

  it('erases a person on their request from their sign-up’s drawer, after the tick and the button; the row then reads "Erased person"', async () => {
    const drive = await journey.organizer.publishedDrive('Library blood drive', [10]);
    const email = `he.ping-${Date.now()}@imu.test`;
    const { manageToken } = await signUpDirectly(journey.platform, drive, { name: 'He Ping', email, phone: '13900005555' });

    const page = await journey.organizerPage();
    await page.goto(`${journey.platform.url}/drives/${drive.id}/sign-ups`);
    await page.getByRole('button', { name: 'Open He Ping' }).click();
    const drawer = page.getByRole('dialog', { name: 'He Ping' });
    await drawer.getByText(email).waitFor();
    await drawer.getByRole('button', { name: 'Erase this person’s data (on their request)…' }).click();
    await drawer.getByText('What stays').waitFor();
    const erase = drawer.getByRole('button', { name: 'Erase for good' });
    await expect(erase.isDisabled()).resolves.toBe(true);
    await drawer.getByRole('checkbox', { name: 'The person asked for this; it cannot be undone' }).check();
    await screenshot(page, 'organizer-sign-ups-erase');
    await erase.click();

    await page.getByText('The person’s data was erased.').waitFor();
    await drawer.waitFor({ state: 'hidden' });
    const row = page.getByTestId('sign-ups-table').locator('tbody tr').filter({ hasText: 'Erased person' });
    await row.waitFor();
    await expect(page.getByText('He Ping').count()).resolves.toBe(0);
    await expect(row.textContent()).resolves.not.toContain(email);
    await page.getByRole('button', { name: 'Open Erased person' }).click();
    await page.getByRole('dialog', { name: 'Erased person' }).getByText(/This person’s data was erased/).waitFor();

    const [person] = await journey.sql<{ name: string; email: string | null; erased: boolean }>(
      `SELECT v.name, v.email::text AS email, v.erased_at IS NOT NULL AS erased FROM volunteers v JOIN sign_ups s ON s.volunteer_id = v.id WHERE s.drive_id = $1`,
      [drive.id],
    );
    expect(person).toEqual({ name: '', email: null, erased: true });
    const view = await journey.platform.gql(`query($t: String!) { mySignUp(manageToken: $t) { status } }`, { t: manageToken });
    expect(view.data).toEqual({ mySignUp: null });
  });
});
