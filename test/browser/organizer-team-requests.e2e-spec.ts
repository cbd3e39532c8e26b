// Team requests (issue 22): college coordinators ask for teams on the public /join-team/<token>
// page an organizer shares; the organizer selects them all on the Teams page and approves them in
// one go, in Debian's Chromium against the built platform.
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { ADMIN } from '../support/public-drive';

describe('team requests from college coordinators', () => {
  const journey = useJourney('team-requests');

  it('takes requests on the public page (with field errors) and lets an organizer approve them all at once', async () => {
    const page = await journey.organizerPage({ who: { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD } });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams & colleges' }).click();
    await page.getByText('No requests waiting.').waitFor();
    await page.waitForFunction(() => (document.querySelector('[data-testid="team-request-link"]') as HTMLInputElement | null)?.value.includes('/join-team/'));
    const link = await page.getByTestId('team-request-link').inputValue();
    expect(link).toMatch(/\/join-team\/[A-Za-z0-9_-]{24}$/);

    // The link names the platform's PUBLIC_URL; the browser reaches the same server at its own address.
    const phone = await journey.phone();
    await phone.goto(`${journey.platform.url}${new URL(link).pathname}`);
    await phone.getByRole('heading', { level: 1, name: 'Request a recruiting team' }).waitFor();
    // The API's field errors, each beside its field.
    await phone.getByRole('button', { name: 'Send the request' }).click();
    await phone.getByLabel('Your e-mail address').and(phone.locator('[aria-invalid="true"]')).waitFor();
    expect(await phone.locator('[aria-invalid="true"]').count()).toBe(4);

    const colleges = ['Inner Mongolia University', 'Inner Mongolia Normal University', 'Inner Mongolia Medical University'];
    for (const [i, college] of colleges.entries()) {
      if (i > 0) await phone.getByRole('button', { name: 'Request another team' }).click();
      await phone.getByLabel('College').fill(college);
      await phone.getByLabel('Team name').fill(`${college} Red Cross club`);
      await phone.getByLabel('Your name').fill(`Coordinator ${i + 1}`);
      await phone.getByLabel('Your e-mail address').fill(`coordinator${i + 1}@campus.test`);
      await phone.getByRole('button', { name: 'Send the request' }).click();
      await phone.getByText(/your request for .* is sent/).waitFor();
    }
    await screenshot(phone, 'public-team-request-sent');

    await page.reload();
    const requests = page.getByTestId('team-requests');
    for (const college of colleges) await requests.getByRole('cell', { name: college, exact: true }).waitFor();
    await requests.getByRole('checkbox', { name: 'Select all requests' }).check();
    await screenshot(page, 'organizer-team-requests');
    await requests.getByRole('button', { name: 'Approve 3 selected' }).click();
    await page.getByText('3 teams made; their leads are invited by e-mail.').waitFor();
    await requests.getByText('No requests waiting.').waitFor();
    const teams = page.getByTestId('teams');
    for (const college of colleges) await teams.getByRole('link', { name: `${college} Red Cross club` }).waitFor();
    await teams.getByText('Coordinator 1').waitFor();
  });
});
