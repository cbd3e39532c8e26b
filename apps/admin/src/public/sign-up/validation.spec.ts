import { SIGN_UP_FIELD_LIMITS } from '@life-relay/domain';
import { checkAll, checkField, codeTarget, EMPTY_VALUES, normalizeCode, normalizeTypedDate, type DriveRules, type SignUpValues } from './validation';

const drive: DriveRules = {
  timeZone: 'Asia/Shanghai',
  minAge: 18,
  maxAge: 60,
  // 00:30 on Dec 5 in Shanghai is still Dec 4 in UTC: the age counts on the drive's day.
  shifts: [{ id: 'morning', startsAt: '2026-12-04T16:30:00.000Z' }],
};

const valid: SignUpValues = {
  ...EMPTY_VALUES,
  shiftId: 'morning',
  name: 'Li Wei',
  email: 'li.wei@example.edu.cn',
  phone: '13812345678',
  code: '123456',
  birthDate: '2004-09-01',
  consent: true,
};

describe('the sign-up form rules', () => {
  it('accepts a complete, valid form', () => {
    expect(checkAll(valid, drive, { today: '2026-11-01' })).toEqual({});
  });

  it('takes a city of the list by its name in either language, or none, and refuses any other', () => {
    for (const city of ['', 'Baotou', '包头', '包头市']) expect([city, checkField('city', { ...valid, city }, drive)]).toEqual([city, undefined]);
    expect(checkField('city', { ...valid, city: 'Atlantis' }, drive)?.key).toBe('unknownRegion');
  });

  it('names every missing field with the shared message keys', () => {
    const problems = checkAll(EMPTY_VALUES, drive, { today: '2026-11-01' });
    expect(Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, p?.key]))).toEqual({
      shiftId: 'required',
      name: 'required',
      email: 'contactRequired',
      phone: 'contactRequired',
      code: 'codeRequired',
      birthDate: 'required',
      consent: 'consentRequired',
    });
  });

  it('reads dates as people type them', () => {
    expect(normalizeTypedDate('2004/9/1')).toBe('2004-09-01');
    expect(normalizeTypedDate(' 2004.09.01 ')).toBe('2004-09-01');
    expect(normalizeTypedDate('2004年9月1日')).toBe('2004-09-01');
    expect(normalizeTypedDate('20040901')).toBe('2004-09-01');
    expect(normalizeTypedDate('1 Sept 2004')).toBe('1 Sept 2004');
  });

  it('refuses dates that do not exist or lie ahead', () => {
    expect(checkField('birthDate', { ...valid, birthDate: '2005-02-30' }, drive)?.key).toBe('invalidDate');
    expect(checkField('birthDate', { ...valid, birthDate: 'yesterday' }, drive)?.key).toBe('invalidDate');
    expect(checkField('birthDate', { ...valid, birthDate: '2030-01-01' }, drive, { today: '2026-11-01' })?.key).toBe('birthDateInFuture');
  });

  it('counts the age on the day of the shift in the drive’s time zone', () => {
    // 18 on Dec 5 (Shanghai), though not yet on Dec 4 (UTC).
    expect(checkField('birthDate', { ...valid, birthDate: '2008-12-05' }, drive, { today: '2026-11-01' })).toBeUndefined();
    expect(checkField('birthDate', { ...valid, birthDate: '2008-12-06' }, drive, { today: '2026-11-01' })).toEqual({ key: 'tooYoung', params: { minAge: 18 } });
    expect(checkField('birthDate', { ...valid, birthDate: '1960-01-01' }, drive, { today: '2026-11-01' })).toEqual({ key: 'tooOld', params: { maxAge: 60 } });
    expect(checkField('birthDate', { ...valid, birthDate: '2015-01-01' }, { ...drive, minAge: null, maxAge: null }, { today: '2026-11-01' })).toBeUndefined();
  });

  it('uses the shared phone rule once it has loaded, and a shape check before', () => {
    expect(checkField('phone', { ...valid, phone: 'call me' }, drive)?.key).toBe('invalidPhone');
    expect(checkField('phone', { ...valid, phone: '12345678' }, drive, { isPhone: () => false })?.key).toBe('invalidPhone');
    expect(checkField('phone', { ...valid, phone: '+44 7700 900123' }, drive, { isPhone: () => true })).toBeUndefined();
  });

  it('checks e-mail addresses and lengths as the API does', () => {
    expect(checkField('email', { ...valid, email: 'li.wei@' }, drive)?.key).toBe('invalidEmail');
    expect(checkField('email', { ...valid, email: 'li wei@example.org' }, drive)?.key).toBe('invalidEmail');
    expect(checkField('name', { ...valid, name: '   ' }, drive)?.key).toBe('blank');
    expect(checkField('name', { ...valid, name: 'x'.repeat(101) }, drive)).toEqual({ key: 'tooLong', params: { max: 100 } });
  });

  it('takes the drive’s limits as the API sends them, one-sided ones included', () => {
    const sixteenAndUp = { ...drive, minAge: 16, maxAge: null };
    expect(checkField('birthDate', { ...valid, birthDate: '2011-01-01' }, sixteenAndUp, { today: '2026-11-01' })).toEqual({ key: 'tooYoung', params: { minAge: 16 } });
    expect(checkField('birthDate', { ...valid, birthDate: '1930-01-01' }, sixteenAndUp, { today: '2026-11-01' })).toBeUndefined();
    expect(checkField('birthDate', { ...valid, birthDate: '1990-01-01' }, { ...drive, minAge: null, maxAge: 30 }, { today: '2026-11-01' })).toEqual({ key: 'tooOld', params: { maxAge: 30 } });
  });

  it('holds every field to the limits the API holds it to', () => {
    for (const field of ['name', 'email', 'phone'] as const) {
      const max = SIGN_UP_FIELD_LIMITS[field];
      expect(checkField(field, { ...valid, [field]: '1'.repeat(max + 1) }, drive)).toEqual({ key: 'tooLong', params: { max } });
    }
  });

  it('asks for an e-mail or a mobile number, at least one, and takes either alone', () => {
    expect(checkAll({ ...valid, email: '' }, drive, { today: '2026-11-01' })).toEqual({});
    expect(checkAll({ ...valid, phone: '' }, drive, { today: '2026-11-01' })).toEqual({});
    expect(checkField('email', { ...valid, email: 'li.wei@' , phone: '' }, drive)?.key).toBe('invalidEmail');
    expect(checkField('phone', { ...valid, phone: 'call me', email: '' }, drive)?.key).toBe('invalidPhone');
  });

  it('sends the code to the mobile number when there is one, else to the e-mail address', () => {
    expect(codeTarget(valid)).toBe('phone');
    expect(codeTarget({ ...valid, phone: '  ' })).toBe('email');
  });

  it('wants the 6 digits of the code, however they were typed or pasted', () => {
    expect(normalizeCode('１２３ ４５６')).toBe('123456');
    expect(normalizeCode('123-456')).toBe('123456');
    expect(checkField('code', { ...valid, code: ' 123 456 ' }, drive)).toBeUndefined();
    expect(checkField('code', { ...valid, code: '12345' }, drive)?.key).toBe('codeRequired');
    expect(checkField('code', { ...valid, code: '12345a' }, drive)?.key).toBe('codeRequired');
  });

  it('checks donations reported elsewhere with the API’s rule: a past day with its kind, a count in range', () => {
    const today = { today: '2026-11-01' };
    expect(checkAll({ ...valid, donatedElsewhereOn: '2026/10/1', donatedElsewhereKind: 'WHOLE_BLOOD', earlierDonations: '94' }, drive, today)).toEqual({});
    expect(checkField('donatedElsewhereOn', { ...valid, donatedElsewhereOn: '2026-12-01', donatedElsewhereKind: 'PLATELETS' }, drive, today)?.key).toBe('dateInFuture');
    expect(checkField('donatedElsewhereKind', { ...valid, donatedElsewhereOn: '2026-10-01' }, drive, today)?.key).toBe('donationKindRequired');
    expect(checkField('earlierDonations', { ...valid, earlierDonations: 'lots' }, drive, today)?.key).toBe('outOfRange');
  });
});
