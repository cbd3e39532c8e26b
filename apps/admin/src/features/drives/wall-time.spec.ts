import { addHoursToWallTime, instantToWallTime, suggestedCopyStart, wallTimeToInstant } from './wall-time';

describe('wall time in the drive’s zone ↔ instant', () => {
  it('reads 09:00 in Shanghai as 01:00 UTC, whatever zone this computer is in', () => {
    expect(wallTimeToInstant('2026-12-05T09:00', 'Asia/Shanghai')).toBe('2026-12-05T01:00:00.000Z');
    expect(instantToWallTime('2026-12-05T01:00:00.000Z', 'Asia/Shanghai')).toBe('2026-12-05T09:00');
  });

  it('shows one instant as different wall times in different zones', () => {
    const instant = wallTimeToInstant('2026-12-05T09:00', 'Asia/Shanghai')!;
    expect(instantToWallTime(instant, 'Asia/Urumqi')).toBe('2026-12-05T07:00');
    expect(instantToWallTime(instant, 'Europe/London')).toBe('2026-12-05T01:00');
    expect(instantToWallTime(instant, 'America/Los_Angeles')).toBe('2026-12-04T17:00');
  });

  it('handles zones with half- and quarter-hour offsets', () => {
    expect(wallTimeToInstant('2026-12-05T09:00', 'Asia/Kolkata')).toBe('2026-12-05T03:30:00.000Z');
    expect(wallTimeToInstant('2026-01-01T00:00', 'Asia/Kathmandu')).toBe('2025-12-31T18:15:00.000Z');
  });

  it('follows summer time: the same wall time is a different offset in July and January', () => {
    expect(wallTimeToInstant('2026-07-01T10:00', 'Europe/Berlin')).toBe('2026-07-01T08:00:00.000Z');
    expect(wallTimeToInstant('2026-01-15T10:00', 'Europe/Berlin')).toBe('2026-01-15T09:00:00.000Z');
  });

  it('reads a time the clocks jump over with the offset before the jump', () => {
    // 2026-03-08 in New York: 02:00 EST becomes 03:00 EDT, so 02:30 does not exist.
    const instant = wallTimeToInstant('2026-03-08T02:30', 'America/New_York')!;
    expect(instant).toBe('2026-03-08T07:30:00.000Z');
    expect(instantToWallTime(instant, 'America/New_York')).toBe('2026-03-08T03:30');
    expect(wallTimeToInstant('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first of a time that happens twice when the clocks go back', () => {
    expect(wallTimeToInstant('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(wallTimeToInstant('2026-10-25T02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips every hour of a year in a zone with summer time', () => {
    for (let hour = 0; hour < 365 * 24; hour += 7) {
      const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000).toISOString();
      const wall = instantToWallTime(instant, 'Europe/Berlin');
      expect(instantToWallTime(wallTimeToInstant(wall, 'Europe/Berlin')!, 'Europe/Berlin')).toBe(wall);
    }
  });

  it('refuses what is not a complete wall time, or an unknown zone', () => {
    expect(wallTimeToInstant('', 'Asia/Shanghai')).toBeNull();
    expect(wallTimeToInstant('2026-12-05', 'Asia/Shanghai')).toBeNull();
    expect(wallTimeToInstant('2026-02-30T09:00', 'Asia/Shanghai')).toBeNull();
    expect(wallTimeToInstant('2026-12-05T24:00', 'Asia/Shanghai')).toBeNull();
    expect(wallTimeToInstant('2026-12-05T09:00', 'Nowhere/City')).toBeNull();
  });

  it('adds hours on the drive’s clocks', () => {
    expect(addHoursToWallTime('2026-12-05T23:00', 2, 'Asia/Shanghai')).toBe('2026-12-06T01:00');
    // Across the spring jump, two hours after 01:00 is 04:00 on the wall.
    expect(addHoursToWallTime('2026-03-29T01:00', 2, 'Europe/Berlin')).toBe('2026-03-29T04:00');
    expect(addHoursToWallTime('', 2, 'Asia/Shanghai')).toBeNull();
  });
});

describe('where a copy starts by default', () => {
  const now = new Date('2026-06-10T04:00:00Z'); // noon in Shanghai

  it('is a week after a drive still to come, at the same time of day', () => {
    expect(suggestedCopyStart('2026-12-05T01:00:00.000Z', 'Asia/Shanghai', now)).toBe('2026-12-12T09:00');
  });

  it('is a week from today for a drive already past, at its time of day', () => {
    expect(suggestedCopyStart('2025-12-05T01:00:00.000Z', 'Asia/Shanghai', now)).toBe('2026-06-17T09:00');
    expect(suggestedCopyStart('2025-12-30T16:30:00.000Z', 'Asia/Shanghai', new Date('2026-12-28T00:00:00Z'))).toBe('2027-01-04T00:30');
  });
});
