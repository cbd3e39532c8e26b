import { importTemplate, wallTime } from './import-template';

describe('the import template', () => {
  it('writes a shift start on the drive’s clocks', () => {
    expect(wallTime('2030-12-05T01:00:00Z', 'Asia/Shanghai')).toBe('2030-12-05 09:00');
    expect(wallTime('2030-12-05T16:30:00Z', 'Asia/Shanghai')).toBe('2030-12-06 00:30');
  });

  it('starts with the header row the API reads, required columns first', () => {
    const [header, example] = importTemplate('2030-12-05 09:00').replace('\uFEFF', '').split('\r\n');
    expect(header).toBe('name,email,shiftStartsAt,phone,birthDate,bloodType,teamCode,status,volumeMl,deferralReason,retryOn');
    expect(example?.split(',')[2]).toBe('2030-12-05 09:00');
  });
});
