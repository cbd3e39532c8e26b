// The leaderboard on the screen at the event (1920×1080), read from across a hall: the boards fill
// the width, headers and rows are in large type, a Chinese header stays on one line, and nothing
// jumps while the page loads or refreshes (cumulative layout shift, measured by Chromium).
import { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { inParallel, SeededDrive, signUpDirectly } from '../support/public-drive';

const SCREEN = { viewport: { width: 1920, height: 1080 } };

interface Shifts {
  /** Cumulative layout shift (the sum of every shift not caused by input). */
  score: number;
  /** What moved, from where to where: said when the score is too high. */
  shifts: string[];
}

/** The page's layout shifts so far, as Chromium reported them (buffered: from the first paint on). */
function layoutShifts(page: Page): Promise<Shifts> {
  return page.evaluate(
    () =>
      new Promise<Shifts>((resolve) => {
        const found: Shifts = { score: 0, shifts: [] };
        type Source = { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
        const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] })[]) {
            if (entry.hadRecentInput) continue;
            found.score += entry.value;
            const moved = entry.sources.map((s) => `${s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : s.node?.nodeName} ${rect(s.previousRect)} -> ${rect(s.currentRect)}`);
            found.shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved.join('; ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries are delivered in the observer's first callback, before the next frame.
        setTimeout(() => resolve(found), 100);
      }),
  );
}

describe('the leaderboard on the screen at the event', () => {
  const journey = useJourney('board-screen');
  let drive: SeededDrive;

  beforeAll(async () => {
    const { organizer } = journey;
    drive = await organizer.publishedDrive('Dec 5 International Volunteer Day blood drive', [100]);
    const teams = [
      ['内蒙古医科大学护理学院志愿者协会', '内蒙古医科大学'],
      ['Riders Club', 'Inner Mongolia University'],
      ['青年红十字会', '内蒙古师范大学'],
      ['Future Medics', 'Inner Mongolia Medical University'],
      ['外卖骑手献血队', '呼和浩特职业学院'],
    ];
    // Five sign-ups for the first team, four for the second, …; made side by side (the order makes no difference).
    const codes: string[] = [];
    for (const [i, [name, college]] of teams.entries()) {
      const team = await organizer.team(name, college);
      for (let n = 0; n < teams.length - i; n++) codes.push(team.code);
    }
    await inParallel(codes, (teamCode) => signUpDirectly(journey.platform, drive, { teamCode }));
  });

  it.each(['en-US', 'zh-CN'])('fills a 1920×1080 screen in large type, one line per header, without shifting (%s)', async (locale) => {
    const page = await journey.page({ ...SCREEN, locale });
    await page.goto(`${journey.platform.url}/d/${drive.slug}/leaderboard`);
    const board = page.getByTestId('team-board');
    await board.locator('tbody tr').nth(4).waitFor();
    // Through one refresh (every 10 s): the board is redrawn with the same rows.
    const updated = await page.getByText(/^(Updated |更新于)/).textContent();
    await page.getByText(/^(Updated |更新于)/).filter({ hasNotText: updated! }).waitFor({ timeout: 15_000 });

    const shift = await layoutShifts(page);
    await screenshot(page, `public-leaderboard-screen-1920-${locale}`);
    expect(shift.score < 0.05 ? [] : shift.shifts).toEqual([]);

    const measured = await page.evaluate(() => {
      const tables = Array.from(document.querySelectorAll<HTMLTableElement>('[data-testid$="-board"]'));
      const left = Math.min(...tables.map((t) => t.getBoundingClientRect().left));
      const right = Math.max(...tables.map((t) => t.getBoundingClientRect().right));
      const headers = tables.flatMap((t) => Array.from(t.querySelectorAll<HTMLElement>('thead th')));
      const lines = (element: HTMLElement) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
      };
      return {
        width: right - left,
        headers: headers.map((th) => ({ text: th.textContent, size: parseFloat(getComputedStyle(th).fontSize), lines: lines(th) })),
        rowSize: parseFloat(getComputedStyle(tables[0].querySelector('tbody td.board-name')!).fontSize),
      };
    });
    expect(measured.width).toBeGreaterThanOrEqual(0.9 * SCREEN.viewport.width);
    expect(measured.headers.filter((h) => h.size < 24)).toEqual([]);
    expect(measured.headers.filter((h) => h.lines !== 1)).toEqual([]);
    expect(measured.rowSize).toBeGreaterThanOrEqual(28);
  });
});
