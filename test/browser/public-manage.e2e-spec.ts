// The manage link from the confirmation: the volunteer sees their sign-up, moves it, cancels it
// (the link then ends), and the place goes to the first person waiting.
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { signUpDirectly } from '../support/public-drive';
import { verifyContact } from '../support/sign-up-form';

describe('the manage page', () => {
  const journey = useJourney('manage');
  const phone = (locale: 'en-US' | 'zh-CN') => journey.phone(locale);

  it('cancels through the manage link from the confirmation, and the first person waiting gets the place', async () => {
    const drive = await journey.organizer.publishedDrive('Library steps blood drive', [1, 5]);
    const page = await phone('en-US');
    await page.goto(`${journey.platform.url}/d/${drive.slug}`);
    // The code goes by text to the number, and is read there.
    await verifyContact(page, journey.platform, { phone: '13912345678', email: 'zhao.lei@imu.test' });
    await page.getByRole('radio', { name: /09:00/ }).check();
    await page.getByLabel('Full name', { exact: true }).fill('Zhao Lei');
    await page.getByLabel('Date of birth', { exact: true }).fill('2002-01-15');
    await page.getByRole('checkbox', { name: /I agree that the organization running this drive stores my name/ }).check();
    // A blood drive records outcomes: it asks for the health-data consent too.
    await page.getByRole('checkbox', { name: /I separately agree that the organization stores health data about me/ }).check();
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByTestId('manage-link').click();

    await page.getByRole('heading', { level: 1, name: drive.title }).waitFor();
    await expect(page.getByTestId('sign-up-status').textContent()).resolves.toBe('Signed up');
    await expect(page.getByText('Hello, Zhao Lei').isVisible()).resolves.toBe(true);
    const waiting = await signUpDirectly(journey.platform, drive); // the shift is full now: this person waits
    expect(waiting).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    await screenshot(page, 'public-manage-en');

    await page.getByRole('button', { name: 'Cancel my sign-up' }).click();
    await expect(page.getByText(/Cancel your sign-up for .*09:00/).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Yes, cancel' }).click();
    await page.getByText('Your sign-up is cancelled. Thank you for letting us know.').waitFor();
    await page.getByTestId('sign-up-status').filter({ hasText: 'Cancelled' }).waitFor();
    await page.getByText('Now that it is cancelled, this link no longer works.').waitFor();
    await expect(page.getByRole('button', { name: 'Cancel my sign-up' }).count()).resolves.toBe(0);
    await screenshot(page, 'public-manage-cancelled-en');
    // The link ended with the cancellation: opened again, it shows nothing of the sign-up.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();

    const promoted = await phone('zh-CN');
    await promoted.goto(`${journey.platform.url}/m/${waiting.manageToken}`);
    await promoted.getByTestId('sign-up-status').filter({ hasText: '已报名' }).waitFor();
  });

  it('moves a sign-up to another time, in Chinese', async () => {
    const drive = await journey.organizer.publishedDrive('Gym hall platelet day', [5, 5], 32);
    const { manageToken } = await signUpDirectly(journey.platform, drive);
    const page = await phone('zh-CN');
    await page.goto(`${journey.platform.url}/m/${manageToken}`);
    await page.getByRole('heading', { level: 2, name: '更改时间' }).waitFor();
    await page.getByRole('radio', { name: /12:00/ }).check();
    await screenshot(page, 'public-manage-zh');
    await page.getByRole('button', { name: '改到这个时间' }).click();
    await page.getByText(/已更改：您的时间现在是.*12:00/).waitFor();
    await page.getByRole('definition').filter({ hasText: /12:00/ }).first().waitFor();
  });

  it('says when a manage link does not work', async () => {
    const page = await phone('en-US');
    await page.goto(`${journey.platform.url}/m/not-a-real-token`);
    await page.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
    await screenshot(page, 'public-manage-invalid-en');
  });
});
