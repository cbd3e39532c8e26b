import { createEvent } from 'ics';
import { calendarInvite, ShiftInvite } from './calendar-invite';

/** What the `ics` package writes for the same event (the reference this module replaces). */
function byIcs(event: ShiftInvite): string {
  const parts = (d: Date): [number, number, number, number, number] => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
  const { error, value } = createEvent({
    uid: event.uid,
    title: event.title,
    location: event.location ?? undefined,
    description: event.description,
    start: parts(event.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: parts(event.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    productId: event.productId,
  });
  if (error || !value) throw error;
  return value;
}

describe('calendar invite', () => {
  // DTSTAMP is the time of writing: the same clock for both.
  beforeAll(() => jest.useFakeTimers({ now: new Date('2026-11-23T04:05:06.789Z') }));
  afterAll(() => jest.useRealTimers());

  const base: ShiftInvite = {
    uid: '6f1c2a7e-9f7b-4c1e-8d7a-0b7e7c2d9a11@life-relay',
    title: 'International Volunteer Day Blood Drive',
    location: 'Hohhot, Wanda Plaza bloodmobile',
    description: 'http://localhost:3000/m/Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFy',
    start: new Date('2030-12-05T01:00:00Z'),
    end: new Date('2030-12-05T03:00:00Z'),
    productId: 'life-relay',
  };

  it.each<[string, Partial<ShiftInvite>]>([
    ['a plain shift', {}],
    ['commas, semicolons, backslashes and new lines', { title: 'A, B; C\\D', location: 'Room 1;\nfloor 2, east' }],
    ['no location', { location: null }],
    ['Chinese text folded over several lines', { title: '国际志愿者日献血活动'.repeat(12), location: '呼和浩特万达广场献血车，东门'.repeat(8) }],
    ['a long ASCII title folded exactly at 75 and 74 characters', { title: 'x'.repeat(66 + 74 * 2), location: 'y'.repeat(300) }],
    ['emoji sequences, never cut by a fold', { title: '🩸❤️👩‍⚕️🇨🇳 '.repeat(25) }],
    ['times with seconds (the invite keeps minutes)', { start: new Date('2030-12-05T01:00:42.500Z'), end: new Date('2030-12-05T03:15:59Z') }],
  ])('writes what ics writes: %s', (_, change) => {
    const event = { ...base, ...change };
    expect(calendarInvite(event)).toBe(byIcs(event));
  });

  it('keeps a letter and its combining accent on one line; unfolded, the text is what ics writes', () => {
    const event = { ...base, location: 'Cafe\u0301 '.repeat(30) };
    const unfold = (ics: string) => ics.replace(/\r\n\t/g, '');
    expect(unfold(calendarInvite(event))).toBe(unfold(byIcs(event)));
    for (const line of calendarInvite(event).split('\r\n')) expect(line.startsWith('\u0301') || line.startsWith('\t\u0301')).toBe(false);
  });

  it('never starts a folded line inside a Thai or Korean character', () => {
    const event = { ...base, title: 'บริจาคโลหิต '.repeat(12), location: '\u1100\u1161\u11A8 '.repeat(40) };
    const folded = calendarInvite(event).split('\r\n\t').slice(1);
    expect(folded.length).toBeGreaterThan(2);
    for (const line of folded) expect(line).not.toMatch(/^[\p{M}\u1160-\u11FF]/u);
    expect(calendarInvite(event).replace(/\r\n\t/g, '')).toBe(byIcs(event).replace(/\r\n\t/g, ''));
  });
});
