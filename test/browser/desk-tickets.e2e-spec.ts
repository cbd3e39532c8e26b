// Tickets at the check-in desk (issue 21): a volunteer signs up on their phone and gets a QR code
// on the confirmation (and on their manage page); the desk's tablet points its camera at it and
// the person's card opens. The camera is Chromium's fake one, playing a video made here from a
// screenshot of the QR code on the confirmation page. Debian's Chromium on Linux has no
// BarcodeDetector, so this is the jsQR path the desk loads when the browser has none.
import { writeFileSync } from 'fs';
import { join } from 'path';
import { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { launchChromium, screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { logIn, TABLET } from '../support/organizer-app';
import { tempDir } from '../support/platform-process';
import { SeededDrive } from '../support/public-drive';
import { verifyContact } from '../support/sign-up-form';

/** The fake camera's picture: the size Chromium's own fake device uses. */
const WIDTH = 640;
const HEIGHT = 480;

/**
 * A Y4M video (YUV 4:2:0, what Chromium's --use-file-for-fake-video-capture plays) of a few still
 * frames of the PNG, grey on white, centred and scaled to fit with room around it.
 */
function y4mOf(png: PNG): Buffer {
  const side = Math.min(WIDTH, HEIGHT) - 80;
  const scale = Math.max(png.width, png.height) / side;
  const left = (WIDTH - side) / 2;
  const top = (HEIGHT - side) / 2;
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const at = (Math.floor(y * scale) * png.width + Math.floor(x * scale)) * 4;
      const [r, g, b] = [png.data[at], png.data[at + 1], png.data[at + 2]];
      luma[(top + y) * WIDTH + left + x] = Math.round(16 + (219 * (0.299 * r + 0.587 * g + 0.114 * b)) / 255);
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F30:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: 10 }, () => frame)]);
}

describe('tickets scanned at the check-in desk', () => {
  const journey = useJourney('desk-tickets');
  const dir = tempDir('relay-desk-camera-');
  let drive: SeededDrive;
  let deskBrowser: Browser | null = null;

  beforeAll(async () => {
    drive = await journey.organizer.publishedDrive('Ticket day blood drive', [30]);
  });
  afterAll(async () => {
    await deskBrowser?.close();
  });

  it('shows the QR code on the confirmation and the manage page, and the desk’s camera opens the person’s card', async () => {
    const volunteer = await journey.phone('en-US');
    await volunteer.goto(`${journey.platform.url}/d/${drive.slug}`);
    await verifyContact(volunteer, journey.platform, { email: 'lan.ticket@imu.test' });
    await volunteer.getByRole('radio', { name: /09:00/ }).check();
    await volunteer.getByLabel('Full name', { exact: true }).fill('Lan Ticket');
    await volunteer.getByLabel('Date of birth', { exact: true }).fill('2003-05-01');
    await volunteer.getByRole('checkbox', { name: /I agree that the organization running this drive stores my name/ }).check();
    await volunteer.getByRole('checkbox', { name: /I separately agree that the organization stores health data about me/ }).check();
    await volunteer.getByRole('button', { name: 'Sign up' }).click();
    await volunteer.getByRole('heading', { level: 1, name: "You're signed up!" }).waitFor();
    const ticket = volunteer.getByTestId('ticket');
    await ticket.getByRole('heading', { name: 'Your ticket for the check-in desk' }).waitFor();
    const qr = volunteer.getByTestId('ticket-qr');
    await qr.waitFor();
    const code = /[A-Z2-7 ]{32}/.exec((await ticket.textContent()) ?? '')?.[0];
    expect(code).toBeTruthy();
    await screenshot(volunteer, 'public-confirmation-ticket');
    // What the desk's camera will film: the confirmation's QR code.
    const video = join(dir, 'ticket.y4m');
    writeFileSync(video, y4mOf(PNG.sync.read(await qr.screenshot())));

    // The manage page shows the same ticket (it goes with the link).
    const manageUrl = await volunteer.getByTestId('manage-link').getAttribute('href');
    await volunteer.goto(manageUrl as string);
    await expect(volunteer.getByTestId('ticket').textContent()).resolves.toContain(code);
    await volunteer.getByTestId('ticket-qr').waitFor();

    deskBrowser = await launchChromium(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
    const desk = await (await deskBrowser.newContext({ ...TABLET, locale: 'en-US' })).newPage();
    const refused: string[] = [];
    desk.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await logIn(desk, journey.platform);
    await desk.goto(`${journey.platform.url}/drives/${drive.id}/check-in`);
    await desk.getByRole('button', { name: 'Scan ticket' }).click();
    await desk.getByRole('dialog', { name: 'Scan the person’s ticket' }).waitFor();
    const card = desk.getByRole('article', { name: 'Lan Ticket' });
    await card.waitFor({ timeout: 20_000 });
    await desk.getByRole('heading', { name: 'Ticket scanned' }).waitFor();
    await desk.getByRole('dialog').waitFor({ state: 'hidden' });
    // The card is the desk's usual one, kept up to date.
    await card.getByRole('button', { name: 'Check in · Lan Ticket' }).click();
    await card.getByText('Checked in', { exact: true }).waitFor();
    await screenshot(desk, 'organizer-check-in-desk-ticket-scanned');
    expect(refused).toEqual([]);
  });
});
