// /d (issue 23): the published drives to come, grouped by city, each with its date, place and a
// link to its form; not /drives, which is the organizers' list of their own. `?city=CN-150100`
// shows one city's only, so a link can be shared per city. Public facts only (upcomingDrives):
// no counts, no people.
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { REGIONS, regionName, type Locale } from '@life-relay/domain';
import type { UpcomingDrivesQuery } from '../../generated/graphql';
import { request } from '../api/graphql-client';
import { UPCOMING_DRIVES } from '../api/operations';
import { useLocale } from '../i18n/i18n';
import { formatDays } from '../ui/format';
import { ErrorPanel } from '../ui/problems';
import { PageSkeleton, PublicLayout } from '../ui/public-layout';
import { useRequest } from '../ui/use-request';

type UpcomingDrive = UpcomingDrivesQuery['upcomingDrives'][number];

interface CityGroup {
  code: string | null;
  name: string;
  drives: UpcomingDrive[];
}

/** Drives by city, cities in the order of their first drive; drives without a city last. */
export function byCity(drives: readonly UpcomingDrive[], locale: Locale, otherPlaces: string): CityGroup[] {
  const groups = new Map<string | null, CityGroup>();
  for (const drive of drives) {
    const code = drive.regionCode ?? null;
    const group = groups.get(code) ?? { code, name: code ? regionName(code, locale) : otherPlaces, drives: [] };
    group.drives.push(drive);
    groups.set(code, group);
  }
  return [...groups.values()].sort((a, b) => Number(a.code === null) - Number(b.code === null));
}

export function DrivesPage() {
  const { t } = useTranslation();
  const [locale] = useLocale();
  const [, navigate] = useLocation();
  const city = new URLSearchParams(useSearch()).get('city') || null;
  const { data, error, loading, reload } = useRequest((signal) => request(UPCOMING_DRIVES, { regionCode: city }, { locale, signal }), [city]);

  return (
    <PublicLayout title={t('drives.title')}>
      <h1>{t('drives.title')}</h1>
      <p className="muted">{t('drives.intro')}</p>
      <div className="field">
        <label htmlFor="drives-city">{t('drives.city')}</label>
        <select id="drives-city" value={city ?? ''} onChange={(e) => navigate(e.target.value ? `/d?city=${encodeURIComponent(e.target.value)}` : '/d')}>
          <option value="">{t('drives.allCities')}</option>
          {REGIONS.map((r) => (
            <option key={r.code} value={r.code}>
              {locale === 'zh-CN' ? r.zh : r.en}
            </option>
          ))}
        </select>
      </div>
      {!data ? (
        error && !loading ? <ErrorPanel error={error} onRetry={reload} /> : <PageSkeleton />
      ) : data.upcomingDrives.length === 0 ? (
        <p className="notice" data-testid="drives-empty">
          {t('drives.empty')}
        </p>
      ) : (
        byCity(data.upcomingDrives, locale, t('drives.otherPlaces')).map((group) => (
          <section key={group.code ?? 'other'} aria-labelledby={`city-${group.code ?? 'other'}`} data-testid="drives-city">
            <h2 id={`city-${group.code ?? 'other'}`}>{group.name}</h2>
            <ul className="drive-list" style={{ listStyle: 'none', padding: 0 }}>
              {group.drives.map((drive) => (
                <li key={drive.slug} className="card" style={{ marginBottom: '0.75rem' }}>
                  <span className="badge">{t(`drive.kind.${drive.kind}`)}</span>
                  <h3 style={{ margin: '0.4rem 0' }}>
                    <Link href={`/d/${encodeURIComponent(drive.slug)}`}>{drive.title}</Link>
                  </h3>
                  <p style={{ margin: 0 }}>{formatDays(drive.startsAt, drive.endsAt, drive.timeZone, locale)}</p>
                  <p className="muted" style={{ margin: 0, overflowWrap: 'anywhere' }}>
                    {drive.location}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </PublicLayout>
  );
}
