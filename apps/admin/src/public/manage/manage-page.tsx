// /m/<token>: the volunteer's own page behind the link we e-mailed them. See the sign-up, move
// to another time, or cancel (which hands the place to the first person waiting). What changes
// it is in useManageSignUp; these components render it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { translate } from '@life-relay/domain';
import { request } from '../api/graphql-client';
import { MY_SIGN_UP } from '../api/operations';
import { useLocale } from '../i18n/i18n';
import { PageSkeleton, PublicLayout } from '../ui/public-layout';
import { PersonalShare } from '../ui/personal-share';
import { ErrorPanel } from '../ui/problems';
import { Ticket } from '../ui/ticket';
import { useRequest } from '../ui/use-request';
import { CancelSection, ChangeShiftSection } from './manage-actions';
import { ManagedFacts } from './managed-facts';
import { useManageSignUp, type Managed } from './use-manage-sign-up';
import { wordFor } from '../../app/i18n/registry-words';

export function ManagePage() {
  const { token = '' } = useParams<{ token: string }>();
  const [locale] = useLocale();
  const { t } = useTranslation();
  const { data, error, loading, reload } = useRequest((signal) => request(MY_SIGN_UP, { manageToken: token }, { locale, signal }), [token, locale]);
  // A cancellation ends the link: from then on the page shows the sign-up as the cancellation's
  // answer left it, whatever a new request (a language switch) would say.
  const [cancelled, setCancelled] = useState<Managed | null>(null);
  const shown = cancelled ?? data?.mySignUp;

  if (shown) {
    return (
      <PublicLayout title={t('manage.title')}>
        <ManagedSignUp signUp={shown} token={token} reload={reload} onCancelled={setCancelled} />
      </PublicLayout>
    );
  }
  if (!data) {
    return <PublicLayout title={t('manage.title')}>{error && !loading ? <ErrorPanel error={error} onRetry={reload} /> : <PageSkeleton />}</PublicLayout>;
  }
  return (
    <PublicLayout title={t('manage.invalidTitle')}>
      <h1>{t('manage.invalidTitle')}</h1>
      <p>{translate('invalidToken', locale)}</p>
    </PublicLayout>
  );
}

function ManagedSignUp({ signUp, token, reload, onCancelled }: { signUp: Managed; token: string; reload: () => void; onCancelled: (cancelled: Managed) => void }) {
  const { t } = useTranslation();
  const { manage, statusRef, confirmRef } = useManageSignUp(signUp, token, reload, onCancelled);
  const { drive } = signUp;
  const { open, active, failure, outcome } = manage;
  const signUpAgain = `/d/${encodeURIComponent(drive.slug)}`;

  const statusText = t(wordFor(signUp.drive.kind, `manage.status.${signUp.status}`), { position: signUp.waitlistPosition ?? '?' });

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
            <p>{t('manage.linkEnded')}</p>
            <p>
              <Link href={signUpAgain}>{t('manage.signUpAgain')}</Link>
            </p>
          </div>
        )}
      </div>

      <ManagedFacts manage={manage} />

      {signUp.ticket && outcome?.kind !== 'cancelled' && <Ticket code={signUp.ticket} />}
      {/* Their own share link while the drive is open, and what it has brought so far. */}
      {open && signUp.status !== 'CANCELLED' && signUp.referrals && (
        <PersonalShare title={drive.title} sharePath={signUp.referrals.sharePath} brought={signUp.referrals} kind={drive.kind} />
      )}

      {failure && (
        <div className="notice notice--error" role="alert">
          <p>{failure}</p>
        </div>
      )}

      {!open && <p className="notice notice--warn">{t('manage.closed')}</p>}
      {open && !active && signUp.status !== 'CANCELLED' && <p>{t('manage.finished')}</p>}
      {open && signUp.status === 'CANCELLED' && outcome?.kind !== 'cancelled' && (
        <p>
          <Link href={signUpAgain}>{t('manage.signUpAgain')}</Link>
        </p>
      )}

      {open && active && (
        <>
          <ChangeShiftSection manage={manage} />
          <CancelSection manage={manage} confirmRef={confirmRef} />
        </>
      )}
    </>
  );
}
