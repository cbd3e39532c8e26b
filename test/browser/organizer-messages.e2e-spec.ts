// The organizers' Messages page: the outbox with real delivery states (a real SMTP server that
// accepts, then refuses; the sign-up codes it receives are read to sign people up), template previews in both languages, and an urgent call-out whose
// audience count follows the filters, whose audience is shown by name, whose messages go by SMS to
// those who gave a phone and land in the outbox, and whose tally counts the answers against the need.
import AxeBuilder from '@axe-core/playwright';
import { Locator, Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { loggedInContext, TABLET } from '../support/organizer-app';
import { CodeInbox } from '../support/code-inbox';
import { SeededDrive, signUpDirectly, submitSignUp, verifiedInput } from '../support/public-drive';

/** Waits until the locator's text is exactly `text` (counts change after a debounce). */
async function waitForText(locator: Locator, text: string) {
  await locator.filter({ hasText: new RegExp(`^${text}$`) }).waitFor();
}

/** The phones of the two RhD-negative people: call-outs go to them by SMS. */
const RHD_NEGATIVE_PHONES = ['13912340001', '13912340002'];

/** axe's findings on a page as it is (every WCAG 2.x A and AA rule, and best practices), one line per rule. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Where the (shortened) answer link in a text leads. */
async function answerLinkIn(platformUrl: string, text: string): Promise<string> {
  for (const [, code] of text.matchAll(/\/s\/([0-9A-Za-z]{12})/g)) {
    const location = (await fetch(`${platformUrl}/s/${code}`, { redirect: 'manual' })).headers.get('location') ?? '';
    if (/\/answer\/[\w-]+$/.test(location)) return new URL(new URL(location).pathname, platformUrl).href;
  }
  throw new Error(`No answer link in ${text}`);
}

async function rows(page: Page): Promise<string[]> {
  return page.getByTestId('outbox-row').allTextContents();
}

describe('the organizers’ app: messages', () => {
  const smtp = new CodeInbox();
  beforeAll(() => smtp.start());
  const journey = useJourney('messages', () => ({ SMTP_URL: smtp.url, REMINDER_TICK_SECONDS: '1' }));
  let drive: SeededDrive;
  const bounced = `bounced-${Date.now()}@campus.test`;

  beforeAll(async () => {
    journey.platform.codes = smtp;
    drive = await journey.organizer.publishedDrive('Rare Blood Reserve Day', [30]);
    // Three people who agreed to call-outs (two RhD-negative: An Qi signed up in Chinese), one who did not.
    await signUpDirectly(journey.platform, drive, { bloodType: 'O_NEG', callOuts: true, name: 'Bao Lin', phone: RHD_NEGATIVE_PHONES[0] });
    await signUpDirectly(journey.platform, drive, { bloodType: 'A_NEG', callOuts: true, name: 'An Qi', phone: RHD_NEGATIVE_PHONES[1], locale: 'zh-CN' });
    await signUpDirectly(journey.platform, drive, { bloodType: 'B_POS', callOuts: true });
    await signUpDirectly(journey.platform, drive, { bloodType: 'O_NEG', callOuts: false });
    await smtp.waitFor(4);
    // The mail server now refuses for good (550), after this person's code arrived: their confirmation fails.
    const bouncing = await verifiedInput(journey.platform, drive, { email: bounced });
    smtp.refuseWith = 550;
    await submitSignUp(journey.platform, bouncing);
    const deadline = Date.now() + 20000;
    for (;;) {
      const { outbox } = await journey.organizer.ok(`{ outbox(state: FAILED) { totalCount } }`);
      if (outbox.totalCount === 1) break;
      if (Date.now() > deadline) throw new Error('the refused message did not fail');
      await new Promise((r) => setTimeout(r, 250));
    }
    smtp.refuseWith = null;
  });
  afterAll(() => smtp.close());

  it('shows sign-up confirmations with their delivery state, filters by state, and shows a failure’s error in full', async () => {
    const { context, page } = await loggedInContext(journey.browser, journey.platform);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Messages' }).click();
    await page.getByRole('heading', { name: 'Messages' }).waitFor();
    // Five confirmations, and the five one-time codes that came before them (their codes not shown).
    await page.getByTestId('outbox-row').nth(9).waitFor();
    const all = await rows(page);
    expect(all).toHaveLength(10);
    expect(all.filter((row) => row.includes('Sign-up confirmation') && row.includes('Sent'))).toHaveLength(4);
    expect(all.filter((row) => row.includes('Sign-up code') && row.includes('Sent'))).toHaveLength(5);
    await page.getByText('1–10 of 10').waitFor();

    // Only the failed one, with the start of its error in the row.
    await page.getByRole('radiogroup', { name: 'Delivery state' }).getByText('Failed').click();
    await page.waitForURL(/state=FAILED/);
    await page.getByText('1–1 of 1').waitFor();
    const [failed] = await rows(page);
    expect(failed).toContain(bounced);
    expect(failed).toContain('Refused by the test');

    // The whole error on demand.
    await page.getByRole('button', { name: 'Details' }).click();
    const error = page.getByTestId('outbox-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/550.*Refused by the test/);
    await expect(page.getByRole('button', { name: 'Details' }).getAttribute('aria-expanded')).resolves.toBe('true');
    await screenshot(page, 'organizer-messages-outbox-failed');

    // The filter survives a reload (it is in the address); a recipient is found by their address.
    await page.reload();
    await page.getByText('1–1 of 1').waitFor();
    await page.getByRole('radiogroup', { name: 'Delivery state' }).getByText('All').click();
    await page.getByText('1–10 of 10').waitFor();
    await page.getByLabel('Recipient', { exact: true }).fill(bounced.toUpperCase());
    await page.getByLabel('Recipient', { exact: true }).press('Enter');
    await page.getByText('1–2 of 2').waitFor(); // their code, and the confirmation that failed
    await page.getByLabel('Recipient', { exact: true }).fill('nobody@campus.test');
    await page.getByLabel('Recipient', { exact: true }).press('Enter');
    await page.getByText('No message matches').waitFor();
    await page.getByRole('button', { name: 'Show every message' }).click();
    await page.getByText('1–10 of 10').waitFor();
    await screenshot(page, 'organizer-messages-outbox');
    await context.close();
  });

  it('previews a template in both languages inside a sandboxed frame', async () => {
    const { context, page } = await loggedInContext(journey.browser, journey.platform);
    await page.goto(`${journey.platform.url}/messages`);
    await page.getByRole('tab', { name: 'Templates' }).click();
    await page.waitForURL(/tab=templates/);
    await page.getByRole('combobox', { name: 'Template' }).click();
    await page.getByRole('option', { name: 'Urgent call-out' }).click();
    await page.waitForURL(/template=CALL_OUT/);
    const subjects = page.getByTestId('preview-subject');
    await subjects.nth(1).waitFor();
    expect(await subjects.allTextContents()).toEqual([expect.stringMatching(/^Urgent: /), expect.stringMatching(/^紧急求助：急需/)]);

    // The HTML runs in frames with every sandbox restriction (no scripts, no access to the app).
    const frames = page.locator('iframe');
    await expect(frames.count()).resolves.toBe(2);
    for (const frame of await frames.all()) await expect(frame.getAttribute('sandbox')).resolves.toBe('');
    await expect(page.frameLocator('iframe').first().locator('body').textContent()).resolves.toContain('Unsubscribe');
    await screenshot(page, 'organizer-messages-template-preview');

    await page.getByRole('radiogroup', { name: 'Show' }).getByText('Plain text').click();
    await page.getByText(/agreed to be asked in urgent call-outs/).waitFor();
    await expect(frames.count()).resolves.toBe(0);
    await context.close();
  });

  it('counts a call-out’s audience as the filters change, refuses nobody, shows who, sends by SMS after a confirmation naming the number, tallies an answer and sends the next wave', async () => {
    const { context, page } = await loggedInContext(journey.browser, journey.platform);
    await page.goto(`${journey.platform.url}/messages?tab=call-out`);
    const count = page.getByTestId('call-out-count');
    await waitForText(count, '3'); // everyone who agreed, any blood type

    await page.getByRole('button', { name: 'RhD-negative only' }).click();
    await waitForText(count, '2');
    await page.getByRole('checkbox', { name: 'A−' }).uncheck();
    await waitForText(count, '1');
    // Nobody AB−: nothing to send, and why.
    await page.getByRole('checkbox', { name: 'O−' }).uncheck();
    await page.getByRole('checkbox', { name: 'AB−' }).check();
    await page.getByText('Nobody would receive this call-out').waitFor();
    await expect(page.getByRole('button', { name: 'Send', exact: true }).isDisabled()).resolves.toBe(true);

    await page.getByRole('checkbox', { name: 'AB−' }).uncheck();
    await page.getByRole('button', { name: 'RhD-negative only' }).click();
    await waitForText(count, '2');

    // The message is required, said next to the field.
    const send = page.getByRole('button', { name: 'Send to 2 volunteers' });
    await send.click();
    await page.getByText('Write the message volunteers will read.').waitFor();

    await page.getByRole('combobox', { name: 'Drive to sign up for' }).click();
    await page.getByRole('option', { name: new RegExp(drive.title) }).click();
    await page.getByRole('textbox', { name: 'Message' }).fill('A patient at the People’s Hospital needs RhD-negative blood this week. Please come if you can.');
    await page.getByRole('textbox', { name: 'People needed' }).fill('2');
    await page.getByRole('textbox', { name: 'Where to come' }).fill('People’s Hospital, 1 Zhaowuda Road');
    // Exactly who would be asked, and how: both gave a phone; their types are as they reported them.
    await page.getByRole('button', { name: 'Show who would be asked' }).click();
    const audience = page.getByRole('list', { name: 'Who would be asked' });
    await audience.waitFor();
    expect((await audience.getByRole('listitem').allTextContents()).sort()).toEqual(['An QiA− (self-reported)SMS', 'Bao LinO− (self-reported)SMS']);
    await screenshot(page, 'organizer-messages-call-out');

    // Cancelling sends nothing.
    await send.click();
    const dialog = page.getByRole('dialog', { name: 'Send to 2 volunteers?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('No call-outs yet').waitFor();

    await send.click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Send to 2 volunteers' }).click();
    await page.getByText('Call-out sent').waitFor();
    const past = page.getByTestId('past-call-out');
    await past.first().waitFor();
    expect(await past.count()).toBe(1);
    const card = await past.first().textContent();
    expect(card).toContain('RhD-negative blood this week');
    expect(card).toContain('O−');
    expect(card).toContain('2volunteers');
    expect(card).toContain('0 of 2 can come');
    // The form is ready for the next one: the message is cleared, the filters kept.
    await expect(page.getByRole('textbox', { name: 'Message' }).inputValue()).resolves.toBe('');

    // Its messages, in the outbox, go out.
    await page.getByRole('link', { name: 'Their messages in the outbox' }).click();
    await page.waitForURL(/purpose=CALL_OUT/);
    await page.getByText('1–2 of 2').waitFor();
    await page.getByTestId('outbox-row').filter({ hasText: 'Sent' }).nth(1).waitFor({ timeout: 20000 });
    expect((await rows(page)).every((row) => row.includes('Urgent call-out'))).toBe(true);
    const sms = journey.sms as NonNullable<typeof journey.sms>;
    const [text] = await sms.waitForTexts(RHD_NEGATIVE_PHONES[0], 1);
    await sms.waitForTexts(RHD_NEGATIVE_PHONES[1], 1);
    expect(text.text).toMatch(/^Life Relay URGENT: .*2 people at People.s Hospital.*Reply 1 if you can come/);

    // One answers with the link in the text, on her phone: the page shows the need and two
    // buttons; opening it answered nothing, a press does, and she may change her mind.
    const answerUrl = await answerLinkIn(journey.platform.url, text.text);
    const phone = await journey.phone();
    await phone.goto(answerUrl);
    await phone.getByRole('heading', { name: 'Can you come?' }).waitFor();
    const need = await phone.locator('dl').textContent();
    expect(need).toContain('O−, A−, B−, AB−');
    expect(need).toContain('People’s Hospital, 1 Zhaowuda Road');
    await screenshot(phone, 'public-call-out-answer-phone');
    await phone.getByRole('button', { name: 'I can’t' }).click();
    await phone.getByText('The organizers know you cannot come this time.').waitFor();
    await phone.getByRole('button', { name: 'I can come' }).click();
    await phone.getByText('The organizers know you are coming.').waitFor();
    await phone.getByText('You can change your answer until the call-out closes.').waitFor();
    // Read by axe with an answer given: nothing to find.
    expect(await violations(phone)).toEqual([]);
    // Coming back to the link shows the answer on record, in the language her message was in
    // (English), even on a phone that reads Chinese; the switch is there.
    const chinese = await journey.phone('zh-CN');
    await chinese.goto(phone.url());
    await chinese.getByText('Thank you! The organizers know you are coming.').waitFor();
    await expect(chinese.locator('html').getAttribute('lang')).resolves.toBe('en');
    await chinese.getByRole('button', { name: '切换到中文' }).click();
    await chinese.getByRole('heading', { name: '您能来吗？' }).waitFor();
    await chinese.getByText('谢谢！组织者已知道您会来。').waitFor();
    // An Qi signed up in Chinese: her message was in Chinese, and her link opens in Chinese on an
    // English phone, read by axe in Chinese too.
    const [chineseText] = await sms.waitForTexts(RHD_NEGATIVE_PHONES[1], 1);
    expect(chineseText.text).toMatch(/紧急求助/);
    const english = await journey.phone('en-US');
    await english.goto(await answerLinkIn(journey.platform.url, chineseText.text));
    await english.getByRole('heading', { name: '您能来吗？' }).waitFor();
    await expect(english.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await english.getByRole('button', { name: '我能来' }).waitFor();
    expect(await violations(english)).toEqual([]);
    // The switch still turns it to English, and that choice is kept on this phone.
    await english.getByRole('button', { name: 'Switch to English' }).click();
    await english.getByRole('heading', { name: 'Can you come?' }).waitFor();
    await english.reload();
    await english.getByRole('heading', { name: 'Can you come?' }).waitFor();
    // A link that is not valid says so, and nothing else; axe finds nothing there either.
    await phone.goto(`${journey.platform.url}/answer/not-a-token`);
    await phone.getByRole('heading', { name: 'This link does not work' }).waitFor();
    expect(await violations(phone)).toEqual([]);
    await page.goto(`${journey.platform.url}/messages?tab=call-out`);
    const tally = page.getByTestId('call-out-tally');
    await tally.filter({ hasText: '1 of 2 can come' }).waitFor();
    expect(await tally.textContent()).toContain('1 wave');
    // Not met: the next wave, to every region, asks nobody already asked.
    await page.getByRole('button', { name: 'Next wave: every region' }).click();
    await page.getByText('The next wave asked 0 more people.').first().waitFor();
    await tally.filter({ hasText: '2 waves' }).waitFor();
    // Or to one city, picked from the list by typing part of its name.
    const city = page.getByRole('combobox', { name: 'City of the next wave' });
    await city.click();
    await city.fill('Baot');
    await page.getByRole('option', { name: /Baotou/ }).click();
    await page.getByRole('button', { name: 'Next wave: Baotou' }).click();
    await tally.filter({ hasText: '3 waves' }).waitFor();
    await page.getByTestId('past-call-out').getByText('City: Baotou').waitFor();
    await context.close();
  });

  it('sends “you can donate again” to the people of one city when the organizer picks it beside the template', async () => {
    const { context, page } = await loggedInContext(journey.browser, journey.platform);
    await page.goto(`${journey.platform.url}/messages?tab=templates&template=ELIGIBLE_AGAIN`);
    const reach = page.getByRole('combobox', { name: 'Send it to' });
    await reach.click();
    await reach.fill('Hohh');
    await page.getByRole('option', { name: /Hohhot/ }).click();
    await page.getByText('Saved: who hears “you can donate again”.').waitFor();
    const { organizations } = await journey.organizer.ok(`{ organizations { eligibleAgainRegionCode } }`);
    expect(organizations).toEqual([{ eligibleAgainRegionCode: 'CN-150100' }]);
    await context.close();
  });

  it('fits a tablet: the outbox and the call-out form', async () => {
    const { context, page } = await loggedInContext(journey.browser, journey.platform, { screen: TABLET });
    await page.goto(`${journey.platform.url}/messages`);
    await page.getByTestId('outbox-row').first().waitFor();
    await screenshot(page, 'organizer-messages-outbox-tablet');
    await page.goto(`${journey.platform.url}/messages?tab=call-out`);
    await page.getByTestId('past-call-out').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'organizer-messages-call-out-tablet');
    await context.close();
  });

  it('creates and renames a campaign', async () => {
    const { context, page } = await loggedInContext(journey.browser, journey.platform);
    await page.goto(`${journey.platform.url}/messages?tab=campaigns`);
    await page.getByText('No campaigns yet').waitFor();
    await page.getByRole('button', { name: 'New campaign' }).click();
    const dialog = page.getByRole('dialog', { name: 'New campaign' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Give the campaign a name.').waitFor();
    await dialog.getByLabel('Name').fill('Winter reserve 2026');
    await dialog.getByLabel('Sign-up goal').fill('400');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: 'Winter reserve 2026', exact: true }).waitFor();
    await page.getByText('0 of 400').waitFor();

    await page.getByRole('button', { name: 'Edit Winter reserve 2026' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit the campaign' });
    await edit.getByLabel('Name').fill('Winter rare-blood reserve');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Winter rare-blood reserve', exact: true }).waitFor();

    // As a contest: a public link, a ranking, and its standings page with a stage.
    await page.getByRole('button', { name: 'Edit Winter rare-blood reserve' }).click();
    await edit.getByLabel('Public link').fill('winter-reserve');
    await edit.getByLabel('Rank teams by').click();
    await page.getByRole('option', { name: 'Sign-ups' }).click();
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: 'Winter rare-blood reserve' }).click();
    await page.getByRole('heading', { name: 'Standings of Winter rare-blood reserve' }).waitFor();
    await page.getByText('Rank teams by: Sign-ups').waitFor();
    await page.getByRole('link', { name: 'Public page: /c/winter-reserve' }).waitFor();
    const stage = page.getByRole('form', { name: 'Add a stage' });
    await stage.getByLabel('Stage name').fill('Preliminaries');
    await stage.getByLabel('Starts').fill('2030-12-01');
    await stage.getByLabel('Ends').fill('2030-12-10');
    await stage.getByRole('button', { name: 'Add a stage' }).click();
    await page.getByRole('tab', { name: 'Preliminaries' }).waitFor();
    await page.getByText('No sign-ups in this stage yet.').waitFor();
    await screenshot(page, 'organizer-campaign-board-en');
    await context.close();
  });
});
