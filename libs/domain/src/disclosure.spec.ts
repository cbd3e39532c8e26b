import { addPublicFunnels, Attendance, attendanceOf, MIN_DISCLOSED_GROUP, NO_COUNTS, NO_PUBLIC_FUNNEL, publicFunnelOf, rankByConversion, SignUpStatus, StatusCounts } from './index';

/** A closed drive's team: `donated` gave blood, `deferred` were turned away, `noShow` never came. */
const closed = (donated: number, deferred: number, noShow = 0): StatusCounts => ({ ...NO_COUNTS, donated, deferred, noShow });

describe('the funnel the public and team leads see', () => {
  it('withholds one or two people who came without donating, so that no one’s deferral can be read', () => {
    expect(MIN_DISCLOSED_GROUP).toBe(3);
    expect(publicFunnelOf(closed(4, 1, 2))).toEqual({ signUps: 7, waitlisted: 0, cancelled: 0, checkedIn: 4, donated: 4, conversionRate: 4 / 7 });
    expect(publicFunnelOf(closed(4, 2)).checkedIn).toBe(4);
    // Nobody donated and one came: on its own that one person would be known deferred.
    expect(publicFunnelOf(closed(0, 1))).toMatchObject({ signUps: 1, checkedIn: 0, donated: 0, conversionRate: 0 });
  });

  it('shows everyone who came once at least three came without donating', () => {
    expect(publicFunnelOf(closed(4, 3)).checkedIn).toBe(7);
    expect(publicFunnelOf(closed(0, 5)).checkedIn).toBe(5);
    expect(publicFunnelOf(closed(4, 0)).checkedIn).toBe(4);
  });

  it('counts people checked in and still waiting for the screening with the deferred, as one cannot tell them apart from outside', () => {
    expect(publicFunnelOf({ ...NO_COUNTS, checkedIn: 1, deferred: 1, donated: 2 }).checkedIn).toBe(2);
    expect(publicFunnelOf({ ...NO_COUNTS, checkedIn: 2, deferred: 1, donated: 2 }).checkedIn).toBe(5);
  });

  it('never shows checkedIn - donated between 1 and 2, whatever the counts', () => {
    for (let donated = 0; donated < 6; donated++)
      for (let deferred = 0; deferred < 6; deferred++)
        for (let waiting = 0; waiting < 3; waiting++) {
          const shown = publicFunnelOf({ ...NO_COUNTS, donated, deferred, checkedIn: waiting, noShow: 1, registered: 2 });
          const withheld = shown.checkedIn - shown.donated;
          expect(withheld === 0 || withheld >= MIN_DISCLOSED_GROUP).toBe(true);
          expect(shown.checkedIn).toBeLessThanOrEqual(donated + deferred + waiting);
        }
  });

  it('keeps sign-ups, donations and the rate as they are, so ranks are those of the true numbers', () => {
    const teams = [closed(2, 1), closed(2, 4), closed(3, 0), closed(0, 2, 1)].map((counts, i) => ({ name: `Team ${i}`, counts }));
    const shown = teams.map((t) => ({ name: t.name, funnel: publicFunnelOf(t.counts) }));
    expect(shown.map((t) => t.funnel.conversionRate)).toEqual([2 / 3, 2 / 6, 1, 0]);
    const order = (rows: { name: string; funnel: { donated: number; signUps: number } }[]) => rankByConversion(rows).map((r) => r.name);
    expect(order(shown)).toEqual(order(teams.map((t) => ({ name: t.name, funnel: { donated: t.counts.donated, signUps: t.counts.donated + t.counts.deferred + t.counts.noShow } }))));
  });

  it('sums groups from the figures shown for each, so a total minus its rows gives back nothing withheld', () => {
    // Two teams withholding one deferral each, one showing its three: the total shows only the three.
    const rows = [closed(5, 1), closed(2, 1), closed(1, 3)].map(publicFunnelOf);
    const total = rows.reduce(addPublicFunnels, NO_PUBLIC_FUNNEL);
    expect(total).toEqual({ signUps: 13, waitlisted: 0, cancelled: 0, checkedIn: 11, donated: 8, conversionRate: 8 / 13 });
    expect(total.checkedIn - rows.reduce((n, r) => n + r.checkedIn, 0)).toBe(0);
    expect(NO_PUBLIC_FUNNEL.conversionRate).toBe(0);
  });
});

describe('what a team lead sees of a sign-up', () => {
  it('is whether the person came, never the outcome', () => {
    expect(Object.values(SignUpStatus).map((s) => [s, attendanceOf(s)])).toEqual([
      ['REGISTERED', Attendance.REGISTERED],
      ['WAITLISTED', Attendance.WAITLISTED],
      ['CANCELLED', Attendance.CANCELLED],
      ['CHECKED_IN', Attendance.CAME],
      ['DONATED', Attendance.CAME],
      ['DEFERRED', Attendance.CAME],
      ['NO_SHOW', Attendance.DID_NOT_COME],
    ]);
  });
});
