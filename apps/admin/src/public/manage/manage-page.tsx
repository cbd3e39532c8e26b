// /m/<token>: the volunteer's own page behind the link we e-mailed them. See the sign-up, move
// to another time, or cancel (which hands the place to the first person waiting).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { translate } from '@life-relay/domain';
import type { MySignUpQuery } from '../../generated/graphql';
import { GraphQLRequestError, request } from '../api/graphql-client';
import { CANCEL_SIGN_UP, CHANGE_SHIFT, MY_SIGN_UP } from '../api/operations';
import { useLocale } from '../i18n/i18n';
import { CalendarLink } from '../ui/calendar-link';
import { calendarFileName } from '../ui/calendar-name';
import { formatShift, zoneNote } from '../ui/format';
import { PageSkeleton, PublicLayout } from '../ui/public-layout';
import { ErrorPanel, useRequestErrorText } from '../ui/problems';
import { useRequest } from '../ui/use-request';
import { ShiftPicker } from '../sign-up/shift-picker';
import { CalendarIcon, PinIcon } from '../sign-up/drive-facts';

type Managed = NonNullable<MySignUpQuery['mySignUp']>;

export function ManagePage() {
  const { token = '' } = useParams<{ token: string }>();
  const [locale] = useLocale();
  const { t } = useTranslation();
  const { data, error, loading, reload } = useRequest((signal) => request(MY_SIGN_UP, { manageToken: token }, { locale, signal }), [token, locale]);

  if (!data) {
    return <PublicLayout title={t('manage.title')}>{error && !loading ? <ErrorPanel error={error} onRetry={reload} /> : <PageSkeleton />}</PublicLayout>;
  }
  if (!data.mySignUp) {
    return (
      <PublicLayout title={t('manage.invalidTitle')}>
        <h1>{t('manage.invalidTitle')}</h1>
        <p>{translate('invalidToken', locale)}</p>
      </PublicLayout>
    );
  }
  return (
    <PublicLayout title={t('manage.title')}>
      <ManagedSignUp signUp={data.mySignUp} token={token} reload={reload} />
    </PublicLayout>
  );
}

type Outcome = { kind: 'changed'; text: string } | { kind: 'cancelled' } | null;

function ManagedSignUp({ signUp, token, reload }: { signUp: Managed; token: string; reload: () => void }) {
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

  const open = drive.status !== 'CLOSED';
  const active = signUp.status === 'REGISTERED' || signUp.status === 'WAITLISTED';
  const when = formatShift(shift.startsAt, shift.endsAt, drive.timeZone, locale);
  const zone = zoneNote(drive.timeZone, locale);
  const others = drive.shifts.filter((s) => s.id !== shift.id && new Date(s.endsAt) >= new Date());

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (outcome) statusRef.current?.focus();
  }, [outcome]);

  const fail = (error: unknown) => {
    const e = error instanceof GraphQLRequestError ? error : new GraphQLRequestError('SERVER', String(error));
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
      await request(CANCEL_SIGN_UP, { manageToken: token }, { locale });
      setConfirming(false);
      setOutcome({ kind: 'cancelled' });
      reload();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const statusText = t(`manage.status.${signUp.status}`, { position: signUp.waitlistPosition ?? '?' });

  return (
    <>
      <p className="muted" style={{ margin: '1rem 0 0' }}>
        {t('manage.greeting', { name: signUp.name })}
      </p>
      <h1>{drive.title}</h1>
      <p>
        <span className={`badge badge--${signUp.status.toLowerCase()}`} data-testid="sign-up-status">
          {statusText}
        </span>
      </p>

      <div ref={statusRef} tabIndex={-1} role="status" aria-live="polite">
        {outcome?.kind === 'changed' && <p className="notice notice--ok">{outcome.text}</p>}
        {outcome?.kind === 'cancelled' && (
          <div className="notice notice--ok">
            <p>{t('manage.cancelled')}</p>
            <p>
              <Link href={`/d/${encodeURIComponent(drive.slug)}`}>{t('manage.signUpAgain')}</Link>
            </p>
          </div>
        )}
      </div>

      <div className="card">
        <dl className="facts" style={{ marginBottom: 0 }}>
          <div>
            <CalendarIcon />
            <dt>{t('manage.current')}</dt>
            <dd>
              {when}
              {zone && <span className="muted"> · {t('common.timeZoneNote', { zone })}</span>}
            </dd>
          </div>
          <div>
            <PinIcon />
            <dt>{t('drive.where')}</dt>
            <dd>{drive.location}</dd>
          </div>
          {signUp.teamName && (
            <div>
              <span aria-hidden="true" />
              <dt>{t('manage.team')}</dt>
              <dd>{signUp.teamName}</dd>
            </div>
          )}
        </dl>
        {active && (
          <div className="actions" style={{ marginBottom: 0 }}>
            <CalendarLink
              label={t('confirm.addToCalendar')}
              fileName={calendarFileName(drive.slug)}
              entry={{
                uid: `${drive.id}@life-relay`,
                title: signUp.status === 'WAITLISTED' ? `${t('confirm.calendarWaitlist')}: ${drive.title}` : drive.title,
                location: drive.location,
                description: window.location.href,
                url: window.location.href,
                startsAt: shift.startsAt,
                endsAt: shift.endsAt,
              }}
            />
          </div>
        )}
      </div>

      {failure && (
        <div className="notice notice--error" role="alert">
          <p>{failure}</p>
        </div>
      )}

      {!open && <p className="notice notice--warn">{t('manage.closed')}</p>}
      {open && !active && signUp.status !== 'CANCELLED' && <p>{t('manage.finished')}</p>}
      {open && signUp.status === 'CANCELLED' && outcome?.kind !== 'cancelled' && (
        <p>
          <Link href={`/d/${encodeURIComponent(drive.slug)}`}>{t('manage.signUpAgain')}</Link>
        </p>
      )}

      {open && active && (
        <>
          <section aria-labelledby="change-heading">
            <h2 id="change-heading">{t('manage.changeHeading')}</h2>
            {others.length === 0 ? (
              <p className="muted">{t('manage.noOtherShifts')}</p>
            ) : (
              <>
                <p className="muted">{t('manage.changeIntro')}</p>
                <ShiftPicker
                  id="new-shift"
                  legend={t('shift.legend')}
                  shifts={others}
                  timeZone={drive.timeZone}
                  value={target}
                  onChange={setTarget}
                  fullDisabled={signUp.status === 'REGISTERED'}
                />
                <button type="button" className="btn" onClick={change} aria-disabled={!target || busy !== null || undefined}>
                  {busy === 'change' ? t('manage.changing') : t('manage.changeSubmit')}
                </button>
              </>
            )}
          </section>

          <section aria-labelledby="cancel-heading">
            <h2 id="cancel-heading">{t('manage.cancelHeading')}</h2>
            <p className="muted">{t('manage.cancelIntro')}</p>
            {confirming ? (
              <div className="card" role="group" aria-labelledby="cancel-question">
                <p id="cancel-question" style={{ fontWeight: 600 }}>
                  {t('manage.cancelConfirm', { when })}
                </p>
                <div className="actions" style={{ marginBottom: 0 }}>
                  <button type="button" className="btn" ref={confirmRef} onClick={cancel} aria-disabled={busy !== null || undefined}>
                    {busy === 'cancel' ? t('manage.cancelling') : t('manage.cancelYes')}
                  </button>
                  <button type="button" className="btn btn--quiet" onClick={() => setConfirming(false)}>
                    {t('manage.cancelNo')}
                  </button>
                </div>
              </div>
            ) : (
              <button type="button" className="btn btn--quiet" onClick={() => setConfirming(true)}>
                {t('manage.cancelButton')}
              </button>
            )}
          </section>
        </>
      )}
    </>
  );
}
