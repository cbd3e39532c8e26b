// What the drive form holds (times as wall times in the drive's zone, numbers possibly blank),
// the checks worth making before asking the API, and the API's inputs made from it.
import { DEFAULT_AGE_WINDOWS, DriveKind as DomainDriveKind } from '@life-relay/domain';
import type {
  CreateDriveInput,
  DriveKind,
  DriveStatus,
  DrivesEditorDriveFragment,
  DrivesEditorShiftFragment,
  ShiftInput,
  UpdateDriveInput,
  UpdateShiftInput,
} from '../../generated/graphql';
import { instantToWallTime, wallTimeToInstant, type WallTime } from './wall-time';

export const DRIVE_KINDS: readonly DriveKind[] = ['WHOLE_BLOOD', 'PLATELETS', 'STEM_CELL_REGISTRY', 'GENERAL'];
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
/** What the API does when a drive names no reminder hours. */
export const DEFAULT_REMINDER_HOURS = [24, 2];

/** A blank NumberInput holds ''. */
export type NumberField = number | string;

export interface ShiftRow {
  /** Stable React key, also for rows not saved yet. */
  key: string;
  /** The saved shift this row edits; null for a new one. */
  id: string | null;
  startsAt: WallTime;
  endsAt: WallTime;
  capacity: NumberField;
  registeredCount: number;
  waitlistCount: number;
}

export interface DriveFormValues {
  title: string;
  kind: DriveKind;
  location: string;
  /** A region code of the list in libs/domain; null: not said. */
  regionCode: string | null;
  /** Announce it, when published, only to the people of this city (a region code); null: to everyone. */
  announceRegionCode: string | null;
  description: string;
  timeZone: string;
  startsAt: WallTime;
  endsAt: WallTime;
  signUpGoal: NumberField;
  donationGoal: NumberField;
  minAge: NumberField;
  maxAge: NumberField;
  /** Hours as strings: the MultiSelect's values. */
  reminderHoursBefore: string[];
  campaignId: string | null;
  shifts: ShiftRow[];
}

let rows = 0;
export function newRowKey(): string {
  return `shift-${++rows}`;
}

export function emptyDriveForm(): DriveFormValues {
  return {
    title: '',
    kind: 'WHOLE_BLOOD',
    location: '',
    regionCode: null,
    announceRegionCode: null,
    description: '',
    timeZone: DEFAULT_TIME_ZONE,
    startsAt: '',
    endsAt: '',
    signUpGoal: '',
    donationGoal: '',
    minAge: '',
    maxAge: '',
    reminderHoursBefore: DEFAULT_REMINDER_HOURS.map(String),
    campaignId: null,
    shifts: [],
  };
}

export function driveToForm(drive: DrivesEditorDriveFragment): DriveFormValues {
  const zone = drive.timeZone;
  return {
    title: drive.title,
    kind: drive.kind,
    location: drive.location,
    regionCode: drive.regionCode ?? null,
    announceRegionCode: drive.announceRegionCode ?? null,
    description: drive.description ?? '',
    timeZone: zone,
    startsAt: instantToWallTime(drive.startsAt, zone),
    endsAt: instantToWallTime(drive.endsAt, zone),
    signUpGoal: drive.signUpGoal ?? '',
    donationGoal: drive.donationGoal ?? '',
    minAge: drive.minAge ?? '',
    maxAge: drive.maxAge ?? '',
    reminderHoursBefore: drive.reminderHoursBefore.map(String),
    campaignId: drive.campaign?.id ?? null,
    shifts: drive.shifts.map((shift) => ({
      key: shift.id,
      id: shift.id,
      startsAt: instantToWallTime(shift.startsAt, zone),
      endsAt: instantToWallTime(shift.endsAt, zone),
      capacity: shift.capacity,
      registeredCount: shift.registeredCount,
      waitlistCount: shift.waitlistCount,
    })),
  };
}

/** People hold places or wait for one: the API keeps the shift's times as they were promised. */
export function shiftHasSignUps(row: Pick<ShiftRow, 'registeredCount' | 'waitlistCount'>): boolean {
  return row.registeredCount + row.waitlistCount > 0;
}

/**
 * The form in another time zone. Wall times typed so far stay as typed (the organizer picked the
 * zone they were typed in), except those of shifts people signed up for: their instants were
 * promised, so they are shown again on the new zone's clocks.
 */
export function withTimeZone(values: DriveFormValues, timeZone: string): DriveFormValues {
  const moved = (wall: WallTime) => {
    const instant = wallTimeToInstant(wall, values.timeZone);
    return instant ? instantToWallTime(instant, timeZone) : wall;
  };
  return {
    ...values,
    timeZone,
    shifts: values.shifts.map((row) => (row.id && shiftHasSignUps(row) ? { ...row, startsAt: moved(row.startsAt), endsAt: moved(row.endsAt) } : row)),
  };
}

/** The age window a drive of this kind has when the organizer leaves the ages blank. */
export function defaultAgeWindow(kind: DriveKind): { minAge: number; maxAge: number } | null {
  return DEFAULT_AGE_WINDOWS[kind as DomainDriveKind] ?? null;
}

export type ProblemKey =
  | 'required'
  | 'invalidTime'
  | 'endsBeforeStart'
  | 'outsideDrive'
  | 'lockedShiftOutside'
  | 'wholeNumber'
  | 'atLeastOne'
  | 'maxBelowMin'
  | 'belowTaken';

export interface Problem {
  key: ProblemKey;
  params?: Record<string, number>;
}

function blank(value: NumberField): boolean {
  return value === '' || value === null || value === undefined;
}

function numberOrNull(value: NumberField): number | null {
  return blank(value) ? null : Number(value);
}

function ms(instant: string | null): number | null {
  return instant === null ? null : new Date(instant).getTime();
}

/**
 * The obvious mistakes, by form path (`title`, `shifts.1.capacity`): what is required, ends
 * after starts, whole positive numbers, shifts inside the drive's times. Everything else is the
 * API's to judge; its field errors land on the same paths.
 */
export function driveFormProblems(values: DriveFormValues): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  const need = (path: string, value: string) => {
    if (!value.trim()) problems[path] = { key: 'required' };
  };
  need('title', values.title);
  need('location', values.location);
  need('timeZone', values.timeZone);

  const instant = (path: string, wall: WallTime): number | null => {
    if (!wall) {
      problems[path] = { key: 'required' };
      return null;
    }
    const at = ms(wallTimeToInstant(wall, values.timeZone));
    if (at === null) problems[path] = { key: 'invalidTime' };
    return at;
  };
  const driveStart = instant('startsAt', values.startsAt);
  const driveEnd = instant('endsAt', values.endsAt);
  const driveTimesOk = driveStart !== null && driveEnd !== null && driveEnd > driveStart;
  if (driveStart !== null && driveEnd !== null && driveEnd <= driveStart) problems['endsAt'] = { key: 'endsBeforeStart' };

  for (const path of ['signUpGoal', 'donationGoal'] as const) {
    const value = values[path];
    if (blank(value)) continue;
    if (!Number.isInteger(Number(value))) problems[path] = { key: 'wholeNumber' };
    else if (Number(value) < 1) problems[path] = { key: 'atLeastOne' };
  }
  for (const path of ['minAge', 'maxAge'] as const) {
    if (!blank(values[path]) && !Number.isInteger(Number(values[path]))) problems[path] = { key: 'wholeNumber' };
  }
  const minAge = numberOrNull(values.minAge);
  const maxAge = numberOrNull(values.maxAge);
  if (minAge !== null && maxAge !== null && !problems['maxAge'] && maxAge < minAge) problems['maxAge'] = { key: 'maxBelowMin' };

  values.shifts.forEach((row, i) => {
    const path = (field: string) => `shifts.${i}.${field}`;
    const capacity = row.capacity;
    if (blank(capacity)) problems[path('capacity')] = { key: 'required' };
    else if (!Number.isInteger(Number(capacity))) problems[path('capacity')] = { key: 'wholeNumber' };
    else if (Number(capacity) < 1) problems[path('capacity')] = { key: 'atLeastOne' };
    else if (Number(capacity) < row.registeredCount) problems[path('capacity')] = { key: 'belowTaken', params: { taken: row.registeredCount } };

    const start = instant(path('startsAt'), row.startsAt);
    const end = instant(path('endsAt'), row.endsAt);
    if (start === null || end === null) return;
    if (end <= start) {
      problems[path('endsAt')] = { key: 'endsBeforeStart' };
      return;
    }
    if (!driveTimesOk) return;
    if (shiftHasSignUps(row) && row.id) {
      // Its times cannot move, so it is the drive's times that must still hold it.
      if (start < driveStart) problems['startsAt'] ??= { key: 'lockedShiftOutside' };
      if (end > driveEnd) problems['endsAt'] ??= { key: 'lockedShiftOutside' };
      return;
    }
    if (start < driveStart) problems[path('startsAt')] = { key: 'outsideDrive' };
    if (end > driveEnd) problems[path('endsAt')] = { key: 'outsideDrive' };
  });
  return problems;
}

function details(values: DriveFormValues) {
  return {
    title: values.title.trim(),
    kind: values.kind,
    location: values.location.trim(),
    regionCode: values.regionCode || null,
    announceRegionCode: values.announceRegionCode || null,
    description: values.description.trim() || null,
    timeZone: values.timeZone,
    signUpGoal: numberOrNull(values.signUpGoal),
    donationGoal: numberOrNull(values.donationGoal),
    minAge: numberOrNull(values.minAge),
    maxAge: numberOrNull(values.maxAge),
    reminderHoursBefore: values.reminderHoursBefore.map(Number).sort((a, b) => b - a),
    campaignId: values.campaignId || null,
  };
}

/** Only for values that passed `driveFormProblems`. */
function at(wall: WallTime, timeZone: string): string {
  const instant = wallTimeToInstant(wall, timeZone);
  if (!instant) throw new Error(`Not a wall time: ${wall}`);
  return instant;
}

export function shiftInput(row: ShiftRow, timeZone: string): ShiftInput {
  return { startsAt: at(row.startsAt, timeZone), endsAt: at(row.endsAt, timeZone), capacity: Number(row.capacity) };
}

export function toCreateInput(values: DriveFormValues): CreateDriveInput {
  return {
    ...details(values),
    startsAt: at(values.startsAt, values.timeZone),
    endsAt: at(values.endsAt, values.timeZone),
    shifts: values.shifts.map((row) => shiftInput(row, values.timeZone)),
  };
}

/** The drive's details and its times as instants (the times are sent apart, see drive-save). */
export function toUpdateInput(values: DriveFormValues): UpdateDriveInput & { startsAt: string; endsAt: string } {
  return { ...details(values), startsAt: at(values.startsAt, values.timeZone), endsAt: at(values.endsAt, values.timeZone) };
}

export interface ShiftChanges {
  /** Saved shifts whose times or capacity changed: only what changed is sent. */
  update: { index: number; id: string; input: UpdateShiftInput }[];
  add: { index: number; input: ShiftInput }[];
  /** Saved shifts no longer in the form. */
  remove: string[];
}

export function shiftChanges(saved: readonly DrivesEditorShiftFragment[], values: DriveFormValues): ShiftChanges {
  const byId = new Map(saved.map((shift) => [shift.id, shift]));
  const changes: ShiftChanges = { update: [], add: [], remove: [] };
  values.shifts.forEach((row, index) => {
    const next = shiftInput(row, values.timeZone);
    const before = row.id ? byId.get(row.id) : undefined;
    if (!before) {
      changes.add.push({ index, input: next });
      return;
    }
    const input: UpdateShiftInput = {};
    if (ms(next.startsAt) !== ms(before.startsAt)) input.startsAt = next.startsAt;
    if (ms(next.endsAt) !== ms(before.endsAt)) input.endsAt = next.endsAt;
    if (next.capacity !== before.capacity) input.capacity = next.capacity;
    if (Object.keys(input).length) changes.update.push({ index, id: before.id, input });
  });
  const kept = new Set(values.shifts.map((row) => row.id));
  changes.remove = saved.filter((shift) => !kept.has(shift.id)).map((shift) => shift.id);
  return changes;
}

/** What the API refuses once a drive is out of draft, so the form can show it before trying. */
export function kindLocked(status: DriveStatus | null): boolean {
  return status !== null && status !== 'DRAFT';
}
