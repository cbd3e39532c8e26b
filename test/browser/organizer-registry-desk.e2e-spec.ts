// The check-in desk of a stem-cell registry week (issue 22): "Joined the registry" with a sample
// id instead of a volume, and a person already in the organization's registry shown so and not
// offered a second join, on a tablet in Debian's Chromium against the built platform.
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { TABLET } from '../support/organizer-app';
import { SeededDrive, signUpDirectly } from '../support/public-drive';

describe('the check-in desk of a registry week', () => {
  const journey = useJourney('registry-desk');
  let week: SeededDrive;

  beforeAll(async () => {
    const registry = { input: { kind: 'STEM_CELL_REGISTRY', description: 'A cheek swab and a form: ten minutes.' } };
    const earlier = await journey.organizer.drive('Registry week, autumn', [30], { days: 20, ...registry });
    week = await journey.organizer.drive('Registry week, winter', [30], { days: 30, ...registry });
    // Han Mei joined the registry at the autumn week; she signs up for the winter one too.
    await signUpDirectly(journey.platform, earlier, { name: 'Han Mei', email: 'han.mei@imu.test', phone: '13900005555' });
    const { signUps } = await journey.organizer.ok(`query($id: ID!) { signUps(driveId: $id) { edges { node { id } } } }`, { id: earlier.id });
    await journey.organizer.ok(`mutation($id: ID!) { recordOutcome(signUpId: $id, input: { status: DONATED, sampleId: "AUT-0001", outsideDriveDays: true }) { status } }`, {
      id: signUps.edges[0].node.id,
    });
    await signUpDirectly(journey.platform, week, { name: 'Han Mei', email: 'han.mei@imu.test', phone: '13900005555' });
    await signUpDirectly(journey.platform, week, { name: 'Qin Lan', email: 'qin.lan@imu.test', phone: '13900006666' });
  });

  it('records a join with its sample id, never a volume, and tells the desk who is in the registry already', async () => {
    const page = await journey.organizerPage({ screen: TABLET });
    await page.goto(`${journey.platform.url}/drives/${week.id}/check-in`);
    const search = page.getByRole('textbox', { name: 'Find a person' });
    await search.waitFor();
    const counter = (key: string, value: number) => page.locator(`[data-counter=${key}]`).getByText(String(value), { exact: true }).waitFor();
    await expect(page.locator('[data-counter=donated]').textContent()).resolves.toContain('Joined');

    await search.fill('Qin Lan');
    await search.press('Enter');
    const qin = page.getByRole('article', { name: 'Qin Lan' });
    await qin.getByRole('button', { name: 'Joined the registry · Qin Lan' }).click();
    const join = page.getByRole('dialog', { name: 'Joined the registry: Qin Lan' });
    await join.getByLabel('Sample id').fill('WIN-0001');
    await expect(join.getByLabel('Volume given').count()).resolves.toBe(0);
    await join.getByRole('button', { name: 'Record the join' }).click();
    // The week is ahead: the organizer records it anyway, on purpose.
    await join.getByRole('checkbox', { name: /Record it anyway/ }).check();
    await join.getByRole('button', { name: 'Record the join' }).click();
    await qin.getByText('Joined the registry · sample WIN-0001').waitFor();
    await counter('donated', 1);
    await expect(qin.getByRole('button', { name: 'Edit the sample id · Qin Lan' }).count()).resolves.toBe(1);

    await search.fill('han.mei@imu.test');
    await search.press('Enter');
    const han = page.getByRole('article', { name: 'Han Mei' });
    await han.getByText(/Already in the registry since .*: no new sample is needed/).waitFor();
    await expect(han.getByRole('button', { name: 'Joined the registry · Han Mei' }).count()).resolves.toBe(0);
    await han.getByRole('button', { name: 'Check in · Han Mei' }).click();
    await han.getByText('Checked in', { exact: true }).waitFor();
    await counter('checkedIn', 2);
    await counter('donated', 1);
    await screenshot(page, 'organizer-check-in-desk-registry-tablet');

    // Nothing on the desk speaks of blood donations or millilitres.
    const words = (await page.locator('main').textContent()) ?? '';
    expect(words).not.toMatch(/Donat|\bml\b/);
  });
});
