// /d/<slug>?team=<code>&source=<channel>: the page a QR code on a poster opens. The drive,
// the team the link belongs to, the shifts and the form; then the confirmation in place.
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams, useSearch } from 'wouter';
import { loadPublicDrive } from '../api/drive-prefetch';
import { useLocale } from '../i18n/i18n';
import { PageSkeleton, PublicLayout } from '../ui/public-layout';
import { ErrorPanel } from '../ui/problems';
import { useRequest } from '../ui/use-request';
import { Confirmation } from './confirmation';
import { DriveFacts } from './drive-facts';
import { ShortageBanner } from './shortage-banner';
import { linkParams } from './link-params';
import { SignUpForm } from './sign-up-form';
import type { PublicDrive, Receipt } from './use-sign-up-form';

interface Done {
  receipt: Receipt;
  name: string;
  email: string;
  phone: string;
}

export function SignUpPage() {
  const { slug = '' } = useParams<{ slug: string }>();
  const search = useSearch();
  const { teamCode, source, referrer } = linkParams(search);
  const [locale] = useLocale();
  const { t } = useTranslation();
  const { data, error, loading, reload } = useRequest((signal) => loadPublicDrive(slug, teamCode, locale, signal), [slug, teamCode, locale]);
  const [done, setDone] = useState<Done>();
  const drive = data?.publicDrive;

  if (!data) {
    return (
      <PublicLayout>
        {error && !loading ? <ErrorPanel error={error} onRetry={reload} /> : <PageSkeleton />}
      </PublicLayout>
    );
  }
  if (!drive) {
    return (
      <PublicLayout title={t('drive.notFoundTitle')}>
        <h1>{t('drive.notFoundTitle')}</h1>
        <p>{t('drive.notFoundBody')}</p>
      </PublicLayout>
    );
  }
  // The team as the server knows it; a code it does not know is dropped rather than refused.
  const knownTeam = drive.team?.code ?? null;

  if (done) {
    return (
      <PublicLayout title={drive.title}>
        <Confirmation drive={drive} receipt={done.receipt} name={done.name} email={done.email} phone={done.phone} teamCode={knownTeam} />
      </PublicLayout>
    );
  }

  return (
    <PublicLayout title={drive.title}>
      <DriveHeader drive={drive} linkTeamCode={teamCode} />
      <ShortageBanner shortages={drive.shortages} />
      <DriveFacts drive={drive} />
      <SignUpForm
        drive={drive}
        teamCode={knownTeam}
        source={source}
        referrer={referrer}
        onSignedUp={(receipt, values) => setDone({ receipt, name: values.name.trim(), email: values.email.trim(), phone: values.phone.trim() })}
      />
      <p style={{ marginTop: '1.5rem' }}>
        <Link href={`/d/${encodeURIComponent(drive.slug)}/leaderboard`}>{t('drive.leaderboardLink')}</Link>
        {' · '}
        <Link href="/d">{t('drives.listLink')}</Link>
      </p>
    </PublicLayout>
  );
}

function DriveHeader({ drive, linkTeamCode }: { drive: PublicDrive; linkTeamCode: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="badge">{t(`drive.kind.${drive.kind}`)}</span>
      <h1>{drive.title}</h1>
      {drive.team ? (
        <p className="notice notice--team" data-testid="team-banner">
          {drive.team.collegeName ? (
            <Trans i18nKey="drive.joiningWithCollege" values={{ team: drive.team.name, college: drive.team.collegeName }} components={{ strong: <strong /> }} />
          ) : (
            <Trans i18nKey="drive.joiningWith" values={{ team: drive.team.name }} components={{ strong: <strong /> }} />
          )}
        </p>
      ) : (
        linkTeamCode && (
          <p className="notice notice--warn" role="note">
            {t('drive.teamUnknown', { code: linkTeamCode })}
          </p>
        )
      )}
    </>
  );
}
