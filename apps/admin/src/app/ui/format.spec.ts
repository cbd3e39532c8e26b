import { withZone, zoneLabel } from './format';

describe('a drive time’s zone label', () => {
  const winter = '2030-12-05T01:00:00.000Z';

  it('names the drive’s zone and offset where the browser’s clock differs', () => {
    expect(zoneLabel('Asia/Shanghai', 'en', winter, 'Europe/Berlin')).toBe('Asia/Shanghai, GMT+8');
    expect(zoneLabel('America/New_York', 'en', winter, 'Asia/Shanghai')).toBe('America/New York, GMT-5');
    expect(withZone('Dec 5, 2030, 9:00 AM', 'Asia/Shanghai', 'en', winter, 'UTC')).toBe('Dec 5, 2030, 9:00 AM (Asia/Shanghai, GMT+8)');
  });

  it('says nothing where the browser reads the same clock at that moment', () => {
    expect(zoneLabel('Asia/Shanghai', 'en', winter, 'Asia/Shanghai')).toBeNull();
    // Another name for the same clock (Hong Kong and Beijing are both UTC+8).
    expect(zoneLabel('Asia/Shanghai', 'en', winter, 'Asia/Hong_Kong')).toBeNull();
    expect(withZone('9:00 AM', 'Asia/Shanghai', 'en', winter, 'Asia/Shanghai')).toBe('9:00 AM');
  });

  it('compares the clocks at the time shown, summer time included', () => {
    // London is on UTC in December and an hour ahead in July.
    expect(zoneLabel('Europe/London', 'en', winter, 'UTC')).toBeNull();
    expect(zoneLabel('Europe/London', 'en', '2030-07-05T08:00:00.000Z', 'UTC')).toBe('Europe/London, GMT+1');
  });
});
