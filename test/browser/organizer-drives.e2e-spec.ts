// The organizers' drives: the list with its filters, the create/edit form with its shifts (times on
// the drive's own clocks, errors beside their fields), and the lifecycle actions (publish, close,
// copy as template), in Debian's Chromium against the built platform.
import { BrowserContext, Locator, Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { LAPTOP, loggedInContext, TABLET } from '../support/organizer-app';
import { dayAhead, signUpDirectly } from '../support/public-drive';

/** The error Mantine shows under an input (`<id>-error`, which the input names in aria-describedby). */
async function errorBeside(page: Page, input: Locator): Promise<string> {
  const id = await input.getAttribute('id');
  const error = page.locator(`[id="${id}-error"]`);
  await error.waitFor();
  await expect(input.getAttribute('aria-describedby')).resolves.toContain(`${id}-error`);
  return (await error.textContent()) ?? '';
}

/** An input by its label, which Mantine follows with " *" when the field is required. */
function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label}\\s*\\*?$`));
}

/** The list's row for a drive, found by its title link. */
function row(page: Page, title: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

async function rowAction(page: Page, title: string, action: string) {
  await page.getByRole('button', { name: `Actions for ${title}` }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

const DRIVE_QUERY = `query($id: ID!) { drive(id: $id) { title kind status location timeZone startsAt endsAt signUpGoal donationGoal minAge
  shifts { startsAt endsAt capacity } } }`;

describe('the organizers’ drives: list, form and lifecycle', () => {
  const journey = useJourney('drives');
  // One login through the form for the whole file (the API limits login attempts); every test
  // opens its own context with that session.
  let session: Awaited<ReturnType<BrowserContext['storageState']>>;

  async function openApp(path: string, options: { screen?: typeof LAPTOP | typeof TABLET; locale?: string } = {}) {
    const context = await journey.browser.newContext({ ...(options.screen ?? LAPTOP), locale: options.locale ?? 'en-US', storageState: session });
    const page = await context.newPage();
    await page.goto(`${journey.platform.url}${path}`);
    return { context, page };
  }

  /** A drive made through the API as a draft, in Shanghai, `days` ahead, with shifts of these capacities. */
  async function draft(title: string, capacities: number[], options: { days?: number; location?: string } = {}) {
    const input = { location: options.location ?? 'Inner Mongolia University, Hohhot', description: undefined, signUpGoal: 50, donationGoal: 30 };
    return journey.organizer.drive(title, capacities, { days: options.days ?? 40, status: 'DRAFT', input });
  }

  const driveById = async (id: string) => (await journey.organizer.ok(DRIVE_QUERY, { id })).drive;

  beforeAll(async () => {
    const first = await loggedInContext(journey.browser, journey.platform);
    session = await first.context.storageState();
    await first.context.close();
  });

  it('creates a drive with two shifts through the form: times on the drive’s clocks, the form’s and the API’s errors beside their fields', async () => {
    const { context, page } = await openApp('/drives');
    // A fresh platform: the list invites the first drive.
    await page.getByText('No drives yet').waitFor();
    await page.getByRole('link', { name: 'New drive' }).first().click();
    await page.waitForURL(/\/drives\/new$/);

    const day = dayAhead(60);
    await field(page, 'Title').fill('Dec 5 Volunteer Day: platelets');
    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Platelets' }).click();
    await field(page, 'Place').fill('Xinhua Square bloodmobile, Hohhot');
    await expect(page.getByRole('combobox', { name: 'Time zone of the drive' }).inputValue()).resolves.toMatch(/Asia\/Shanghai|Shanghai/);
    await field(page, 'Starts').fill(`${day}T08:00`);
    await field(page, 'Ends').fill(`${day}T17:00`);
    await page.getByLabel('Sign-up goal').fill('120');
    await page.getByLabel('Donation goal').fill('80');

    // Two shifts: the first follows the drive's start, the second the first.
    await page.getByRole('button', { name: 'Add a shift' }).click();
    await page.getByRole('button', { name: 'Add a shift' }).click();
    await expect(page.getByLabel('Shift 1 starts').inputValue()).resolves.toBe(`${day}T08:00`);
    await expect(page.getByLabel('Shift 2 starts').inputValue()).resolves.toBe(`${day}T10:00`);
    await page.getByLabel('Shift 1 ends').fill(`${day}T07:30`);
    await page.getByLabel('Places in shift 2').fill('200000');

    // The form's own check: the end before the start, under that shift's end.
    await page.getByRole('button', { name: 'Create the drive' }).click();
    await expect(errorBeside(page, page.getByLabel('Shift 1 ends'))).resolves.toBe('The end must be after the start.');
    await expect(page.url()).toMatch(/\/drives\/new$/);

    // The API's refusal lands under the second shift's places (shifts.1.capacity).
    await page.getByLabel('Shift 1 ends').fill(`${day}T10:00`);
    await page.getByRole('button', { name: 'Create the drive' }).click();
    await expect(errorBeside(page, page.getByLabel('Places in shift 2'))).resolves.toMatch(/Enter a number from 1 to 100[,.\s]?000/);
    await expect(page.getByLabel('Places in shift 1').getAttribute('aria-invalid')).resolves.toBeNull();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'organizer-drives-form-laptop');
    await expect(page.url()).toMatch(/\/drives\/new$/);

    await page.getByLabel('Places in shift 2').fill('30');
    await page.getByRole('button', { name: 'Create the drive' }).click();
    await page.waitForURL(/\/drives\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;

    // 08:00 in Shanghai is midnight UTC, whatever zone the browser is in.
    const drive = await driveById(id);
    expect(drive).toMatchObject({
      title: 'Dec 5 Volunteer Day: platelets',
      kind: 'PLATELETS',
      status: 'DRAFT',
      timeZone: 'Asia/Shanghai',
      signUpGoal: 120,
      donationGoal: 80,
      startsAt: `${day}T00:00:00.000Z`,
      endsAt: `${day}T09:00:00.000Z`,
    });
    expect(drive.shifts).toEqual([
      { startsAt: `${day}T00:00:00.000Z`, endsAt: `${day}T02:00:00.000Z`, capacity: 20 },
      { startsAt: `${day}T02:00:00.000Z`, endsAt: `${day}T04:00:00.000Z`, capacity: 30 },
    ]);

    await page.goto(`${journey.platform.url}/drives`);
    await expect(row(page, 'Dec 5 Volunteer Day: platelets').getByText('Draft').textContent()).resolves.toBe('Draft');
    await context.close();
  });

  it('shows the form at tablet width without breaking its layout', async () => {
    const { context, page } = await openApp('/drives/new', { screen: TABLET });
    await page.getByRole('button', { name: 'Add a shift' }).click();
    await page.getByLabel('Shift 1 starts').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'organizer-drives-form-tablet');
    await context.close();
  });

  it('publishes a draft from the list after a confirmation naming its public page, and shows why one without shifts is refused', async () => {
    const ready = await draft('Campus week: whole blood', [25]);
    const empty = await draft('Spring drive, shifts to come', []);
    const { context, page } = await openApp('/drives');

    await rowAction(page, ready.title, 'Publish');
    const dialog = page.getByRole('dialog', { name: `Publish “${ready.title}”?` });
    await expect(dialog.textContent()).resolves.toContain(`/d/${ready.slug}`);
    // Cancelling changes nothing.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect((await driveById(ready.id)).status).toBe('DRAFT');

    await rowAction(page, ready.title, 'Publish');
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await row(page, ready.title).getByText('Published').waitFor();
    await expect((await driveById(ready.id)).status).toBe('PUBLISHED');

    // Named: the first confirmation may still be fading out.
    await rowAction(page, empty.title, 'Publish');
    await page.getByRole('dialog', { name: `Publish “${empty.title}”?` }).getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Add at least one shift before publishing.').waitFor();
    await expect(row(page, empty.title).getByText('Draft').textContent()).resolves.toBe('Draft');
    await context.close();
  });

  it('edits a published drive: its kind and the times people signed up for stay, places taken are shown, the rest is saved', async () => {
    const drive = await draft('Xinhua Square bloodmobile', [10, 10]);
    await journey.organizer.ok(`mutation($id: ID!) { publishDrive(id: $id) { status } }`, { id: drive.id });
    await signUpDirectly(journey.platform, drive);
    const { context, page } = await openApp(`/drives/${drive.id}/edit`, { screen: TABLET });

    await page.getByRole('tab', { name: 'Edit', selected: true }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Kind' }).isDisabled()).resolves.toBe(true);
    await expect(page.getByLabel('Shift 1 starts').isDisabled()).resolves.toBe(true);
    await expect(page.getByLabel('Shift 2 starts').isDisabled()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Remove shift 1' }).isDisabled()).resolves.toBe(true);
    await page.getByText('1 place taken').waitFor();
    await expect(page.getByLabel('Shift 1 starts').inputValue()).resolves.toBe(`${drive.day}T09:00`);
    await screenshot(page, 'organizer-drives-edit-tablet');

    // A blank title is caught before asking.
    await field(page, 'Title').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(errorBeside(page, field(page, 'Title'))).resolves.toBe('This field is required.');

    await field(page, 'Title').fill('Xinhua Square bloodmobile, Saturday');
    await page.getByLabel('Places in shift 1').fill('15');
    await page.getByLabel('Shift 2 starts').fill(`${drive.day}T13:00`);
    await page.getByLabel('Shift 2 ends').fill(`${drive.day}T16:00`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`/drives/${drive.id}$`));

    const saved = await driveById(drive.id);
    expect(saved.title).toBe('Xinhua Square bloodmobile, Saturday');
    expect(saved.shifts).toEqual([
      { startsAt: `${drive.day}T01:00:00.000Z`, endsAt: `${drive.day}T03:00:00.000Z`, capacity: 15 },
      { startsAt: `${drive.day}T05:00:00.000Z`, endsAt: `${drive.day}T08:00:00.000Z`, capacity: 10 },
    ]);
    await context.close();
  });

  it('announces a drive to the city picked under “Announce it to”, everyone until one is picked, and keeps it when the form is opened again', async () => {
    const drive = await draft('Hohhot students’ drive', [20]);
    const { context, page } = await openApp(`/drives/${drive.id}/edit`);
    /** Waits until the form shows the drive (it loads after the page). */
    const loaded = () => page.waitForFunction((title) => Array.from(document.querySelectorAll('input')).some((i) => i.value === title), drive.title);
    await loaded();
    const announce = page.getByRole('combobox', { name: 'Announce it to' });
    // Everyone unless the organizer narrows it: no city picked, and the placeholder says so.
    await expect(announce.inputValue()).resolves.toBe('');
    await expect(announce.getAttribute('placeholder')).resolves.toBe('Everyone');
    await announce.click();
    await announce.fill('Baot');
    await page.getByRole('option', { name: 'Baotou 包头市' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`/drives/${drive.id}$`));
    expect((await journey.organizer.ok(`query($id: ID!) { drive(id: $id) { announceRegionCode } }`, { id: drive.id })).drive).toEqual({ announceRegionCode: 'CN-150200' });

    // Opened again, the form shows the city kept.
    await page.goto(`${journey.platform.url}/drives/${drive.id}/edit`);
    await loaded();
    await expect(page.getByRole('combobox', { name: 'Announce it to' }).inputValue()).resolves.toBe('Baotou 包头市');
    await context.close();
  });

  it('closes a published drive only after a warning that sign-ups stop for good', async () => {
    const drive = await draft('Stem-cell registry week', [40]);
    await journey.organizer.ok(`mutation($id: ID!) { publishDrive(id: $id) { status } }`, { id: drive.id });
    const { context, page } = await openApp(`/drives/${drive.id}/edit`);

    await page.getByRole('button', { name: 'Close the drive' }).click();
    const dialog = page.getByRole('dialog', { name: `Close “${drive.title}”?` });
    await expect(dialog.textContent()).resolves.toContain('Sign-ups stop for good');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect((await driveById(drive.id)).status).toBe('PUBLISHED');

    await page.getByRole('button', { name: 'Close the drive' }).click();
    await dialog.getByRole('button', { name: 'Close the drive' }).click();
    await page.getByText('This drive is closed').waitFor();
    // The confirmation fades out on its own clock; its button is on the page until it has gone.
    await dialog.waitFor({ state: 'detached' });
    await expect((await driveById(drive.id)).status).toBe('CLOSED');
    // Closed for good: nothing offers to close or publish it again.
    await expect(page.getByRole('button', { name: 'Close the drive' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Publish' }).count()).resolves.toBe(0);
    await context.close();
  });

  it('copies a drive as a template to a new start on its clocks and opens the new draft', async () => {
    const source = await draft('Dec 5 Volunteer Day, last year', [12, 18], { days: 20 });
    await journey.organizer.ok(`mutation($id: ID!) { closeDrive(id: $id) { status } }`, { id: source.id });
    const { context, page } = await openApp('/drives');

    await rowAction(page, source.title, 'Copy as template');
    const dialog = page.getByRole('dialog', { name: `Copy “${source.title}”` });
    const newDay = dayAhead(90);
    await field(dialog, 'The copy starts at').fill(`${newDay}T07:30`);
    await screenshot(page, 'organizer-drives-copy-dialog');
    await dialog.getByRole('button', { name: 'Make the copy' }).click();
    await page.waitForURL(/\/drives\/[0-9a-f-]{36}\/edit$/);
    const copyId = page.url().split('/').at(-2)!;
    expect(copyId).not.toBe(source.id);

    // The form shows the copy, moved as a whole: 08:00 → 07:30, its shifts half an hour earlier too.
    await expect(field(page, 'Title').inputValue()).resolves.toBe(source.title);
    await expect(field(page, 'Starts').inputValue()).resolves.toBe(`${newDay}T07:30`);
    await expect(page.getByLabel('Shift 2 starts').inputValue()).resolves.toBe(`${newDay}T11:30`);
    const copy = await driveById(copyId);
    expect(copy.status).toBe('DRAFT');
    expect(copy.shifts.map((s: { capacity: number }) => s.capacity)).toEqual([12, 18]);
    await context.close();
  });

  it('filters the list by status and finds drives by a word of the title or place', async () => {
    await draft('Ordos Dongsheng plaza drive', [10], { location: 'Dongsheng, Ordos' });
    await draft('Baotou steelworks drive', [10], { location: 'Baotou Steel gate 3' });
    const { context, page } = await openApp('/drives');

    const search = page.getByRole('searchbox', { name: 'Search drives' });
    await search.fill('Ordos');
    await page.waitForURL(/q=Ordos/);
    await row(page, 'Ordos Dongsheng plaza drive').waitFor();
    await row(page, 'Baotou steelworks drive').waitFor({ state: 'detached' });
    await expect(page.getByRole('row').count()).resolves.toBe(2); // the header and one drive

    await search.fill('Steel');
    await row(page, 'Baotou steelworks drive').waitFor();
    await expect(row(page, 'Ordos Dongsheng plaza drive').count()).resolves.toBe(0);

    await search.fill('Urumqi');
    await page.getByText('No drive matches').waitFor();
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await row(page, 'Ordos Dongsheng plaza drive').waitFor();
    await expect(search.inputValue()).resolves.toBe('');

    const statuses = page.getByRole('radiogroup', { name: 'Status' });
    await statuses.getByText('Closed').click();
    await page.waitForURL(/status=CLOSED/);
    await row(page, 'Stem-cell registry week').waitFor();
    await row(page, 'Baotou steelworks drive').waitFor({ state: 'detached' });
    await statuses.getByText('Published').click();
    await row(page, 'Campus week: whole blood').waitFor();
    await row(page, 'Stem-cell registry week').waitFor({ state: 'detached' });

    // The filters live in the address: a reload keeps them.
    await page.reload();
    await row(page, 'Campus week: whole blood').waitFor();
    await expect(row(page, 'Baotou steelworks drive').count()).resolves.toBe(0);

    await statuses.getByText('All').click();
    await row(page, 'Baotou steelworks drive').waitFor();
    await screenshot(page, 'organizer-drives-list-laptop');
    await context.close();

    const tablet = await openApp('/drives', { screen: TABLET });
    await row(tablet.page, 'Baotou steelworks drive').waitFor();
    await screenshot(tablet.page, 'organizer-drives-list-tablet');
    await tablet.context.close();
  });

  it('pages through more drives than fit on one page', async () => {
    const { drives } = await journey.organizer.ok(`{ drives(first: 1) { totalCount } }`);
    for (let n = drives.totalCount; n < 25; n++) await draft(`Registry week, campus ${n + 1}`, [5], { days: 100 + n });
    const { context, page } = await openApp('/drives');
    const pages = page.getByRole('navigation', { name: 'Pages of drives' });

    await pages.getByText('1–20 of 25').waitFor();
    await expect(page.getByRole('row').count()).resolves.toBe(21);
    await pages.getByRole('button', { name: 'Next' }).click();
    await pages.getByText('21–25 of 25').waitFor();
    await expect(page.getByRole('row').count()).resolves.toBe(6);
    await expect(pages.getByRole('button', { name: 'Next' }).isDisabled()).resolves.toBe(true);
    await pages.getByRole('button', { name: 'Previous' }).click();
    await pages.getByText('1–20 of 25').waitFor();
    await context.close();
  });

  it('shows the list and the form in Chinese', async () => {
    const { context, page } = await openApp('/drives', { locale: 'zh-CN' });
    await page.getByRole('heading', { name: '活动', exact: true }).waitFor();
    await page.getByText('草稿').first().waitFor();
    await page.getByRole('link', { name: '新建活动' }).click();
    await page.getByRole('combobox', { name: '活动所在时区' }).waitFor();
    await page.getByRole('button', { name: '创建活动' }).click();
    await expect(errorBeside(page, field(page, '标题'))).resolves.toBe('此项为必填项。');
    await context.close();
  });
});
