// The organizers' Retention page (issue 20): who the daily job erases, and from when; a person who
// asks is erased from here, after a question. The clock moves through the database (a drive closed
// RETENTION_DAYS - 10 days ago), never by waiting.
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
});
