// The person's consents, by scope, with when each was given and withdrawn, and a way to withdraw
// one still in force: the question says what withdrawing means for that consent before anything
// is done. The general consent is what every sign-up rests on: withdrawing it is erasing one's
// data, so its question points to that section instead.
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@life-relay/domain';
import { useLocale } from '../i18n/i18n';
import type { MyDataView } from './use-my-data';
import { SCOPES, type MyRightsState, type Scope } from './use-my-rights';

const when = (iso: string, locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

export function MyConsents({ data, rights, confirmRef }: { data: MyDataView; rights: MyRightsState; confirmRef: RefObject<HTMLButtonElement | null> }) {
  const { t } = useTranslation();
  const [locale] = useLocale();
  return (
    <section aria-labelledby="me-consents">
      <h2 id="me-consents">{t('me.consents')}</h2>
      <div role="status" aria-live="polite">
        {rights.notice && <p className="notice notice--ok">{rights.notice}</p>}
      </div>
      {data.consents.length === 0 && <p>{t('me.noConsents')}</p>}
      {SCOPES.filter((scope) => data.consents.some((c) => c.scope === scope))
        .map((scope) => (
          <div className="card" key={scope} data-testid={`my-consent-${scope}`}>
            <h3 style={{ margin: 0 }}>{t(`me.scopes.${scope}`)}</h3>
            <ul>
              {data.consents
                .filter((c) => c.scope === scope)
                .map((c, i) => (
                  <li key={i}>
                    {t('me.consentGiven', { when: when(c.givenAt, locale), version: c.version })}
                    {c.withdrawnAt && `; ${t('me.consentWithdrawn', { when: when(c.withdrawnAt, locale) })}`}
                  </li>
                ))}
            </ul>
            {rights.inForce.includes(scope) &&
              (rights.asking === scope ? (
                <WithdrawQuestion scope={scope} rights={rights} confirmRef={confirmRef} />
              ) : (
                <button type="button" className="btn btn--quiet btn--small" onClick={() => rights.ask(scope)} aria-disabled={rights.busy !== null || undefined}>
                  {t('me.withdraw')}
                </button>
              ))}
          </div>
        ))}
    </section>
  );
}

/** What withdrawing this consent means, and the person's yes or no (for GENERAL: where to go instead). */
function WithdrawQuestion({ scope, rights, confirmRef }: { scope: Scope; rights: MyRightsState; confirmRef: RefObject<HTMLButtonElement | null> }) {
  const { t } = useTranslation();
  const id = `withdraw-${scope}`;
  if (scope === 'GENERAL') {
    return (
      <div className="notice notice--warn" role="group" aria-labelledby={`${id}-title`} data-testid="withdraw-question">
        <p id={`${id}-title`} style={{ fontWeight: 600 }}>
          {t('me.withdrawGeneralTitle')}
        </p>
        <p>{t('me.withdrawGeneralBody')}</p>
        <div className="actions" style={{ marginBottom: 0 }}>
          <a className="btn" href="#me-erase" onClick={() => rights.ask(null)}>
            {t('me.withdrawGeneralGo')}
          </a>
          <button type="button" className="btn btn--quiet" ref={confirmRef} onClick={() => rights.ask(null)}>
            {t('me.withdrawNo')}
          </button>
        </div>
      </div>
    );
  }
  const points: readonly string[] = t(`me.withdrawPoints.${scope}`, { returnObjects: true });
  return (
    <div className="notice notice--warn" role="group" aria-labelledby={`${id}-title`} data-testid="withdraw-question">
      <p id={`${id}-title`} style={{ fontWeight: 600 }}>
        {t(`me.withdrawTitles.${scope}`)}
      </p>
      <ul>
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      {rights.failure && (
        <p className="notice notice--error" role="alert">
          {rights.failure}
        </p>
      )}
      <div className="actions" style={{ marginBottom: 0 }}>
        <button type="button" className="btn" ref={confirmRef} onClick={rights.withdraw} aria-disabled={rights.busy !== null || undefined}>
          {rights.busy === 'withdraw' ? t('me.withdrawing') : t('me.withdrawYes')}
        </button>
        <button type="button" className="btn btn--quiet" onClick={() => rights.ask(null)}>
          {t('me.withdrawNo')}
        </button>
      </div>
    </div>
  );
}
