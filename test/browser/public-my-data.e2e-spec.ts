// A person's own data (issue 20) in the browser: they ask for the link at /me, open it from their
// mail, read everything stored about them in English and in Chinese, download it as JSON and as
// CSV, turn a kind of message off, correct their name, withdraw their health consent (the blood
// type goes) and, in Chinese, erase everything (the link then opens nothing).
import { readFileSync } from 'fs';
import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { signUpDirectly } from '../support/public-drive';

describe('the my-data page', () => {
  const journey = useJourney('my-data');

  /** The token of the latest data link mailed to `email`. */
  async function linkFrom(email: string): Promise<string> {
    const deadline = Date.now() + 20000;
    for (;;) {
      const mail = [...(journey.inbox?.mails ?? [])].reverse().find((m) => m.to.includes(email) && /Your data at Life Relay|您在生命接力的个人数据/.test(m.subject));
      const token = mail && /\/me\/([\w-]{43})/.exec(mail.text)?.[1];
      if (token) return token;
      if (Date.now() > deadline) throw new Error(`No data link reached ${email}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The file a download button gives, as text. */
  async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    return { name: file.suggestedFilename(), text: readFileSync((await file.path()) as string, 'utf8') };
  }

  it('sends the link asked for at /me, shows everything stored, downloads it, takes a correction and withdraws the health consent, in English', async () => {
    const drive = await journey.organizer.publishedDrive('Campus library blood drive', [5]);
    const email = `sun.li-${Date.now()}@imu.test`;
    await signUpDirectly(journey.platform, drive, { name: 'Sun Li', email, bloodType: 'O_NEG' });
    const page = await journey.phone('en-US');
    await page.goto(`${journey.platform.url}/me`);
    await page.getByLabel('E-mail address or mobile number').fill(email);
    await page.getByRole('button', { name: 'Send me the link' }).click();
    await page.getByText(/a link is on its way there now/).waitFor();

    await page.goto(`${journey.platform.url}/me/${await linkFrom(email)}`);
    await page.getByRole('heading', { level: 1, name: 'Everything we store about you' }).waitFor();
    const details = page.getByTestId('my-details');
    await details.getByText('Sun Li').waitFor();
    await details.getByText(email).waitFor();
    await details.getByText('2003-05-17').waitFor();
    await page.getByTestId('my-sign-up').filter({ hasText: drive.title }).getByText('Signed up').waitFor();
    await page.getByTestId('my-messages').getByText(/Sign-up confirmation/).first().waitFor();
    await page.getByTestId('my-messages').getByText(/Link to your data/).waitFor();
    await screenshot(page, 'public-my-data-en');

    const json = await download(page, 'Download (JSON)');
    expect(json.name).toBe('my-data.json');
    const data = JSON.parse(json.text);
    expect(data).toMatchObject({ name: 'Sun Li', email, birthDate: '2003-05-17' });
    expect(data.signUps.map((s: { driveTitle: string }) => s.driveTitle)).toEqual([drive.title]);
    const csv = await download(page, 'Download (CSV, for a spreadsheet)');
    expect(csv.name).toBe('my-data.csv');
    expect(csv.text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('section,item,field,value');
    expect(csv.text).toContain(`profile,,email,${email}`);
    expect(csv.text).toContain(`signUp,1,driveTitle,${drive.title}`);

    // Reminders off: the box stays unticked when the page reads the data again.
    const reminders = page.getByRole('checkbox', { name: 'Reminders before your time' });
    await reminders.uncheck();
    await page.getByText('Saved.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Everything we store about you' }).waitFor();
    await expect(page.getByRole('checkbox', { name: 'Reminders before your time' }).isChecked()).resolves.toBe(false);
    await expect(page.getByRole('checkbox', { name: 'Thanks after donating' }).isChecked()).resolves.toBe(true);

    await page.getByLabel('Name', { exact: true }).fill('Sun Li (孙丽)');
    await page.getByRole('button', { name: 'Save the name' }).click();
    await page.getByText('Saved: your details are up to date.').waitFor();
    await details.getByText('Sun Li (孙丽)').waitFor();

    // The health consent: the question says what withdrawing means, then the blood type is gone.
    await details.getByText('O−').waitFor();
    const health = page.getByTestId('my-consent-HEALTH');
    await health.getByRole('button', { name: 'Withdraw' }).click();
    await health.getByText('Your blood type is deleted now.').waitFor();
    await health.getByText(/at your next sign-up or at the drive's desk/).waitFor();
    await screenshot(page, 'public-my-data-withdraw-en');
    await health.getByRole('button', { name: 'Yes, withdraw' }).click();
    await page.getByText(/^Withdrawn: Health data/).waitFor();
    await health.getByText(/; Withdrawn /).waitFor();
    await expect(details.getByText('O−').count()).resolves.toBe(0);
    await expect(health.getByRole('button', { name: 'Withdraw' }).count()).resolves.toBe(0);
    // Read again from the server: still gone.
    await page.reload();
    await page.getByTestId('my-consent-HEALTH').getByText(/; Withdrawn /).waitFor();
    await expect(page.getByTestId('my-details').getByText('O−').count()).resolves.toBe(0);
  });

  it('shows the same in Chinese, with its downloads, erases everything after asking twice, and says when a link does not work', async () => {
    const drive = await journey.organizer.publishedDrive('图书馆献血日', [5]);
    const email = `zhou.min-${Date.now()}@imu.test`;
    await signUpDirectly(journey.platform, drive, { name: '周敏', email });
    const asked = await journey.platform.gql(`mutation($c: String!) { requestMyDataLink(contact: $c, locale: "zh-CN") }`, { c: email });
    expect(asked.data).toEqual({ requestMyDataLink: true });
    const page = await journey.phone('zh-CN');
    await page.goto(`${journey.platform.url}/me/${await linkFrom(email)}`);
    await page.getByRole('heading', { level: 1, name: '我们保存的有关您的全部信息' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '您的个人资料' }).waitFor();
    await page.getByTestId('my-details').getByText('周敏').waitFor();
    await page.getByTestId('my-sign-up').filter({ hasText: '图书馆献血日' }).getByText('已报名').waitFor();
    await page.getByTestId('my-messages').getByText(/个人数据链接/).waitFor();
    await page.getByRole('checkbox', { name: '紧急求助' }).waitFor();
    await screenshot(page, 'public-my-data-zh');
    const csv = await download(page, '下载（CSV，可用表格软件打开）');
    expect(csv.text).toContain('profile,,name,周敏');
    const json = await download(page, '下载（JSON）');
    expect(JSON.parse(json.text).name).toBe('周敏');

    // Erasing: what goes and what stays, then a tick that it cannot be undone, then for good.
    await page.getByTestId('erase-goes').getByText('您的姓名、电子邮箱和手机号码').waitFor();
    await page.getByRole('button', { name: '删除我的数据…' }).click();
    const forGood = page.getByRole('button', { name: '永久删除我的数据' });
    await expect(forGood.isDisabled()).resolves.toBe(true);
    await page.getByRole('checkbox', { name: /无法撤销/ }).check();
    await screenshot(page, 'public-my-data-erase-zh');
    await forGood.click();
    await page.getByRole('heading', { level: 1, name: '您的数据已删除' }).waitFor();
    await expect(page.getByText('周敏').count()).resolves.toBe(0);
    await expect(page.getByText(email).count()).resolves.toBe(0);
    // Home is the organizers' app, another page than the public pages' (index.html, not public.html).
    const link = page.url();
    await page.getByRole('link', { name: '返回生命接力首页' }).click();
    await page.getByText('组织献血活动').waitFor();
    // The link opens nothing now.
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: '此链接无法使用' }).waitFor();

    const lost = await journey.phone('en-US');
    await lost.goto(`${journey.platform.url}/me/not-a-real-token`);
    await lost.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
    await lost.getByRole('link', { name: 'Ask for a new link' }).click();
    await lost.getByRole('heading', { level: 1, name: 'See what we store about you' }).waitFor();
  });
});
