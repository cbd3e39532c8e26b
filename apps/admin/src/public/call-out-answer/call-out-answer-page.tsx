// /answer/<token>: the personal link in an emergency call-out's message. It shows the need (the
// blood groups, how many people, where, by when) in the reader's language, with two buttons,
// "I can come" and "I can't"; the answer can be changed until the call-out closes. A link that
// is not valid gets one message that says nothing about any call-out or person.
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { bloodTypeLabel, CALL_OUT_TIME_ZONE } from '@life-relay/domain';
import { useLocale } from '../i18n/i18n';
import { PageSkeleton, PublicLayout } from '../ui/public-layout';
import { ErrorPanel, useRequestErrorText } from '../ui/problems';
import { formatNumber } from '../ui/format';
import { useCallOutAnswer, type Ask } from './use-call-out-answer';

const BY_WHEN: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: CALL_OUT_TIME_ZONE };

export function CallOutAnswerPage() {
  const { token } = useParams<{ token: string }>();
  const { t } = useTranslation();
  const state = useCallOutAnswer(token);
  const errorText = useRequestErrorText();

  if (state.ask === undefined) {
    return <PublicLayout title={t('callOutAnswer.title')}>{state.loadError && !state.loading ? <ErrorPanel error={state.loadError} onRetry={state.reload} /> : <PageSkeleton />}</PublicLayout>;
  }
  if (state.ask === null) {
    return (
      <PublicLayout title={t('callOutAnswer.invalidTitle')}>
        <h1>{t('callOutAnswer.invalidTitle')}</h1>
        <p>{t('callOutAnswer.invalidText')}</p>
      </PublicLayout>
    );
  }
  const { ask, answer } = state;
  const open = ask.open && !state.closedNow;
  return (
    <PublicLayout title={t('callOutAnswer.title')}>
      <h1>{t('callOutAnswer.heading')}</h1>
      <Need ask={ask} />
      {answer && (
        <p role="status" className="notice notice--ok">
          {t(answer === 'YES' ? 'callOutAnswer.answeredYes' : 'callOutAnswer.answeredNo')}
        </p>
      )}
      {state.closedNow && (
        <p role="alert" className="notice notice--warn">
          {t('callOutAnswer.closedNow')}
        </p>
      )}
      {!ask.open && <p className="notice notice--warn">{t('callOutAnswer.closed')}</p>}
      {open && (
        <>
          <div className="answer-buttons">
            <button type="button" className="btn btn--block" aria-pressed={answer === 'YES'} disabled={state.busy} onClick={() => void state.give('YES')}>
              {t('callOutAnswer.yes')}
            </button>
            <button type="button" className="btn btn--block btn--quiet" aria-pressed={answer === 'NO'} disabled={state.busy} onClick={() => void state.give('NO')}>
              {t('callOutAnswer.no')}
            </button>
          </div>
          {state.busy && <p role="status">{t('callOutAnswer.saving')}</p>}
          {state.submitError && (
            <p role="alert" className="notice notice--error">
              {errorText(state.submitError)}
            </p>
          )}
          {answer && <p className="muted">{t('callOutAnswer.change')}</p>}
        </>
      )}
    </PublicLayout>
  );
}

/** The need as the organizer stated it; what they left out is not shown. */
function Need({ ask }: { ask: Ask }) {
  const { t } = useTranslation();
  const [locale] = useLocale();
  const rows: [string, string][] = [
    [t('callOutAnswer.need'), t(`drive.kind.${ask.kind}`)],
    [t('callOutAnswer.groups'), ask.bloodTypes.length ? ask.bloodTypes.map(bloodTypeLabel).join(', ') : t('callOutAnswer.anyGroup')],
  ];
  if (ask.peopleNeeded !== null) rows.push([t('callOutAnswer.people'), formatNumber(ask.peopleNeeded, locale)]);
  if (ask.place) rows.push([t('callOutAnswer.place'), ask.place]);
  if (ask.neededBy) rows.push([t('callOutAnswer.by'), new Intl.DateTimeFormat(locale, BY_WHEN).format(new Date(ask.neededBy))]);
  return (
    <>
      <p>{t('callOutAnswer.asks', { organization: ask.organizationName })}</p>
      <dl className="facts facts--plain">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="call-out-message">{ask.message}</p>
    </>
  );
}
