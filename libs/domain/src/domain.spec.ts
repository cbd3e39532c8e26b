import {
  channelOf,
  normalizeContact,
  normalizePhone,
  SignUpChannel,
  ageOn,
  ageProblemOn,
  ageProblemForShift,
  ageWindowOf,
  DriveKind,
  funnelOf,
  NO_COUNTS,
  compareNames,
  rankBy,
  rankByConversion,
  Ranking,
  milestoneAt,
  milestonesReached,
  dayInZone,
  canCorrectTo,
  canMoveTo,
  driveSlugBase,
  generateTeamCode,
  isCalendarDate,
  isWellFormedTeamCode,
  isWithinAgeWindow,
  MESSAGES,
  nextEligibleDay,
  normalizeTeamCode,
  pickLocale,
  SignUpStatus,
  slugCandidate,
  slugify,
  TEAM_CODE_ALPHABET,
  translate,
} from './index';

describe('team codes', () => {
  it('never use characters that are confused when read aloud or typed from a poster', () => {
    for (const c of ['0', 'O', '1', 'I', 'L']) expect(TEAM_CODE_ALPHABET).not.toContain(c);
  });

  it('are six characters of the alphabet', () => {
    let i = 0;
    const code = generateTeamCode((n) => i++ % n);
    expect(code).toBe('234567');
    expect(isWellFormedTeamCode(code)).toBe(true);
    expect(isWellFormedTeamCode('AB0CDE')).toBe(false);
    expect(isWellFormedTeamCode('ABCDE')).toBe(false);
  });

  it('ignore case, spaces and dashes as typed', () => {
    expect(normalizeTeamCode(' ab-cd 23 ')).toBe('ABCD23');
  });
});

describe('drive slugs', () => {
  it('are readable lower-case words', () => {
    expect(slugify('Dec 5 — International Volunteer Day!')).toBe('dec-5-international-volunteer-day');
    expect(slugify('Café Blood Drive')).toBe('cafe-blood-drive');
  });

  it('fall back to the date for titles without Latin letters', () => {
    expect(driveSlugBase('国际志愿者日献血活动', '2026-12-05')).toBe('drive-2026-12-05');
  });

  it('number later candidates', () => {
    expect(slugCandidate('blood-day', 1)).toBe('blood-day');
    expect(slugCandidate('blood-day', 3)).toBe('blood-day-3');
  });
});

describe('eligibility', () => {
  it('knows real calendar dates', () => {
    expect(isCalendarDate('2004-02-29')).toBe(true);
    expect(isCalendarDate('2005-02-29')).toBe(false);
    expect(isCalendarDate('2005-13-01')).toBe(false);
    expect(isCalendarDate('5/12/2005')).toBe(false);
  });

  it('counts completed years', () => {
    expect(ageOn('2008-12-06', '2026-12-05')).toBe(17);
    expect(ageOn('2008-12-05', '2026-12-05')).toBe(18);
    expect(ageOn('1972-01-01', '2026-12-05')).toBe(54);
  });

  it('applies an age window, or none', () => {
    expect(isWithinAgeWindow(60, { minAge: 18, maxAge: 60 })).toBe(true);
    expect(isWithinAgeWindow(61, { minAge: 18, maxAge: 60 })).toBe(false);
    expect(isWithinAgeWindow(12, null)).toBe(true);
  });

  it("takes a drive's own age limits, each open one from its kind, or none at all", () => {
    expect(ageWindowOf({ kind: DriveKind.WHOLE_BLOOD, minAge: null, maxAge: null })).toEqual({ minAge: 18, maxAge: 60 });
    expect(ageWindowOf({ kind: DriveKind.WHOLE_BLOOD, minAge: null, maxAge: 55 })).toEqual({ minAge: 18, maxAge: 55 });
    expect(ageWindowOf({ kind: DriveKind.GENERAL, minAge: null, maxAge: null })).toBeNull();
    expect(ageWindowOf({ kind: DriveKind.GENERAL, minAge: 16, maxAge: null })).toEqual({ minAge: 16, maxAge: 150 });
    expect(ageWindowOf({ kind: DriveKind.GENERAL, minAge: null, maxAge: 30 })).toEqual({ minAge: 0, maxAge: 30 });
  });

  it('says why a birth date is outside the window on the day, with the limit', () => {
    const window = { minAge: 18, maxAge: 55 };
    expect(ageProblemOn('2008-12-06', '2026-12-05', window)).toEqual({ key: 'tooYoung', params: { minAge: 18 } });
    expect(ageProblemOn('2008-12-05', '2026-12-05', window)).toBeNull();
    expect(ageProblemOn('1970-12-04', '2026-12-05', window)).toEqual({ key: 'tooOld', params: { maxAge: 55 } });
    expect(ageProblemOn('1971-12-06', '2026-12-05', window)).toBeNull(); // 54: one year shy of the limit
    expect(ageProblemOn('2020-01-01', '2026-12-05', null)).toBeNull();
  });

  it("counts the age on the day the shift starts in the drive's zone", () => {
    const drive = { kind: DriveKind.WHOLE_BLOOD, minAge: null, maxAge: null, timeZone: 'Asia/Shanghai' };
    // 2026-12-04T17:00Z is already Dec 5 in Shanghai: the 18th birthday on Dec 5 counts.
    expect(ageProblemForShift(drive, new Date('2026-12-04T17:00:00Z'), '2008-12-05')).toBeNull();
    expect(ageProblemForShift(drive, new Date('2026-12-04T15:00:00Z'), '2008-12-05')).toEqual({ key: 'tooYoung', params: { minAge: 18 } });
  });

  it('computes the next eligible day from the interval', () => {
    expect(nextEligibleDay('2026-06-01', 180)).toBe('2026-11-28');
    expect(nextEligibleDay('2026-06-01', null)).toBeNull();
  });
});

describe('sign-up lifecycle', () => {
  it('allows the documented moves only', () => {
    expect(canMoveTo(SignUpStatus.REGISTERED, SignUpStatus.CHECKED_IN)).toBe(true);
    expect(canMoveTo(SignUpStatus.CHECKED_IN, SignUpStatus.DONATED)).toBe(true);
    expect(canMoveTo(SignUpStatus.CANCELLED, SignUpStatus.DONATED)).toBe(false);
    expect(canMoveTo(SignUpStatus.REGISTERED, SignUpStatus.DONATED)).toBe(false);
  });

  it('lets organizers correct outcomes but never revive a cancellation', () => {
    expect(canCorrectTo(SignUpStatus.DONATED, SignUpStatus.DEFERRED)).toBe(true);
    expect(canCorrectTo(SignUpStatus.CANCELLED, SignUpStatus.DONATED)).toBe(false);
  });
});

describe('messages', () => {
  it('exist in every language for every key', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    expect(Object.keys(MESSAGES['zh-CN']).sort()).toEqual(keys);
  });

  it('fill in parameters', () => {
    expect(translate('tooLong', 'en', { max: 80 })).toBe('Use at most 80 characters.');
    expect(translate('tooYoung', 'zh-CN', { minAge: 18 })).toBe('活动当天您须年满 18 岁。');
  });

  it('pick the language from Accept-Language', () => {
    expect(pickLocale('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(pickLocale('en-GB,en;q=0.9')).toBe('en');
    expect(pickLocale('fr-FR')).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
  });
});

describe('phone numbers', () => {
  it('accept Chinese mobile numbers as typed and international numbers', () => {
    expect(normalizePhone('138 1234 5678')).toBe('+8613812345678');
    expect(normalizePhone('+86 138-1234-5678')).toBe('+8613812345678');
    expect(normalizePhone('+44 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('12345')).toBeNull();
    expect(normalizePhone('call me')).toBeNull();
  });
});

describe('channels', () => {
  it('come from the link’s source', () => {
    expect(channelOf(undefined)).toBe(SignUpChannel.LINK);
    expect(channelOf('QR')).toBe(SignUpChannel.QR);
    expect(channelOf('WeChat')).toBe(SignUpChannel.CHAT);
    expect(channelOf('billboard')).toBe(SignUpChannel.OTHER);
  });
});

describe('days in a time zone', () => {
  it('follow the drive’s zone, not UTC', () => {
    expect(dayInZone(new Date('2026-12-04T17:30:00Z'), 'Asia/Shanghai')).toBe('2026-12-05');
    expect(dayInZone(new Date('2026-12-04T17:30:00Z'), 'Europe/London')).toBe('2026-12-04');
  });

  it('are worked out once per instant and zone, and told apart by both', () => {
    // `format` is a getter of a bound function: count the calls of what it gives.
    const descriptor = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format') as PropertyDescriptor;
    const format = jest.fn();
    Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
      ...descriptor,
      get(this: Intl.DateTimeFormat) {
        const original = descriptor.get?.call(this) as (date?: Date) => string;
        return (date?: Date) => (format(), original(date));
      },
    });
    try {
      const start = new Date('2031-03-01T15:59:59.999Z');
      for (let i = 0; i < 3; i++) expect(dayInZone(new Date(start), 'Asia/Shanghai')).toBe('2031-03-01');
      expect(format).toHaveBeenCalledTimes(1);
      expect(dayInZone(new Date(start.getTime() + 1), 'Asia/Shanghai')).toBe('2031-03-02');
      expect(dayInZone(start, 'America/Los_Angeles')).toBe('2031-03-01');
      expect(dayInZone(new Date('2031-03-01T08:00:00Z'), 'America/Los_Angeles')).toBe('2031-03-01');
      expect(dayInZone(new Date('2031-03-01T07:59:59Z'), 'America/Los_Angeles')).toBe('2031-02-28');
      expect(format).toHaveBeenCalledTimes(5);
    } finally {
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', descriptor);
    }
  });
});

describe('the conversion funnel', () => {
  const counts = { registered: 3, waitlisted: 2, cancelled: 1, checkedIn: 1, donated: 4, deferred: 2, noShow: 1 };

  it('counts sign-ups, arrivals and the rate as the contract defines them', () => {
    expect(funnelOf(counts)).toEqual({ signUps: 11, waitlisted: 2, cancelled: 1, checkedIn: 7, donated: 4, deferred: 2, noShow: 1, conversionRate: 4 / 11 });
    expect(funnelOf(NO_COUNTS).conversionRate).toBe(0);
  });

  it('ranks by donations, then sign-ups, then name, without shared ranks', () => {
    const row = (name: string, donated: number, registered: number) => ({ name, funnel: funnelOf({ ...NO_COUNTS, donated, registered }) });
    const ranked = rankByConversion([row('Beta', 2, 0), row('Alpha', 2, 0), row('Gamma', 2, 3), row('Delta', 5, 0)]);
    expect(ranked.map((r) => [r.rank, r.name])).toEqual([[1, 'Delta'], [2, 'Gamma'], [3, 'Alpha'], [4, 'Beta']]);
  });

  it('ranks a contest by the figure its organizers chose, then the next ones, then name', () => {
    const row = (name: string, signUps: number, checkedIn: number, donated: number) => ({ name, ranked: { signUps, checkedIn, donated, conversionRate: signUps ? donated / signUps : 0 } });
    const rows = [row('Anatomy', 2, 2, 2), row('Biology', 5, 3, 2), row('Chemistry', 4, 4, 0), row('Dentistry', 0, 0, 0)];
    const order = (ranking: Ranking) => rankBy(rows, ranking).map((r) => `${r.rank}${r.name[0]}`);
    expect(order(Ranking.DONATED)).toEqual(['1B', '2A', '3C', '4D']);
    expect(order(Ranking.JOINED)).toEqual(order(Ranking.DONATED));
    expect(order(Ranking.SIGN_UPS)).toEqual(['1B', '2C', '3A', '4D']);
    expect(order(Ranking.CAME)).toEqual(['1C', '2B', '3A', '4D']);
    expect(order(Ranking.CONVERSION)).toEqual(['1A', '2B', '3C', '4D']);
  });

  it('breaks ties by name in code point order (PostgreSQL’s COLLATE "C"), not by UTF-16 code unit', () => {
    expect(compareNames('Ａ', '😀')).toBeLessThan(0); // U+FF21 before U+1F600, though its UTF-16 unit is larger
    expect(compareNames('😀', 'Ａ')).toBeGreaterThan(0);
    expect(compareNames('B', 'b')).toBeLessThan(0);
    expect(compareNames('e', 'e x')).toBeLessThan(0);
    expect(compareNames('é', 'e')).toBeGreaterThan(0);
    expect(compareNames('献血', '献血')).toBe(0);
    const row = (name: string) => ({ name, ranked: { signUps: 1, checkedIn: 0, donated: 0, conversionRate: 0 } });
    expect(rankBy([row('😀'), row('Ａ'), row('A')], Ranking.DONATED).map((r) => r.name)).toEqual(['A', 'Ａ', '😀']);
  });

  it('knows the milestones', () => {
    expect(milestoneAt(10)).toBe(10);
    expect(milestoneAt(11)).toBeNull();
    expect(milestonesReached(30)).toEqual([1, 10, 25]);
  });
});

describe('contacts', () => {
  it('reads an e-mail address or a phone number in the one form it is stored in', () => {
    expect(normalizeContact(' Li.Wei@Campus.EDU ')).toEqual({ channel: 'EMAIL', value: 'li.wei@campus.edu' });
    expect(normalizeContact('138 1234 5678')).toEqual({ channel: 'SMS', value: '+8613812345678' });
    expect(normalizeContact('+44 20 7946 0958')).toEqual({ channel: 'SMS', value: '+442079460958' });
    expect(normalizeContact('not a contact')).toBeNull();
    expect(normalizeContact('a@b')).toBeNull();
  });
});
