// A volunteer's own sign-up, as the manage page changes it: the time chosen to move to, the
// cancellation asked and confirmed, what is under way, what failed and what was done. After a move
// the page reloads the sign-up; a cancellation ends the link (issue 20), so the page shows what its
// answer said instead of asking again. Focus goes to the question or the answer as they appear.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MySignUpQuery } from '../../generated/graphql';
import { asRequestError, request } from '../api/graphql-client';
import { CANCEL_SIGN_UP, CHANGE_SHIFT } from '../api/operations';
import { useLocale } from '../i18n/i18n';
import { formatShift, zoneNote } from '../ui/format';
import { useRequestErrorText } from '../ui/problems';

export type Managed = NonNullable<MySignUpQuery['mySignUp']>;

export type Outcome = { kind: 'changed'; text: string } | { kind: 'cancelled' } | null;

export type ManageState = ReturnType<typeof useManageSignUp>['manage'];

export function useManageSignUp(signUp: Managed, token: string, reload: () => void, onCancelled: (cancelled: Managed) => void) {
  const { t } = useTranslation();
  const [locale] = useLocale();
  const errorText = useRequestErrorText();
  const { drive, shift } = signUp;
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState<'change' | 'cancel' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (outcome) statusRef.current?.focus();
  }, [outcome]);

  const fail = (error: unknown) => {
    const e = asRequestError(error);
    setFailure(e.fields.length ? e.fields.map((f) => f.message).join(' ') : errorText(e));
  };

  const change = async () => {
    if (!target || busy) return;
    setBusy('change');
    setFailure(null);
    try {
      const { changeShift } = await request(CHANGE_SHIFT, { input: { manageToken: token, shiftId: target } }, { locale });
      const newWhen = formatShift(changeShift.shiftStartsAt, changeShift.shiftEndsAt, drive.timeZone, locale);
      setOutcome({
        kind: 'changed',
        text:
          changeShift.status === 'WAITLISTED'
            ? `${t('manage.changed', { when: newWhen })} ${t('manage.changedWaitlist', { position: changeShift.waitlistPosition ?? '?' })}`
            : t('manage.changed', { when: newWhen }),
      });
      setTarget('');
      reload();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const cancel = async () => {
    if (busy) return;
    setBusy('cancel');
    setFailure(null);
    try {
      const { cancelSignUp } = await request(CANCEL_SIGN_UP, { manageToken: token }, { locale });
      setConfirming(false);
      setOutcome({ kind: 'cancelled' });
      onCancelled({ ...signUp, status: cancelSignUp.status, waitlistPosition: null });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const manage = {
    signUp,
    /** The drive still takes changes. */
    open: drive.status !== 'CLOSED',
    /** The sign-up can still be moved or cancelled. */
    active: signUp.status === 'REGISTERED' || signUp.status === 'WAITLISTED',
    when: formatShift(shift.startsAt, shift.endsAt, drive.timeZone, locale),
    zone: zoneNote(drive.timeZone, locale),
    /** Times still to come that the sign-up could move to. */
    others: drive.shifts.filter((s) => s.id !== shift.id && new Date(s.endsAt) >= new Date()),
    target,
    setTarget,
    busy,
    confirming,
    setConfirming,
    failure,
    outcome,
    change,
    cancel,
  };
  // Apart from the state, so views pass them as refs: focus goes to the answer once something is
  // done, and to the "yes" button once a cancellation is asked.
  return { manage, statusRef, confirmRef };
}
