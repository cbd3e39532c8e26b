// The public sign-up form as students meet it: a phone, a team's QR code, two languages, and the
// one-time code that comes first, read where it went: a text message at the journey's SMPP
// gateway, or a mail at its SMTP inbox.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'fs';
import { BrowserContextOptions, Page } from 'playwright-core';
import { CONSENT_TEXTS, CONSENT_VERSIONS, translate } from '@life-relay/domain';
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { dayAhead, SeededDrive, signUpDirectly } from '../support/public-drive';
import { requestCode, typeCode, verifyContact } from '../support/sign-up-form';

describe('the public sign-up form', () => {
  const journey = useJourney('public');
  let drive: SeededDrive;
  let team: { id: string; code: string };

  beforeAll(async () => {
    drive = await journey.organizer.publishedDrive('Dec 5 Volunteer Day blood drive', [30, 30]);
    team = await journey.organizer.team('Riders Club', 'Inner Mongolia University');
  });

  const phone = (locale: 'en-US' | 'zh-CN', extra: BrowserContextOptions = {}) => journey.phone(locale, { acceptDownloads: true, ...extra });

  /** The form top to bottom: the contact and its code (a text to the number), then the rest. */
  async function fillForm(page: Page, person: { name: string; email: string; phone: string; birthDate?: string; shift?: RegExp }) {
    await verifyContact(page, journey.platform, { phone: person.phone, email: person.email });
    await page.getByRole('radio', { name: person.shift ?? /09:00/ }).check();
    await page.getByLabel('Full name', { exact: true }).fill(person.name);
    await page.getByLabel('Date of birth', { exact: true }).fill(person.birthDate ?? '2004-09-01');
    await page.getByLabel('Blood type (optional)', { exact: true }).selectOption('O_NEG');
    await page.getByRole('checkbox', { name: /I agree that the organization running this drive stores my name/ }).check();
    // A blood drive records outcomes: the health data has its own consent.
    await page.getByRole('checkbox', { name: /I separately agree that the organization stores health data about me/ }).check();
  }

  it('signs up through a team link and confirms with the time, place, calendar file and manage link', async () => {
    const page = await phone('en-US');
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${journey.platform.url}/d/${drive.slug}?team=${team.code.toLowerCase()}&source=qr`);
    await page.getByRole('heading', { level: 1, name: drive.title }).waitFor();
    await expect(page.getByTestId('team-banner').textContent()).resolves.toBe('You are joining with Riders Club (Inner Mongolia University)');
    await expect(page.getByText('Xinhua Square bloodmobile, Hohhot').first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: /09:00.*11:00.*30 places left/ }).count()).resolves.toBe(1);
    // The form page does not fetch the calendar code.
    expect(scripts.some((s) => s.includes('calendar'))).toBe(false);
    await screenshot(page, 'public-form-en');
    // Two statements, each in the version the sign-up records: the general one and the health data's.
    await expect(page.locator(`[data-consent-version="${CONSENT_VERSIONS.GENERAL}"]`).textContent()).resolves.toBe(CONSENT_TEXTS.GENERAL.en);
    await expect(page.locator(`[data-consent-version="${CONSENT_VERSIONS.HEALTH}"]`).textContent()).resolves.toBe(CONSENT_TEXTS.HEALTH.en);

    await fillForm(page, { name: 'Li Wei', email: 'li.wei@imu.test', phone: '13812345678' });
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { level: 1, name: "You're signed up!" }).waitFor();
    // A phone was given: the code, and so every message, went by text.
    await expect(page.getByText('See you there, Li Wei. We texted the details to 13812345678.').isVisible()).resolves.toBe(true);
    const manageUrl = await page.getByTestId('manage-link').getAttribute('href');
    expect(manageUrl).toMatch(new RegExp(`^${journey.platform.url}/m/[\\w-]+$`));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Add to calendar' }).click()]);
    expect(download.suggestedFilename()).toBe(`${drive.slug}.ics`);
    const ics = readFileSync(await download.path(), 'utf8');
    const day = drive.day.replace(/-/g, '');
    expect(ics).toContain(`DTSTART:${day}T010000Z`); // 09:00 in Hohhot
    expect(ics).toContain(`DTEND:${day}T030000Z`);
    await screenshot(page, 'public-confirmation-en');

    const { signUps } = await journey.organizer.ok(
      `query($id: ID!) { signUps(driveId: $id) { edges { node { channel source team { code } volunteer { email bloodType birthDate phone } } } } }`,
      { id: drive.id },
    );
    expect(signUps.edges.map((e: any) => e.node)).toContainEqual({
      channel: 'QR',
      source: 'qr',
      team: { code: team.code },
      volunteer: { email: 'li.wei@imu.test', bloodType: 'O_NEG', birthDate: '2004-09-01', phone: '+8613812345678' },
    });
  });

  it('gives the new volunteer a share link of their own: a friend who signs up through it counts as theirs', async () => {
    const page = await phone('en-US');
    await page.goto(`${journey.platform.url}/d/${drive.slug}?team=${team.code}&source=chat`);
    await fillForm(page, { name: 'Bao Recruiter', email: 'bao.recruiter@imu.test', phone: '13812349101' });
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { level: 1, name: "You're signed up!" }).waitFor();
    const shareUrl = String(await page.getByTestId('share-link').getAttribute('href'));
    expect(shareUrl).toMatch(new RegExp(`^${journey.platform.url}/d/${drive.slug}\\?team=${team.code}&ref=[2-9A-Z]{10}&source=share$`));
    await expect(page.getByRole('button', { name: 'Share my link' }).isVisible()).resolves.toBe(true);
    const manageUrl = String(await page.getByTestId('manage-link').getAttribute('href'));

    // A friend opens it on their own phone: the team's page, and nothing that names who shared it.
    const friend = await phone('en-US');
    await friend.goto(shareUrl);
    await expect(friend.getByTestId('team-banner').textContent()).resolves.toBe('You are joining with Riders Club (Inner Mongolia University)');
    await expect(friend.getByText('Bao Recruiter').count()).resolves.toBe(0);
    await fillForm(friend, { name: 'Friend of Bao', email: 'friend.of.bao@imu.test', phone: '13812349102' });
    await friend.getByRole('button', { name: 'Sign up' }).click();
    await friend.getByRole('heading', { level: 1, name: "You're signed up!" }).waitFor();

    // The recruiter sees their count on their own page; organizers see them on the drive's board.
    await page.goto(manageUrl);
    await expect(page.getByTestId('referral-count').textContent()).resolves.toBe('You brought 1 friend (0 donated)');
    const { drive: board } = await journey.organizer.ok(`query($id: ID!) { drive(id: $id) { recruiters { rank name signUps donated } } }`, { id: drive.id });
    expect(board.recruiters).toContainEqual({ rank: 1, name: 'Bao Recruiter', signUps: 1, donated: 0 });
  });

  it('offers the drive’s city as the volunteer’s own, refuses a city not on the list beside the field, and keeps the one typed', async () => {
    const inHohhot = await journey.organizer.drive('Hohhot city blood drive', [30], { input: { regionCode: 'CN-150100' } });
    // In Chinese, the drive's city is offered by its Chinese name.
    const chinese = await phone('zh-CN');
    await chinese.goto(`${journey.platform.url}/d/${inHohhot.slug}`);
    await expect(chinese.getByLabel('您所在的城市（选填）', { exact: true }).inputValue()).resolves.toBe('呼和浩特市');

    const page = await phone('en-US');
    await page.goto(`${journey.platform.url}/d/${inHohhot.slug}`);
    const city = page.getByLabel('Your city (optional)', { exact: true });
    await expect(city.inputValue()).resolves.toBe('Hohhot');
    // The list is offered as one types (the browser's own picker).
    expect(await page.locator('#su-city-list option').count()).toBeGreaterThan(30);
    await city.fill('Atlantis');
    await city.blur();
    await page.getByText('Choose a city from the list, or leave it empty.').waitFor();
    await city.fill('baotou');
    await fillForm(page, { name: 'Ma Baotou', email: 'ma.baotou@imu.test', phone: '13812349201' });
    await page.getByRole('checkbox', { name: /I agree to be contacted in urgent call-outs/ }).check();
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { level: 1, name: "You're signed up!" }).waitFor();
    // Stored as Baotou: a call-out to Baotou would ask them.
    const { callOutAudienceList } = await journey.organizer.ok(`{ callOutAudienceList(input: { kind: WHOLE_BLOOD, regionCode: "CN-150200", message: "x" }) { name } }`);
    expect(callOutAudienceList.map((p: { name: string }) => p.name)).toContain('Ma Baotou');
  });

  it('takes donations given elsewhere in a folded section: a day to come refused beside it, one too recent refused beside the shift, a fine one stored', async () => {
    const page = await phone('en-US');
    await page.goto(`${journey.platform.url}/d/${drive.slug}`);
    await fillForm(page, { name: 'Qiao Elsewhere', email: 'qiao.elsewhere@imu.test', phone: '13812349301' });
    await page.getByText('I have donated before, elsewhere (optional)').click();
    const on = page.getByLabel('Day of your last donation there', { exact: true });
    const kind = page.getByLabel('What you gave then', { exact: true });

    // A day still to come: the shared rule refuses it before anything is sent.
    await on.fill(dayAhead(3));
    await on.blur();
    await kind.selectOption('WHOLE_BLOOD');
    await expect(page.locator('#su-donated-elsewhere-on-error').textContent()).resolves.toBe(translate('dateInFuture', 'en'));

    // Whole blood 30 days ago, for a drive 30 days ahead: the API's interval (180 days) refuses the shift.
    await on.fill(dayAhead(-30));
    await page.getByLabel('How many times you have donated before', { exact: true }).fill('12');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(page.locator('#su-shift-error').textContent()).resolves.toMatch(/^You donated recently; you may donate again from /);
    await expect(page.locator('#su-donated-elsewhere-on-error').count()).resolves.toBe(0);
    await screenshot(page, 'public-form-donated-elsewhere-too-soon-en');

    // Long enough ago: signed up, and the report kept beside the person, as theirs.
    await on.fill(dayAhead(-200));
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { level: 1, name: "You're signed up!" }).waitFor();
    const { signUps } = await journey.organizer.ok(`query($id: ID!) { signUps(driveId: $id) { edges { node { volunteer { id email } } } } }`, { id: drive.id });
    const volunteer = signUps.edges.map((e: any) => e.node.volunteer).find((v: { email: string }) => v.email === 'qiao.elsewhere@imu.test');
    const { volunteer: history } = await journey.organizer.ok(
      `query($id: ID!) { volunteer(id: $id) { donorHistory { selfReportedCount selfReportedLastDonation { kind date } } } }`,
      { id: volunteer.id },
    );
    expect(history.donorHistory).toEqual({ selfReportedCount: 12, selfReportedLastDonation: { kind: 'WHOLE_BLOOD', date: dayAhead(-200) } });
  });

  it('shows field errors in the visitor’s language before and after submitting', async () => {
    const page = await phone('zh-CN');
    // Without the full phone rule in the browser, only the server can refuse this number.
    await page.route(/phone-rule-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${journey.platform.url}/d/${drive.slug}`);
    await page.getByRole('heading', { level: 1, name: drive.title }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');

    await page.getByRole('button', { name: '报名' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading').textContent()).resolves.toBe('请修改 7 处问题');
    // The summary takes focus; its links lead to the fields.
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('error-summary');
    await expect(page.locator('#su-name-error').textContent()).resolves.toBe(translate('required', 'zh-CN'));
    await expect(page.locator('#su-consent-error').textContent()).resolves.toBe(translate('consentRequired', 'zh-CN'));
    // The health data's consent is a statement of its own, in this language and version, asked separately.
    await expect(page.locator('#su-health-consent-error').textContent()).resolves.toBe(translate('healthConsentRequired', 'zh-CN'));
    await expect(page.locator(`[data-consent-version="${CONSENT_VERSIONS.HEALTH}"]`).textContent()).resolves.toBe(CONSENT_TEXTS.HEALTH['zh-CN']);
    await expect(page.getByLabel('姓名', { exact: true }).getAttribute('aria-describedby')).resolves.toBe('su-name-hint su-name-error');
    await summary.getByRole('link', { name: `选择时间段：${translate('required', 'zh-CN')}` }).press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('su-shift');
    await screenshot(page, 'public-form-errors-zh');

    await page.getByLabel('出生日期', { exact: true }).fill('2005-02-30');
    await page.getByLabel('电子邮箱', { exact: true }).fill('wang.fang@');
    await page.getByLabel('姓名', { exact: true }).focus();
    await expect(page.locator('#su-birth-date-error').textContent()).resolves.toBe(translate('invalidDate', 'zh-CN'));
    await expect(page.locator('#su-email-error').textContent()).resolves.toBe(translate('invalidEmail', 'zh-CN'));

    await page.getByRole('radio', { name: /09:00/ }).check();
    await page.getByLabel('姓名', { exact: true }).fill('王芳');
    // The code goes to the address (no number yet); the number typed after it reaches the server
    // with the sign-up, and only the server can refuse it.
    await verifyContact(page, journey.platform, { email: 'wang.fang@imu.test' });
    await page.getByLabel('手机号码', { exact: true }).fill('123456');
    await page.getByLabel('出生日期', { exact: true }).fill('2003年3月8日');
    await page.getByRole('checkbox', { name: /我同意主办本次活动的组织保存我的姓名/ }).check();
    // A blood drive records outcomes: the health data has its own consent.
    await page.getByRole('checkbox', { name: /我另行同意该组织保存我的健康信息/ }).check();
    await page.getByRole('button', { name: '报名' }).click();
    await page.locator('#su-phone-error').waitFor();
    await expect(page.locator('#su-phone-error').textContent()).resolves.toBe(translate('invalidPhone', 'zh-CN'));
    await expect(page.getByLabel('手机号码', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByLabel('出生日期', { exact: true }).inputValue()).resolves.toBe('2003-03-08');
    await screenshot(page, 'public-form-server-error-zh');

    // Switching language re-words the errors and remembers the choice.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('#su-phone-error').textContent()).resolves.toBe(translate('invalidPhone', 'en'));
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Sign up' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });

  it('tells someone who signs up twice that they are already signed up and that the link was sent again by text', async () => {
    const page = await phone('en-US');
    for (let attempt = 1; attempt <= 2; attempt++) {
      await page.goto(`${journey.platform.url}/d/${drive.slug}?team=${team.code}`);
      await fillForm(page, { name: 'Zhang San', email: 'zhang.san@imu.test', phone: '13812340002' });
      await page.getByRole('button', { name: 'Sign up' }).click();
      await page.getByRole('heading', { level: 1 }).filter({ hasText: /signed up/ }).waitFor();
    }
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe("You're already signed up");
    await expect(page.getByText(/We texted your manage link again to 13812340002/).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('manage-link').count()).resolves.toBe(0);
    await screenshot(page, 'public-duplicate-en');
  });

  it('offers the waitlist for a full shift and says so honestly', async () => {
    const small = await journey.organizer.publishedDrive('Platelet morning', [1, 10], 31);
    await signUpDirectly(journey.platform, small); // takes the only place of the first shift
    const page = await phone('en-US');
    await page.goto(`${journey.platform.url}/d/${small.slug}`);
    const full = page.getByRole('radio', { name: /09:00.*Full: join the waitlist/ });
    await full.check();
    await expect(page.getByText(/This time is full\. You will join its waitlist/).isVisible()).resolves.toBe(true);
    await fillForm(page, { name: 'Chen Jing', email: 'chen.jing@imu.test', phone: '13812340003', shift: /09:00/ });
    await page.getByRole('button', { name: 'Join the waitlist' }).click();
    await page.getByRole('heading', { level: 1, name: "You're on the waitlist" }).waitFor();
    await expect(page.getByText(/you do not have a place yet: you are number 1 in line/).isVisible()).resolves.toBe(true);
    await screenshot(page, 'public-waitlist-en');
  });

  const gateway = () => {
    if (!journey.sms) throw new Error('The journey has no SMPP gateway');
    return journey.sms;
  };
  const inbox = () => {
    if (!journey.inbox) throw new Error('The journey has no inbox');
    return journey.inbox;
  };

  it('signs up with only a mobile number, in Chinese, on a phone: the code and then the confirmation come by text message', async () => {
    const number = '13912340001';
    const page = await phone('zh-CN');
    await page.goto(`${journey.platform.url}/d/${drive.slug}?team=${team.code}`);
    await page.getByRole('heading', { level: 1, name: drive.title }).waitFor();
    const code = await requestCode(page, journey.platform, { phone: number });
    const [codeText] = gateway().to(number);
    expect(codeText.text).toBe(`【生命接力】验证码 ${code}，10分钟内有效，请勿告诉他人。`);
    // The code field takes focus, and a phone offers the code from the incoming text.
    const codeField = page.getByLabel('6 位验证码', { exact: true });
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('su-code');
    await expect(codeField.getAttribute('autocomplete')).resolves.toBe('one-time-code');
    await expect(codeField.getAttribute('inputmode')).resolves.toBe('numeric');
    await typeCode(page, code);
    await screenshot(page, 'public-code-step-zh');

    await page.getByRole('radio', { name: /09:00/ }).check();
    await page.getByLabel('姓名', { exact: true }).fill('乌兰');
    await page.getByLabel('出生日期', { exact: true }).fill('2003-11-20');
    await page.getByRole('checkbox', { name: /我同意主办本次活动的组织保存我的姓名/ }).check();
    // A blood drive records outcomes: the health data has its own consent.
    await page.getByRole('checkbox', { name: /我另行同意该组织保存我的健康信息/ }).check();
    await page.getByRole('button', { name: '报名' }).click();
    await page.getByRole('heading', { level: 1, name: '报名成功！' }).waitFor();
    await expect(page.getByText(`乌兰，到时见！详情已通过短信发送至 ${number}。`).isVisible()).resolves.toBe(true);
    await screenshot(page, 'public-confirmation-sms-zh');

    // The confirmation follows on the same channel, in Chinese, with a link that opens the sign-up.
    const [, confirmation] = await gateway().waitForTexts(number, 2);
    expect(confirmation.text).toContain(`【生命接力】您已报名「${drive.title}」。`);
    const link = /https?:\/\/\S+/.exec(confirmation.text)?.[0];
    expect(link).toBeDefined();
    await page.goto(String(link));
    await page.getByTestId('sign-up-status').filter({ hasText: '已报名' }).waitFor();
    await expect(page.getByText(/乌兰/).first().isVisible()).resolves.toBe(true);

    const { signUps } = await journey.organizer.ok(`query($id: ID!) { signUps(driveId: $id) { edges { node { team { code } volunteer { email phone } } } } }`, { id: drive.id });
    expect(signUps.edges.map((e: any) => e.node)).toContainEqual({ team: { code: team.code }, volunteer: { email: null, phone: `+86${number}` } });
  });

  it('signs up with only an e-mail address, in English, on a phone: the code and then the confirmation come by e-mail', async () => {
    const address = 'nomin.erdene@imu.test';
    const page = await phone('en-US');
    await page.goto(`${journey.platform.url}/d/${drive.slug}`);
    await page.getByRole('heading', { level: 1, name: drive.title }).waitFor();
    const texted = gateway().texts.length;
    await verifyContact(page, journey.platform, { email: address });
    await screenshot(page, 'public-code-step-en');
    await page.getByRole('radio', { name: /12:00/ }).check();
    await page.getByLabel('Full name', { exact: true }).fill('Nomin Erdene');
    await page.getByLabel('Date of birth', { exact: true }).fill('2002-06-30');
    await page.getByRole('checkbox', { name: /I agree that the organization running this drive stores my name/ }).check();
    // A blood drive records outcomes: the health data has its own consent.
    await page.getByRole('checkbox', { name: /I separately agree that the organization stores health data about me/ }).check();
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { level: 1, name: "You're signed up!" }).waitFor();
    await expect(page.getByText(`See you there, Nomin Erdene. We e-mailed the details to ${address}.`).isVisible()).resolves.toBe(true);

    const confirmation = await inbox().mailTo(address, new RegExp(`^You are signed up: ${drive.title}`));
    expect(confirmation.text).toContain('Nomin Erdene');
    expect(gateway().texts.length).toBe(texted); // nothing went by text
    // The mail carries a manage link of its own, minted when it was sent (none is stored), that
    // opens the same sign-up as the page's.
    const mailed = /\/m\/([\w-]{20,})/.exec(confirmation.text)?.[1];
    expect(mailed).toBeDefined();
    expect(confirmation.text).not.toContain(new URL(String(await page.getByTestId('manage-link').getAttribute('href'))).pathname);
    await page.goto(`${journey.platform.url}/m/${mailed}`);
    await page.getByText(/Nomin Erdene/).first().waitFor();
  });

  it('says how many tries are left beside the code field when the code is wrong, then takes the right one', async () => {
    const number = '13812340004';
    const page = await phone('en-US');
    await page.goto(`${journey.platform.url}/d/${drive.slug}`);
    const code = await requestCode(page, journey.platform, { phone: number });
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    await typeCode(page, wrong);
    await page.getByRole('radio', { name: /09:00/ }).check();
    await page.getByLabel('Full name', { exact: true }).fill('Gao Yun');
    await page.getByLabel('Date of birth', { exact: true }).fill('2001-12-02');
    await page.getByRole('checkbox', { name: /I agree that the organization running this drive stores my name/ }).check();
    // A blood drive records outcomes: the health data has its own consent.
    await page.getByRole('checkbox', { name: /I separately agree that the organization stores health data about me/ }).check();
    await page.getByRole('button', { name: 'Sign up' }).click();

    const error = page.locator('#su-code-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe(translate('codeWrong', 'en', { triesLeft: 4 }));
    expect(await error.textContent()).toContain('4 tries left');
    const codeField = page.getByLabel('6-digit code', { exact: true });
    await expect(codeField.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(codeField.getAttribute('aria-describedby')).resolves.toContain('su-code-error');
    await expect(page.getByRole('alert').getByRole('link', { name: `6-digit code: ${translate('codeWrong', 'en', { triesLeft: 4 })}` }).count()).resolves.toBe(1);
    await screenshot(page, 'public-code-wrong-en');

    await typeCode(page, code);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { level: 1, name: "You're signed up!" }).waitFor();
  });

  it('keeps what was typed when the page is reloaded while the volunteer fetches the code', async () => {
    const number = '13812340005';
    const page = await phone('en-US');
    await page.clock.install();
    await page.goto(`${journey.platform.url}/d/${drive.slug}?team=${team.code}`);
    const code = await requestCode(page, journey.platform, { phone: number, email: 'bai.xue@imu.test' });
    await page.getByRole('radio', { name: /12:00/ }).check();
    await page.getByLabel('Full name', { exact: true }).fill('Bai Xue');
    await page.getByLabel('Date of birth', { exact: true }).fill('2004-02-29');
    await page.getByLabel('Blood type (optional)', { exact: true }).selectOption('AB_NEG');
    await page.getByRole('checkbox', { name: /I agree that the organization running this drive stores my name/ }).check();
    // A blood drive records outcomes: the health data has its own consent. It is ticked the
    // moment before the page is dropped: with the page's clock stopped, no next frame comes (the
    // draft must not wait for one, as a passive effect in Preact does).
    await page.clock.pauseAt(Date.now() + 1000);
    await page.getByRole('checkbox', { name: /I separately agree that the organization stores health data about me/ }).check();

    // The phone drops the page while the messages app is open; it comes back as it was left.
    await page.reload();
    await page.clock.resume();
    await page.getByRole('heading', { level: 1, name: drive.title }).waitFor();
    await expect(page.getByLabel('Mobile phone', { exact: true }).inputValue()).resolves.toBe(number);
    await expect(page.getByLabel('E-mail', { exact: true }).inputValue()).resolves.toBe('bai.xue@imu.test');
    await expect(page.getByLabel('Full name', { exact: true }).inputValue()).resolves.toBe('Bai Xue');
    await expect(page.getByLabel('Date of birth', { exact: true }).inputValue()).resolves.toBe('2004-02-29');
    await expect(page.getByLabel('Blood type (optional)', { exact: true }).inputValue()).resolves.toBe('AB_NEG');
    await expect(page.getByRole('radio', { name: /12:00/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /I agree that the organization running this drive stores my name/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /I separately agree that the organization stores health data about me/ }).isChecked()).resolves.toBe(true);
    // It still says where the code went, and waits before sending another; the code is not kept.
    await expect(page.getByRole('status').filter({ hasText: `We sent a code to ${number}.` }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: /^Send again in \d+ s$/ }).getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(page.getByLabel('6-digit code', { exact: true }).inputValue()).resolves.toBe('');
    await screenshot(page, 'public-code-draft-en');

    await typeCode(page, code);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { level: 1, name: "You're signed up!" }).waitFor();
    // Signed up, the draft is gone: the form is empty again.
    await page.goto(`${journey.platform.url}/d/${drive.slug}`);
    await page.getByRole('button', { name: 'Sign up' }).waitFor();
    await expect(page.getByLabel('Full name', { exact: true }).inputValue()).resolves.toBe('');
    await expect(page.getByLabel('Mobile phone', { exact: true }).inputValue()).resolves.toBe('');
  });

  it('passes an automated accessibility check with no serious violations, in both languages', async () => {
    for (const locale of ['en-US', 'zh-CN'] as const) {
      const page = await phone(locale);
      await page.goto(`${journey.platform.url}/d/${drive.slug}?team=${team.code}`);
      await page.locator('form').waitFor();
      await page.getByRole('button', { name: locale === 'en-US' ? 'Sign up' : '报名' }).click(); // with errors showing
      await page.getByRole('alert').waitFor();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  it('fits a 320-pixel-wide phone and loads little JavaScript on a slow network', async () => {
    const page = await phone('en-US', { viewport: { width: 320, height: 640 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    // A congested campus network: 400 ms round trips, 1.6 Mbit/s down.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 200_000, uploadThroughput: 100_000 });
    let scriptBytes = 0;
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') scriptBytes += (await r.body()).length;
    });
    const started = Date.now();
    await page.goto(`${journey.platform.url}/d/${drive.slug}?team=${team.code}`);
    await page.getByRole('button', { name: 'Sign up' }).waitFor();
    const usable = Date.now() - started;
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, 'public-form-320');
    // Everything the page runs, the lazily loaded phone rule included, uncompressed.
    expect(scriptBytes).toBeLessThan(600_000);
    expect(usable).toBeLessThan(15_000);
    console.log(`form page: ${Math.round(scriptBytes / 1024)} KiB of JavaScript, usable after ${usable} ms on the throttled network`);
  });
});
