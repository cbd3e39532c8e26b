// The Content-Security-Policy in a real browser: a script that finds its way into a page does not
// run, while the app's own styles (Mantine's theme, written into <style> elements with the page's
// nonce) apply. Every other journey fails on anything the policy refuses (test/support/journey.ts).
import { PHONE } from '../support/browser';
import { useJourney } from '../support/journey';

describe('the content security policy in the browser', () => {
  const journey = useJourney('policy');

  it('runs no script injected into a page, and reports it', async () => {
    const page = await journey.page({ ...PHONE });
    const response = await page.goto(journey.platform.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { level: 1 }).waitFor();
    const ran = await page.evaluate(async () => {
      const flags = window as unknown as Record<string, boolean>;
      const inline = document.createElement('script');
      inline.textContent = 'window.injectedRan = true';
      document.body.append(inline);
      const handler = document.createElement('img');
      handler.setAttribute('onerror', 'window.handlerRan = true');
      handler.src = 'data:,not-an-image';
      document.body.append(handler);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { inline: flags.injectedRan === true, handler: flags.handlerRan === true };
    });
    expect(ran).toEqual({ inline: false, handler: false });
    // The browser refused both, and said so: what every other journey checks for.
    for (let tries = 0; journey.policyViolations.length < 2 && tries < 20; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(journey.policyViolations).toHaveLength(2);
    expect(journey.policyViolations.splice(0).every((v) => /script-src/.test(v))).toBe(true);
  });

  it('applies the organizers’ app theme, written into <style> elements with the page’s nonce', async () => {
    const page = await journey.organizerPage();
    const theme = await page.evaluate(() => ({
      primary: getComputedStyle(document.documentElement).getPropertyValue('--mantine-primary-color-filled'),
      red: getComputedStyle(document.documentElement).getPropertyValue('--mantine-color-red-filled'),
      blue: getComputedStyle(document.documentElement).getPropertyValue('--mantine-color-blue-filled'),
      nonced: Array.from(document.querySelectorAll<HTMLStyleElement>('style[data-mantine-styles]')).map((s) => s.nonce !== '' && s.sheet !== null),
    }));
    // Red (the theme's), not Mantine's default blue from its stylesheet.
    expect(theme.primary).toBe(theme.red);
    expect(theme.primary).not.toBe(theme.blue);
    expect(theme.nonced.length).toBeGreaterThan(0);
    expect(theme.nonced.every(Boolean)).toBe(true);
  });
});
