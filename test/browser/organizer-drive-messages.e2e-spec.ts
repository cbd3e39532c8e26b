// Writing to a drive's sign-ups from the Sign-ups page: the filters, whom it reaches before
// sending, both languages, a confirmation naming the number, and the messages in the Outbox; a
// change of a published drive's place tells its people, and the Outbox shows it.
import { useJourney } from '../support/journey';
import { SeededDrive, signUpDirectly } from '../support/public-drive';

describe('the organizers’ app: messages to a drive’s sign-ups', () => {
  const journey = useJourney('drive-messages');
  let drive: SeededDrive;

  beforeAll(async () => {
    // Two places: the third person waits.
    drive = await journey.organizer.publishedDrive('Winter Solstice blood drive', [2]);
    await signUpDirectly(journey.platform, drive, { name: 'Bai Lu', email: 'bai.lu@imu.test', phone: '13900005551' });
    await signUpDirectly(journey.platform, drive, { name: 'Gao Yan', email: 'gao.yan@imu.test', phone: '13900005552' });
    await signUpDirectly(journey.platform, drive, { name: 'Qin Hai', email: 'qin.hai@imu.test', phone: '13900005553' });
  });

  it('messages the sign-ups picked by status, after showing whom, in both languages', async () => {
    const page = await journey.organizerPage();
    await page.goto(`${journey.platform.url}/drives/${drive.id}/sign-ups`);
    await page.getByRole('button', { name: 'Message sign-ups' }).click();
    const dialog = page.getByRole('dialog', { name: 'Message sign-ups' });
    const audience = dialog.getByTestId('message-audience');
    // Those who hold a place or wait for one, by default.
    await audience.getByText('3 people will get this message, each once:').waitFor();
    await dialog.getByLabel('Status', { exact: true }).click();
    await page.getByRole('option', { name: 'Waitlisted' }).click();
    await page.keyboard.press('Escape');
    await audience.getByText('2 people will get this message, each once:').waitFor();
    await expect(audience.textContent()).resolves.toContain('Bai Lu, Gao Yan');

    await dialog.getByRole('textbox', { name: 'Subject', exact: true }).fill('Bring your ID card');
    await dialog.getByRole('textbox', { name: 'Message', exact: true }).fill('Please bring your ID card on the day.');
    await dialog.getByRole('textbox', { name: 'Subject (Chinese)' }).fill('请携带身份证');
    await dialog.getByRole('textbox', { name: 'Message (Chinese)' }).fill('活动当天请携带身份证。');
    await dialog.getByRole('button', { name: 'Send to 2 people' }).click();
    const confirm = page.getByRole('dialog', { name: 'Send this message to 2 people?' });
    await confirm.getByRole('button', { name: 'Send to 2 people' }).click();
    await page.getByText('Message queued for 2 people.').waitFor();

    await page.goto(`${journey.platform.url}/messages?purpose=DRIVE_MESSAGE`);
    await page.getByText('1–2 of 2').waitFor();
    const rows = await page.getByTestId('outbox-row').allTextContents();
    expect(rows.every((row) => row.includes('Message to sign-ups'))).toBe(true);
    expect(rows.some((row) => row.includes('bai.lu@imu.test'))).toBe(true);
    expect(rows.some((row) => row.includes('qin.hai@imu.test'))).toBe(false);
  });

  it('tells the drive’s people when the organizer moves it to another place, and the Outbox shows it', async () => {
    const page = await journey.organizerPage();
    await page.goto(`${journey.platform.url}/drives/${drive.id}/edit`);
    const place = page.getByRole('textbox', { name: 'Place', exact: true });
    await place.fill('Inner Mongolia University gym, Hohhot');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`/drives/${drive.id}$`));
    await page.goto(`${journey.platform.url}/messages?purpose=DRIVE_CHANGED`);
    // Everyone who holds a place or waits for one.
    await page.getByText('1–3 of 3').waitFor();
    const rows = await page.getByTestId('outbox-row').allTextContents();
    expect(rows.every((row) => row.includes('Drive changed'))).toBe(true);
  });
});
