// What is stored about the person, as they read it: their details, each sign-up with its outcome,
// their donations and the messages sent to them (the consents are in MyConsents, with their withdrawal).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { regionName, type Locale } from '@life-relay/domain';
import { useLocale } from '../i18n/i18n';
import type { MyDataView } from './use-my-data';
import { wordFor } from '../../app/i18n/registry-words';

const when = (iso: string, locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
const day = (iso: string, locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
/** O_NEG is O−, as donors write it. */
const bloodTypeText = (type: string) => type.replace('_POS', '+').replace('_NEG', '−');

/** How sure the organizers are of the type: verified (where, when) or as the person told them. */
function bloodTypeHow(data: MyDataView, locale: Locale, t: TFunction): string {
  if (!data.bloodTypeVerified || !data.bloodTypeSource || !data.bloodTypeVerifiedAt) return t('me.selfReported');
  return t(`me.verified${data.bloodTypeSource}`, { date: day(data.bloodTypeVerifiedAt, locale) });
}

export function MyDataRecords({ data }: { data: MyDataView }) {
  const { t } = useTranslation();
  const [locale] = useLocale();
  const facts: [string, string][] = [
    [t('me.name'), data.name],
    [t('me.email'), data.email ?? t('me.none')],
    [t('me.phone'), data.phone ?? t('me.none')],
    [t('me.birthDate'), data.birthDate ?? t('me.none')],
    [t('me.bloodType'), data.bloodType ? `${bloodTypeText(data.bloodType)} · ${bloodTypeHow(data, locale, t)}` : t('me.none')],
    ...(data.phenotypes.length ? [[t('me.phenotypes'), data.phenotypes.join(' ')] as [string, string]] : []),
    ...(data.bloodServiceDonatedOn ? [[t('me.bloodServiceDonation'), day(`${data.bloodServiceDonatedOn}T12:00:00Z`, locale)] as [string, string]] : []),
    [t('me.city'), data.regionCode ? regionName(data.regionCode, locale) : t('me.none')],
    ...(data.availabilityNotes ? [[t('me.availability'), data.availabilityNotes] as [string, string]] : []),
    [t('me.language'), data.locale === 'zh-CN' ? '中文' : 'English'],
    [t('me.callOuts'), data.callOutOptIn ? t('me.callOutsYes') : t('me.callOutsNo')],
    [t('me.since'), day(data.createdAt, locale)],
  ];
  return (
    <>
      <section aria-labelledby="me-details">
        <h2 id="me-details">{t('me.details')}</h2>
        <dl className="facts card" data-testid="my-details">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="me-sign-ups">
        <h2 id="me-sign-ups">{t('me.signUps')}</h2>
        {data.signUps.length === 0 && <p>{t('me.noSignUps')}</p>}
        {data.signUps.map((s, i) => (
          <div className="card" key={i} data-testid="my-sign-up">
            <h3 style={{ margin: 0 }}>{s.driveTitle}</h3>
            <p className="muted">
              {when(s.shiftStartsAt, locale)} · {s.location} · {t('me.organization')}: {s.organizationName}
              {s.teamName ? ` · ${s.teamName}` : ''}
            </p>
            <p>
              <span className={`badge badge--${s.status.toLowerCase()}`}>{t(wordFor(s.driveKind, `manage.status.${s.status}`), { position: '' })}</span>
            </p>
            {s.volumeMl != null && <p>{t('me.volume', { ml: s.volumeMl })}</p>}
            {s.sampleId && <p>{t('me.sampleId', { sampleId: s.sampleId })}</p>}
            {s.deferralReason && <p>{t('me.deferred', { reason: s.deferralReason })}</p>}
            {s.retryOn && <p>{t('me.retryOn', { date: s.retryOn })}</p>}
            <p className="muted">{t('me.consentVersion', { version: s.consentVersion })}</p>
          </div>
        ))}
      </section>

      <section aria-labelledby="me-donations">
        <h2 id="me-donations">{t('me.donations')}</h2>
        {data.selfReportedCount > 0 && <p>{t('me.donationCount', { count: data.donationCount, selfReported: data.selfReportedCount })}</p>}
        {data.selfReportedDonations?.lastDonatedOn && (
          <p>
            {t('me.selfReportedLast', {
              day: day(data.selfReportedDonations.lastDonatedOn, locale),
              kind: t(`form.donationKinds.${(data.selfReportedDonations.lastKind ?? 'WHOLE_BLOOD') as 'WHOLE_BLOOD' | 'PLATELETS'}`),
            })}
          </p>
        )}
        {data.donations.length === 0 ? (
          <p>{t('me.noDonations')}</p>
        ) : (
          <ul>
            {data.donations.map((d, i) => (
              <li key={i}>
                {day(d.donatedAt, locale)}: {d.driveTitle}
                {d.volumeMl != null ? `, ${t('me.volume', { ml: d.volumeMl })}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="me-messages">
        <h2 id="me-messages">{t('me.messages')}</h2>
        {data.messages.length === 0 && <p>{t('me.noMessages')}</p>}
        <ul data-testid="my-messages">
          {data.messages.map((m, i) => (
            <li key={i}>
              {when(m.createdAt, locale)}: {t(`me.purposes.${m.purpose}`, { defaultValue: m.purpose })} ({m.recipient}, {t(`me.states.${m.state}`, { defaultValue: m.state })})
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
