import { afterQuietHours } from './quiet-hours';

describe('quiet hours', () => {
  it('lets a message queued during the day go at once', () => {
    const noon = new Date('2027-03-01T04:00:00Z'); // 12:00 in Hohhot
    expect(afterQuietHours(noon, 'Asia/Shanghai')).toBe(noon);
    expect(afterQuietHours(new Date('2027-03-01T00:00:00Z'), 'Asia/Shanghai')).toEqual(new Date('2027-03-01T00:00:00Z')); // 08:00 sharp
  });

  it('holds one queued in the evening until the next morning at 08:00 local', () => {
    expect(afterQuietHours(new Date('2027-03-01T13:00:00Z'), 'Asia/Shanghai')).toEqual(new Date('2027-03-02T00:00:00Z')); // 21:00
    expect(afterQuietHours(new Date('2027-12-31T15:30:00Z'), 'Asia/Shanghai')).toEqual(new Date('2028-01-01T00:00:00Z')); // 23:30, new year's eve
  });

  it('holds one queued after midnight until the same morning', () => {
    expect(afterQuietHours(new Date('2027-03-01T19:00:00Z'), 'Asia/Shanghai')).toEqual(new Date('2027-03-02T00:00:00Z')); // 03:00
  });

  it('counts in the zone’s own offset, summer time included', () => {
    // 23:00 in Berlin in summer (UTC+2): the morning is 08:00 CEST, 06:00 UTC.
    expect(afterQuietHours(new Date('2027-07-01T21:00:00Z'), 'Europe/Berlin')).toEqual(new Date('2027-07-02T06:00:00Z'));
    // The night the clocks go forward (28 March 2027): 08:00 that morning is already summer time.
    expect(afterQuietHours(new Date('2027-03-27T23:00:00Z'), 'Europe/Berlin')).toEqual(new Date('2027-03-28T06:00:00Z'));
  });
});
