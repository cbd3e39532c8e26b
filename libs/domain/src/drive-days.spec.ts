import { driveDays, isOnDriveDays } from './drive-days';

describe('drive days', () => {
  const shanghai = 'Asia/Shanghai';
  // A two-day drive: 09:00 on the 5th to 01:00 on the 7th, Shanghai time (UTC+8).
  const shifts = [
    { startsAt: new Date('2030-12-06T12:00:00+08:00'), endsAt: new Date('2030-12-07T01:00:00+08:00') },
    { startsAt: new Date('2030-12-05T09:00:00+08:00'), endsAt: new Date('2030-12-05T11:00:00+08:00') },
  ];

  it('spans from the day the first shift starts to the day the last one ends, in the drive’s zone', () => {
    expect(driveDays(shifts, shanghai)).toEqual({ first: '2030-12-05', last: '2030-12-07' });
    // The same instants seen from London fall a day earlier at the start.
    expect(driveDays(shifts, 'Europe/London')).toEqual({ first: '2030-12-05', last: '2030-12-06' });
  });

  it('has no days without shifts', () => {
    expect(driveDays([], shanghai)).toBeNull();
    expect(isOnDriveDays(new Date(), null, shanghai)).toBe(false);
  });

  it('accepts any moment of those days in the drive’s zone and refuses the days around them', () => {
    const days = driveDays(shifts, shanghai);
    expect(isOnDriveDays(new Date('2030-12-04T16:00:00Z'), days, shanghai)).toBe(true); // 00:00 on the 5th in Shanghai
    expect(isOnDriveDays(new Date('2030-12-07T15:59:59Z'), days, shanghai)).toBe(true); // 23:59:59 on the 7th
    expect(isOnDriveDays(new Date('2030-12-04T15:59:59Z'), days, shanghai)).toBe(false); // the evening before
    expect(isOnDriveDays(new Date('2030-12-07T16:00:00Z'), days, shanghai)).toBe(false); // the day after
    expect(isOnDriveDays(new Date('2029-12-05T04:00:00Z'), days, shanghai)).toBe(false); // a year before
  });
});
