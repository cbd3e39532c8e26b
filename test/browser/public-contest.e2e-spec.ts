// A contest's public page /c/<slug> (issue 22): three drives in two stages, the preliminaries over
// and frozen, the final ahead. On the screen in the hall (1920×1080) and on a phone: a tab per
// stage, its teams and colleges, large enough to read from across the room, no sideways scrolling.
import { PHONE, screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { dayAhead, signUpDirectly } from '../support/public-drive';

const SCREEN = { viewport: { width: 1920, height: 1080 } };

describe('the public contest page', () => {
  const journey = useJourney('contest', { RATE_LIMIT_SIGN_UP: '1000' });
  const slug = 'campus-cup';

  beforeAll(async () => {
    const { organizer } = journey;
    const { createCampaign } = await organizer.ok(`mutation($input: CampaignInput!) { createCampaign(input: $input) { id } }`, {
      input: { name: 'Hohhot campus blood cup', description: 'Colleges of Hohhot compete in three drives: two preliminaries and a final.', slug, ranking: 'SIGN_UPS' },
    });
    const input = { campaignId: createCampaign.id };
    const one = await organizer.drive('Preliminary: Inner Mongolia University', [100], { days: 5, input });
    const two = await organizer.drive('Preliminary: Normal University', [100], { days: 6, input });
    const final = await organizer.drive('Final: Xinhua Square', [100], { days: 20, input });
    const stage = (name: string, from: number, to: number) =>
      organizer.ok(`mutation($c: ID!, $input: CampaignStageInput!) { addCampaignStage(campaignId: $c, input: $input) { id } }`, {
        c: createCampaign.id,
        input: { name, startsAt: `${dayAhead(from)}T00:00:00+08:00`, endsAt: `${dayAhead(to)}T00:00:00+08:00` },
      });
    const preliminaries = (await stage('Preliminaries', 1, 10)).addCampaignStage;
    await stage('Final', 15, 30);

    const teams = [
      ['内蒙古医科大学护理学院志愿者协会', '内蒙古医科大学', 4],
      ['Riders Club', 'Inner Mongolia University', 3],
      ['青年红十字会', '内蒙古师范大学', 2],
      ['Future Medics', 'Inner Mongolia Medical University', 1],
    ] as const;
    for (const [name, college, n] of teams) {
      const team = await organizer.team(name, college);
      for (let i = 0; i < n; i++) await signUpDirectly(journey.platform, i % 2 ? two : one, { teamCode: team.code });
      if (n <= 2) for (let i = 0; i < 5 - n; i++) await signUpDirectly(journey.platform, final, { teamCode: team.code });
    }
    // The preliminaries are over: they and their drives move a year back; the first read freezes them.
    await journey.sql(`UPDATE drives SET starts_at = starts_at - interval '1 year', ends_at = ends_at - interval '1 year' WHERE id = ANY($1)`, [[one.id, two.id]]);
    await journey.sql(`UPDATE campaign_stages SET starts_at = starts_at - interval '1 year', ends_at = ends_at - interval '1 year' WHERE id = $1`, [preliminaries.id]);
  });

  it.each(['en-US', 'zh-CN'])('fills a 1920×1080 screen with the frozen preliminaries, and the final a tap away (%s)', async (locale) => {
    const page = await journey.page({ ...SCREEN, locale });
    await page.goto(`${journey.platform.url}/c/${slug}`);
    const rows = page.getByTestId('team-board').locator('tbody tr');
    await rows.nth(3).waitFor();
    // The stage shown first: the last that has started. Ranked by sign-ups, its standings frozen.
    await expect(page.getByRole('tab', { selected: true }).textContent()).resolves.toMatch(/^Preliminaries/);
    await expect(rows.allTextContents()).resolves.toEqual([
      expect.stringMatching(/^1内蒙古医科大学护理学院志愿者协会/),
      expect.stringMatching(/^2Riders Club/),
      expect.stringMatching(/^3青年红十字会/),
      expect.stringMatching(/^4Future Medics/),
    ]);
    await expect(page.getByTestId('stage-panel').textContent()).resolves.toMatch(/frozen|锁定/);
    await screenshot(page, `public-contest-1920-${locale}`);

    const measured = await page.evaluate(() => {
      const tables = Array.from(document.querySelectorAll<HTMLTableElement>('[data-testid$="-board"]'));
      const left = Math.min(...tables.map((t) => t.getBoundingClientRect().left));
      const right = Math.max(...tables.map((t) => t.getBoundingClientRect().right));
      return {
        width: right - left,
        rowSize: parseFloat(getComputedStyle(tables[0].querySelector('tbody td.board-name')!).fontSize),
        scrolls: document.documentElement.scrollWidth > window.innerWidth,
      };
    });
    expect(measured.width).toBeGreaterThanOrEqual(0.9 * SCREEN.viewport.width);
    expect(measured.rowSize).toBeGreaterThanOrEqual(28);
    expect(measured.scrolls).toBe(false);

    await page.getByRole('tab', { name: /Final/ }).click();
    await rows.first().filter({ hasText: 'Future Medics' }).waitFor();
    await expect(rows.allTextContents()).resolves.toEqual([expect.stringMatching(/^1Future Medics/), expect.stringMatching(/^2青年红十字会/)]);
    await screenshot(page, `public-contest-1920-final-${locale}`);
  });

  it('reads on a phone: tabs, teams and colleges, no sideways scrolling', async () => {
    const page = await journey.page({ ...PHONE, locale: 'en-US' });
    await page.goto(`${journey.platform.url}/c/${slug}`);
    await page.getByTestId('team-board').locator('tbody tr').nth(3).waitFor();
    await expect(page.getByRole('tab').count()).resolves.toBe(2);
    await expect(page.getByTestId('college-board').isVisible()).resolves.toBe(true);
    await expect(page.getByText(/deferred/i).count()).resolves.toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    await screenshot(page, 'public-contest-phone-en');

    await page.goto(`${journey.platform.url}/c/no-such-cup`);
    await page.getByRole('heading', { name: 'Contest not found' }).waitFor();
  });
});
