import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { DrivesEditorDriveFragment } from '../../generated/graphql';
import { driveFormProblems, driveToForm, emptyDriveForm, shiftChanges, toCreateInput, withTimeZone, type DriveFormValues } from './drive-form-values';
import { saveDriveEdits, type DriveEditCalls } from './drive-save';

const saved: DrivesEditorDriveFragment = {
  id: 'd1',
  title: 'Dec 5 blood drive',
  slug: 'dec-5-blood-drive',
  kind: 'WHOLE_BLOOD',
  status: 'PUBLISHED',
  location: 'Xinhua Square, Hohhot',
  regionCode: 'CN-150100',
  announceRegionCode: 'CN-150100',
  description: null,
  timeZone: 'Asia/Shanghai',
  startsAt: '2026-12-05T00:00:00.000Z', // 08:00 in Shanghai
  endsAt: '2026-12-05T10:00:00.000Z', // 18:00
  signUpGoal: 40,
  donationGoal: null,
  minAge: null,
  maxAge: null,
  reminderHoursBefore: [24, 2],
  campaign: null,
  shifts: [
    { id: 's1', startsAt: '2026-12-05T01:00:00.000Z', endsAt: '2026-12-05T03:00:00.000Z', capacity: 10, registeredCount: 4, waitlistCount: 0 },
    { id: 's2', startsAt: '2026-12-05T04:00:00.000Z', endsAt: '2026-12-05T06:00:00.000Z', capacity: 10, registeredCount: 0, waitlistCount: 0 },
  ],
};

function filled(): DriveFormValues {
  return {
    ...emptyDriveForm(),
    title: 'Campus day',
    location: 'Library hall',
    startsAt: '2026-12-05T08:00',
    endsAt: '2026-12-05T18:00',
    shifts: [{ key: 'a', id: null, startsAt: '2026-12-05T09:00', endsAt: '2026-12-05T11:00', capacity: 20, registeredCount: 0, waitlistCount: 0 }],
  };
}

describe('the drive form’s own checks', () => {
  it('passes a complete drive', () => {
    expect(driveFormProblems(filled())).toEqual({});
  });

  it('asks for what is required, by the form’s paths', () => {
    const values = { ...filled(), title: '  ', startsAt: '', shifts: [{ ...filled().shifts[0], capacity: '' }] };
    expect(driveFormProblems(values)).toEqual({
      title: { key: 'required' },
      startsAt: { key: 'required' },
      'shifts.0.capacity': { key: 'required' },
    });
  });

  it('wants ends after starts, shifts inside the drive and at least one place', () => {
    const values = {
      ...filled(),
      endsAt: '2026-12-05T07:00',
      shifts: [{ ...filled().shifts[0], endsAt: '2026-12-05T08:30', capacity: 0 }],
    };
    expect(driveFormProblems(values)).toMatchObject({ endsAt: { key: 'endsBeforeStart' }, 'shifts.0.endsAt': { key: 'endsBeforeStart' }, 'shifts.0.capacity': { key: 'atLeastOne' } });
    const outside = { ...filled(), shifts: [{ ...filled().shifts[0], startsAt: '2026-12-05T07:00', endsAt: '2026-12-05T19:00' }] };
    expect(driveFormProblems(outside)).toEqual({ 'shifts.0.startsAt': { key: 'outsideDrive' }, 'shifts.0.endsAt': { key: 'outsideDrive' } });
  });

  it('keeps a shift with sign-ups: its capacity not below the places taken, the drive’s times around it', () => {
    const values = driveToForm(saved);
    values.shifts[0].capacity = 3;
    values.startsAt = '2026-12-05T10:00';
    expect(driveFormProblems(values)).toEqual({ 'shifts.0.capacity': { key: 'belowTaken', params: { taken: 4 } }, startsAt: { key: 'lockedShiftOutside' } });
  });

  it('refuses a maximum age under the minimum', () => {
    expect(driveFormProblems({ ...filled(), minAge: 30, maxAge: 20 })).toEqual({ maxAge: { key: 'maxBelowMin' } });
  });
});

describe('the API’s inputs', () => {
  it('keeps the drive’s city through the form, and sends a cleared one as null', () => {
    const values = driveToForm(saved);
    expect(values.regionCode).toBe('CN-150100');
    expect(toCreateInput(values).regionCode).toBe('CN-150100');
    expect(toCreateInput({ ...values, regionCode: null }).regionCode).toBeNull();
    // Announced to the people of Hohhot only; cleared, to everyone.
    expect(values.announceRegionCode).toBe('CN-150100');
    expect(toCreateInput(values).announceRegionCode).toBe('CN-150100');
    expect(toCreateInput({ ...values, announceRegionCode: null }).announceRegionCode).toBeNull();
  });

  it('sends the wall times as instants of the drive’s zone, blanks as null', () => {
    const input = toCreateInput({ ...filled(), timeZone: 'Asia/Urumqi', signUpGoal: 50, reminderHoursBefore: ['2', '48'] });
    expect(input).toMatchObject({
      title: 'Campus day',
      timeZone: 'Asia/Urumqi',
      startsAt: '2026-12-05T02:00:00.000Z',
      endsAt: '2026-12-05T12:00:00.000Z',
      signUpGoal: 50,
      donationGoal: null,
      minAge: null,
      description: null,
      campaignId: null,
      regionCode: null,
      announceRegionCode: null,
      reminderHoursBefore: [48, 2],
      shifts: [{ startsAt: '2026-12-05T03:00:00.000Z', endsAt: '2026-12-05T05:00:00.000Z', capacity: 20 }],
    });
  });

  it('reads a saved drive back as the same wall times', () => {
    const values = driveToForm(saved);
    expect(values).toMatchObject({ startsAt: '2026-12-05T08:00', endsAt: '2026-12-05T18:00', signUpGoal: 40, donationGoal: '', minAge: '' });
    expect(values.shifts.map((s) => [s.startsAt, s.endsAt])).toEqual([
      ['2026-12-05T09:00', '2026-12-05T11:00'],
      ['2026-12-05T12:00', '2026-12-05T14:00'],
    ]);
    expect(shiftChanges(saved.shifts, values)).toEqual({ update: [], add: [], remove: [] });
  });

  it('sends only what changed about each shift', () => {
    const values = driveToForm(saved);
    values.shifts[0].capacity = 12;
    values.shifts[1].endsAt = '2026-12-05T15:00';
    values.shifts.push({ key: 'n', id: null, startsAt: '2026-12-05T15:00', endsAt: '2026-12-05T17:00', capacity: 8, registeredCount: 0, waitlistCount: 0 });
    values.shifts.splice(1, 1);
    expect(shiftChanges(saved.shifts, values)).toEqual({
      update: [{ index: 0, id: 's1', input: { capacity: 12 } }],
      add: [{ index: 1, input: { startsAt: '2026-12-05T07:00:00.000Z', endsAt: '2026-12-05T09:00:00.000Z', capacity: 8 } }],
      remove: ['s2'],
    });
  });
});

function recorder(fail: Partial<Record<string, unknown>> = {}) {
  const calls: unknown[][] = [];
  let added = 0;
  const answer = async (name: string, ...args: unknown[]) => {
    calls.push([name, ...args]);
    if (fail[name]) throw fail[name];
  };
  const api: DriveEditCalls = {
    updateDrive: (input) => answer('updateDrive', input),
    addShift: async (input) => {
      await answer('addShift', input);
      return `new-${++added}`;
    },
    updateShift: (id, input) => answer('updateShift', id, input),
    removeShift: (id) => answer('removeShift', id),
  };
  return { calls, api };
}

const refused = (field: string, message: string) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message, key: 'x' }] } }] });

describe('choosing another time zone', () => {
  it('keeps what was typed, but shows the promised times of shifts with sign-ups on the new clocks', () => {
    const values = withTimeZone(driveToForm(saved), 'Asia/Urumqi');
    expect(values.timeZone).toBe('Asia/Urumqi');
    expect(values.startsAt).toBe('2026-12-05T08:00');
    expect(values.shifts.map((row) => [row.startsAt, row.endsAt])).toEqual([
      ['2026-12-05T07:00', '2026-12-05T09:00'], // s1 has sign-ups: same instants, Urumqi clocks
      ['2026-12-05T12:00', '2026-12-05T14:00'], // s2 is free: as typed
    ]);
    expect(shiftChanges(saved.shifts, values).update.map((u) => u.id)).toEqual(['s2']);
  });
});

describe('saving an edited drive', () => {
  it('moves a drive a day later with its free shift: grows to cover both days, moves the shift, then shrinks', async () => {
    const values = driveToForm(saved);
    values.startsAt = '2026-12-05T08:00';
    values.endsAt = '2026-12-06T18:00';
    values.shifts[1] = { ...values.shifts[1], startsAt: '2026-12-06T12:00', endsAt: '2026-12-06T14:00' };
    // Then the first day is dropped.
    values.shifts.splice(0, 1);
    values.startsAt = '2026-12-06T08:00';
    values.shifts.push({ key: 'n', id: null, startsAt: '2026-12-06T09:00', endsAt: '2026-12-06T11:00', capacity: 5, registeredCount: 0, waitlistCount: 0 });
    const savedNoSignUps = { ...saved, shifts: saved.shifts.map((s) => ({ ...s, registeredCount: 0 })) };
    const { calls, api } = recorder();
    const outcome = await saveDriveEdits(savedNoSignUps, values, api);
    expect(outcome).toEqual({ fieldErrors: {}, otherErrors: [], addedIds: { 1: 'new-1' } });
    expect(calls.map((c) => c[0])).toEqual(['updateDrive', 'updateShift', 'addShift', 'removeShift', 'updateDrive']);
    expect(calls[0][1]).toMatchObject({ startsAt: '2026-12-05T00:00:00.000Z', endsAt: '2026-12-06T10:00:00.000Z', title: 'Dec 5 blood drive' });
    expect(calls[3]).toEqual(['removeShift', 's1']);
    expect(calls[4][1]).toEqual({ startsAt: '2026-12-06T00:00:00.000Z', endsAt: '2026-12-06T10:00:00.000Z' });
  });

  it('puts a shift’s refusal next to that shift’s field and keeps the drive’s wider times', async () => {
    const values = driveToForm(saved);
    values.startsAt = '2026-12-05T09:00';
    values.shifts[1].capacity = 200000;
    const { calls, api } = recorder({ updateShift: refused('capacity', 'Must be between 1 and 100000.') });
    const outcome = await saveDriveEdits(saved, values, api);
    expect(outcome.fieldErrors).toEqual({ 'shifts.1.capacity': 'Must be between 1 and 100000.' });
    expect(calls.map((c) => c[0])).toEqual(['updateDrive', 'updateShift']);
  });

  it('stops at the drive when its details are refused', async () => {
    const { calls, api } = recorder({ updateDrive: refused('title', 'Too long.') });
    const values = driveToForm(saved);
    values.shifts[1].capacity = 11;
    const outcome = await saveDriveEdits(saved, values, api);
    expect(outcome.fieldErrors).toEqual({ title: 'Too long.' });
    expect(calls).toHaveLength(1);
  });

  it('reports a refusal that has no field, such as a shift that cannot be removed', async () => {
    const conflict = new CombinedGraphQLErrors({ errors: [{ message: 'People have signed up for this shift.', extensions: { code: 'CONFLICT' } }] });
    const { api } = recorder({ removeShift: conflict });
    const values = driveToForm(saved);
    values.shifts.splice(1, 1);
    const outcome = await saveDriveEdits(saved, values, api);
    expect(outcome.otherErrors).toEqual([conflict]);
  });
});
