// The walk-in form's state and submission: someone who came without signing up is registered and
// checked in at once. The shift in progress is proposed; the health consent is asked where the
// drive records outcomes (as on the public form); a blood type goes only with it. The server
// judges the rules (age, interval, the team's organization) and its field problems land next to
// their fields; a problem without a field on screen is said above the buttons.
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { recordsHealthOutcomes } from '@life-relay/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CheckInRegisterWalkInDocument,
  CheckInWalkInChoicesDocument,
  type BloodType,
  type CheckInRegisterWalkInMutation,
  type DriveKind,
  type WalkInInput,
} from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';

export type WalkInResult = CheckInRegisterWalkInMutation['registerWalkIn'];

export interface WalkInValues {
  name: string;
  phone: string;
  email: string;
  birthDate: string;
  bloodType: BloodType | null;
  healthConsent: boolean;
  teamId: string | null;
  shiftId: string | null;
  /** Self-reported, optional: the person's last donation elsewhere (day and kind) and how many before. */
  donatedElsewhereOn?: string;
  donatedElsewhereKind?: DriveKind | null;
  earlierDonations?: string;
}

const FIELDS: readonly string[] = ['name', 'phone', 'email', 'birthDate', 'bloodType', 'healthConsent', 'teamId', 'shiftId', 'donatedElsewhereOn', 'donatedElsewhereKind', 'earlierDonations'];

interface Shift {
  id: string;
  startsAt: string;
  endsAt: string;
}

/** The shift in progress at `now`, else the next one to start, else none. */
export function proposedShift(shifts: readonly Shift[], now = new Date()): string | null {
  const at = now.getTime();
  const current = shifts.find((s) => new Date(s.startsAt).getTime() <= at && at < new Date(s.endsAt).getTime());
  const next = [...shifts].sort((a, b) => a.startsAt.localeCompare(b.startsAt)).find((s) => new Date(s.startsAt).getTime() > at);
  return (current ?? next)?.id ?? null;
}

/** What is sent: blanks left out, the blood type only with the health consent. */
export function walkInInput(driveId: string, values: WalkInValues): WalkInInput {
  const text = (value: string) => value.trim() || null;
  return {
    driveId,
    name: values.name.trim(),
    email: text(values.email),
    phone: text(values.phone),
    birthDate: text(values.birthDate),
    bloodType: values.healthConsent ? values.bloodType : null,
    healthConsent: values.healthConsent,
    teamId: values.teamId,
    shiftId: values.shiftId,
    // What they say about donations elsewhere is health data: only with the health consent, and only what was given.
    ...(values.healthConsent && values.donatedElsewhereOn?.trim() ? { donatedElsewhereOn: values.donatedElsewhereOn.trim(), donatedElsewhereKind: values.donatedElsewhereKind ?? null } : {}),
    ...(values.healthConsent && values.earlierDonations?.trim() ? { earlierDonations: Number(values.earlierDonations.trim()) } : {}),
  };
}

export function useWalkInForm({ driveId, driveKind, onRegistered }: { driveId: string; driveKind: DriveKind; onRegistered: (result: WalkInResult) => void }) {
  const { t } = useTranslation('checkIn');
  const { t: tc } = useTranslation('common');
  const choices = useQuery(CheckInWalkInChoicesDocument, { variables: { driveId } });
  const [register, { loading }] = useMutation(CheckInRegisterWalkInDocument, { refetchQueries: ['CheckInDrive', 'CheckInWalkInChoices', 'SignUpsList'] });
  const [problem, setProblem] = useState<string | null>(null);
  const healthConsentRequired = recordsHealthOutcomes(driveKind);
  const shifts = choices.data?.drive?.shifts ?? [];
  const form = useForm<WalkInValues>({
    initialValues: { name: '', phone: '', email: '', birthDate: '', bloodType: null, healthConsent: false, teamId: null, shiftId: null, donatedElsewhereOn: '', donatedElsewhereKind: null, earlierDonations: '' },
    validate: {
      name: (v) => (v.trim() ? null : t('walkIn.required')),
      phone: (v, values) => (v.trim() || values.email.trim() ? null : t('walkIn.contactRequired')),
      email: (v, values) => (v.trim() || values.phone.trim() ? null : t('walkIn.contactRequired')),
      healthConsent: (v) => (v || !healthConsentRequired ? null : t('walkIn.healthConsentRequired')),
      shiftId: (v) => (v ? null : t('walkIn.shiftRequired')),
    },
  });
  // The shift in progress is proposed once the drive's shifts are known (and again after a walk-in is registered).
  const proposed = proposedShift(shifts);
  const { shiftId } = form.values;
  useEffect(() => {
    if (!shiftId && proposed) form.setFieldValue('shiftId', proposed);
  }, [shiftId, proposed, form]);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const { data } = await register({ variables: { input: walkInInput(driveId, values) } });
      if (data) {
        form.reset();
        onRegistered(data.registerWalkIn);
      }
    } catch (error) {
      const fields = fieldErrors(error);
      form.setErrors(Object.fromEntries(Object.entries(fields).map(([field, message]) => [field.replace(/^input\./, ''), message]).filter(([field]) => FIELDS.includes(field))));
      const elsewhere = Object.entries(fields).filter(([field]) => !FIELDS.includes(field.replace(/^input\./, '')));
      if (!Object.keys(fields).length) setProblem(errorMessage(error, tc));
      else if (elsewhere.length) setProblem(elsewhere.map(([, message]) => message).join(' '));
    }
  }, () => setProblem(null));

  return {
    form,
    submit,
    loading,
    problem,
    healthConsentRequired,
    shiftId,
    shifts,
    teams: choices.data?.deskTeams ?? [],
    choicesLoading: choices.loading,
  };
}
