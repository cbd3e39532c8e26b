import { calendarFile } from './calendar';
import { calendarFileName } from './calendar-name';

describe('the add-to-calendar file', () => {
  it('writes the shift in UTC, whatever zone the drive is in', () => {
    const ics = calendarFile({
      uid: 'drive-1@life-relay',
      title: 'Dec 5 blood drive',
      location: 'Hohhot, Xinhua Square bloodmobile',
      description: 'https://relay.example/m/token',
      url: 'https://relay.example/m/token',
      startsAt: '2026-12-05T09:00:00+08:00',
      endsAt: '2026-12-05T12:30:00+08:00',
    });
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toMatch(/DTSTART:20261205T010000Z/);
    expect(ics).toMatch(/DTEND:20261205T043000Z/);
    expect(ics).toContain('SUMMARY:Dec 5 blood drive');
    expect(ics).toContain('UID:drive-1@life-relay');
  });

  it('names the file after the drive', () => {
    expect(calendarFileName('dec-5-blood-drive')).toBe('dec-5-blood-drive.ics');
    expect(calendarFileName('../../etc')).toBe('-etc.ics');
  });
});
