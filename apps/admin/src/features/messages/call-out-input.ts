// The call-out form's values and what the API is asked with them. Pure, so the rules (who counts
// as the audience, what is sent) are unit-tested without a browser.
import type { BloodType, CallOutInput, DriveKind } from '../../generated/graphql';
import { BLOOD_TYPES } from './message-words';

export const CALL_OUT_MESSAGE_MAX = 2000;

export interface CallOutValues {
  kind: DriveKind;
  /** None chosen: every blood type. */
  bloodTypes: BloodType[];
  driveId: string | null;
  message: string;
  /** The need: how many people ('' : not said), where, by when (a datetime-local value, on the organizer's clock). */
  peopleNeeded: number | '';
  place: string;
  neededBy: string;
  /** Only people of this city (a code of the region list): the one they gave, else that of a drive they signed up at; null: every city. */
  regionCode: string | null;
  /** Only people whose blood type the desk or the blood service verified. */
  verifiedOnly: boolean;
}

export const EMPTY_CALL_OUT: CallOutValues = {
  kind: 'WHOLE_BLOOD',
  bloodTypes: [],
  driveId: null,
  message: '',
  peopleNeeded: '',
  place: '',
  neededBy: '',
  regionCode: null,
  verifiedOnly: false,
};

/**
 * The form as a link opens it: `bloodTypes=O_NEG,AB_NEG` (a CRITICAL shortage suggests a call-out
 * for its groups) pre-selects those groups; anything not a blood type is ignored.
 */
export function callOutFromLink(bloodTypes: string | null): CallOutValues {
  const asked = (bloodTypes ?? '').split(',') as BloodType[];
  return { ...EMPTY_CALL_OUT, bloodTypes: normalBloodTypes(asked) };
}

/** Blood types in the order the form lists them, without repeats. */
function normalBloodTypes(types: readonly BloodType[]): BloodType[] {
  return BLOOD_TYPES.filter((type) => types.includes(type));
}

export function toCallOutInput(values: CallOutValues): CallOutInput {
  return {
    kind: values.kind,
    bloodTypes: normalBloodTypes(values.bloodTypes),
    driveId: values.driveId || null,
    message: values.message.trim(),
    peopleNeeded: values.peopleNeeded === '' ? null : values.peopleNeeded,
    place: values.place.trim() || null,
    neededBy: values.neededBy ? new Date(values.neededBy).toISOString() : null,
    regionCode: values.regionCode || null,
    verifiedOnly: values.verifiedOnly,
  };
}

/**
 * What the audience count is asked with. The audience depends only on the need and the blood
 * types, but the API checks the whole input, message included, so a stand-in message is sent
 * until the organizer has written theirs; typing the message does not ask again.
 */
export function toAudienceInput(values: Pick<CallOutValues, 'kind' | 'bloodTypes'> & Partial<Pick<CallOutValues, 'regionCode' | 'verifiedOnly'>>): CallOutInput {
  return {
    kind: values.kind,
    bloodTypes: normalBloodTypes(values.bloodTypes),
    message: 'audience',
    regionCode: values.regionCode || null,
    verifiedOnly: values.verifiedOnly ?? false,
  };
}

/** The form's own checks, before the API's (same limits, so they cannot disagree). */
export function callOutMessageError(message: string): 'blank' | 'tooLong' | null {
  const text = message.trim();
  if (!text) return 'blank';
  if (text.length > CALL_OUT_MESSAGE_MAX) return 'tooLong';
  return null;
}
