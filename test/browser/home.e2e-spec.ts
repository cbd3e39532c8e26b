// The web app served by `npm start` opens in a real browser, in the visitor's language.
import { PHONE, screenshot } from '../support/browser';
import { useJourney } from '../support/journey';

describe('the web app in a browser', () => {
  const journey = useJourney('browser');

  it('shows the product name on the home page', async () => {
    const page = await journey.browser.newPage({ locale: 'en-US' });
    await page.goto(journey.platform.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.title()).resolves.toContain('Life Relay');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Life Relay');
    await screenshot(page, 'home-en');
  });

  it('speaks Chinese to a phone whose browser prefers it', async () => {
    const context = await journey.browser.newContext({ ...PHONE, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(journey.platform.url);
    await page.getByText('组织献血活动').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(page.getByText('组织献血活动').isVisible()).resolves.toBe(true);
    await screenshot(page, 'home-zh-phone');
    await context.close();
  });
});
