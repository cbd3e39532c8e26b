// Saving an edited drive takes several calls (the drive, then each changed shift), and the API
// checks every shift against the drive's times at each call. So the drive first grows to cover
// both its old and new times, the shifts move, and only then does it shrink to the new times:
// moving a drive and its shifts a day later never trips over its own intermediate state.
import { fieldErrors } from '../../app/api/errors';
import type { DrivesEditorDriveFragment, ShiftInput, UpdateDriveInput, UpdateShiftInput } from '../../generated/graphql';
import { shiftChanges, toUpdateInput, type DriveFormValues } from './drive-form-values';

export interface DriveEditCalls {
  updateDrive(input: UpdateDriveInput): Promise<unknown>;
  /** Resolves to the new shift's id. */
  addShift(input: ShiftInput): Promise<string>;
  updateShift(id: string, input: UpdateShiftInput): Promise<unknown>;
  removeShift(id: string): Promise<unknown>;
}

export interface SaveOutcome {
  /** By form path, e.g. `shifts.1.capacity`. */
  fieldErrors: Record<string, string>;
  /** Refusals with no field to sit beside (a shift that cannot be removed, a closed drive). */
  otherErrors: unknown[];
  /** Form rows saved as new shifts, by row index: a second try must not add them again. */
  addedIds: Record<number, string>;
}

const earliest = (a: string, b: string) => (new Date(a) <= new Date(b) ? a : b);
const latest = (a: string, b: string) => (new Date(a) >= new Date(b) ? a : b);

export async function saveDriveEdits(saved: DrivesEditorDriveFragment, values: DriveFormValues, calls: DriveEditCalls): Promise<SaveOutcome> {
  const outcome: SaveOutcome = { fieldErrors: {}, otherErrors: [], addedIds: {} };
  const attempt = async (run: () => Promise<unknown>, prefix = ''): Promise<boolean> => {
    try {
      await run();
      return true;
    } catch (error) {
      const fields = Object.entries(fieldErrors(error));
      if (!fields.length) outcome.otherErrors.push(error);
      for (const [path, message] of fields) outcome.fieldErrors[`${prefix}${path}`] ??= message;
      return false;
    }
  };

  const input = toUpdateInput(values);
  const covering = { startsAt: earliest(saved.startsAt, input.startsAt), endsAt: latest(saved.endsAt, input.endsAt) };
  if (!(await attempt(() => calls.updateDrive({ ...input, ...covering })))) return outcome;

  const changes = shiftChanges(saved.shifts, values);
  let shiftsOk = true;
  for (const { index, id, input: change } of changes.update) {
    shiftsOk = (await attempt(() => calls.updateShift(id, change), `shifts.${index}.`)) && shiftsOk;
  }
  // New shifts before removals: a published drive must keep at least one at every moment.
  for (const { index, input: shift } of changes.add) {
    shiftsOk =
      (await attempt(async () => {
        outcome.addedIds[index] = await calls.addShift(shift);
      }, `shifts.${index}.`)) && shiftsOk;
  }
  for (const id of changes.remove) {
    shiftsOk = (await attempt(() => calls.removeShift(id))) && shiftsOk;
  }

  const narrower = covering.startsAt !== input.startsAt || covering.endsAt !== input.endsAt;
  if (shiftsOk && narrower) await attempt(() => calls.updateDrive({ startsAt: input.startsAt, endsAt: input.endsAt }));
  return outcome;
}
