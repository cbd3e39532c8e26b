// Regions and shortages on the public pages (issue 23): /d lists the drives to come by city, in
// the reader's language, and a drive's form says which blood groups its organization needs now;
// the organizers' home shows the levels, and a critical one leads to the call-out.
import { PHONE, screenshot } from '../support/browser';
import { useJourney } from '../support/journey';

describe('the public list of drives and the shortage banner', () => {
  const journey = useJourney('drives');

  it('lists drives to come by city, narrows to one city, and the form says the blood group needed now', async () => {
    const { organizer } = journey;
    const hohhot = await organizer.drive('Hohhot riders blood drive', [20], { days: 10, input: { regionCode: 'CN-150100' } });
    const beijing = await organizer.drive('Beijing campus blood drive', [20], { days: 12, input: { regionCode: 'CN-110100', location: 'Haidian, Beijing' } });
    const draft = await organizer.drive('Draft drive nobody sees', [20], { days: 11, status: 'DRAFT', input: { regionCode: 'CN-150100' } });
    await organizer.ok(`mutation { setShortageLevel(bloodType: O_NEG, level: CRITICAL) { level } }`, {});

    const page = await journey.phone('en-US');
    await page.goto(`${journey.platform.url}/d`);
    await page.getByRole('heading', { name: 'Upcoming drives' }).waitFor();
    // The title comes at once; the list when the answer arrives.
    await page.getByRole('heading', { name: 'Hohhot', level: 2 }).waitFor();
    await expect(page.getByRole('heading', { name: 'Beijing', level: 2 }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: beijing.title }).isVisible()).resolves.toBe(true);
    await expect(page.getByText(draft.title).count()).resolves.toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    await screenshot(page, 'public-drives-en');

    await page.getByLabel('City').selectOption('CN-150100');
    await page.waitForURL(/\/d\?city=CN-150100$/);
    await page.getByRole('heading', { name: 'Beijing', level: 2 }).waitFor({ state: 'detached' });
    await expect(page.getByRole('link', { name: hohhot.title }).isVisible()).resolves.toBe(true);

    await page.getByRole('link', { name: hohhot.title }).click();
    await page.getByRole('heading', { name: hohhot.title }).waitFor();
    await expect(page.getByTestId('shortage-banner').textContent()).resolves.toBe('Urgent: we especially need O− now.');
    await screenshot(page, 'public-drive-shortage-en');

    const zh = await journey.phone('zh-CN');
    await zh.goto(`${journey.platform.url}/d`);
    await zh.getByRole('heading', { name: '呼和浩特市', level: 2 }).waitFor();
    await expect(zh.getByRole('heading', { name: '北京市', level: 2 }).isVisible()).resolves.toBe(true);
    await zh.goto(`${journey.platform.url}/d/${hohhot.slug}`);
    await expect(zh.getByTestId('shortage-banner').textContent()).resolves.toBe('紧急：我们现在特别需要 O− 型血。');
    await screenshot(zh, 'public-drive-shortage-zh');
  });

  it('shows the organizers their levels, and a critical one leads to an urgent call-out', async () => {
    const page = await journey.organizerPage();
    await page.goto(`${journey.platform.url}/drives`);
    const panel = page.getByTestId('shortage-panel');
    await panel.waitFor();
    await panel.getByText('Critical: O−').waitFor();
    await panel.getByRole('link', { name: 'Send a call-out' }).click();
    await page.waitForURL(/\/messages\?tab=call-out&bloodTypes=O_NEG$/);
    // The form opens with the critical group already chosen, and only that one.
    await expect(page.getByRole('checkbox', { name: 'O−', exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'A−', exact: true }).isChecked()).resolves.toBe(false);
  });
});
