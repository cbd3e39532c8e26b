import { startOfDay } from './campaign-stage-form';

describe('a stage day typed by an organizer', () => {
  it('starts at midnight on the contest’s clocks, not the laptop’s', () => {
    expect(startOfDay('2030-12-01', 'Asia/Shanghai')).toBe('2030-11-30T16:00:00.000Z');
    expect(startOfDay('2030-12-01', 'Asia/Urumqi')).toBe('2030-11-30T18:00:00.000Z');
    expect(startOfDay('2030-12-01', 'America/New_York')).toBe('2030-12-01T05:00:00.000Z');
  });

  it('ends at the start of the next day, so the last day counts, across a month and a year', () => {
    expect(startOfDay('2030-12-31', 'Asia/Shanghai', 1)).toBe('2030-12-31T16:00:00.000Z');
    expect(startOfDay('2030-02-28', 'UTC', 1)).toBe('2030-03-01T00:00:00.000Z');
  });

  it('is nothing for what is not a day', () => {
    expect(startOfDay('', 'Asia/Shanghai')).toBeNull();
    expect(startOfDay('2030-13-40', 'Asia/Shanghai')).toBeNull();
  });
});
