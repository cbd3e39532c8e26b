// /d/<slug>/leaderboard: teams and colleges of a drive, refreshed every 10 seconds, for the
// screen at the event and for links shared in chats. Public aggregates and team names only.
// The polling is in useLeaderboard; these components render its last answer.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { MIN_DISCLOSED_GROUP, type Locale } from '@life-relay/domain';
import { request } from '../api/graphql-client';
import { DRIVE_ID } from '../api/operations';
import { useLocale } from '../i18n/i18n';
import { formatClock, formatDays } from '../ui/format';
import { ErrorPanel } from '../ui/problems';
import { PageSkeleton, PublicLayout } from '../ui/public-layout';
import { ShareButton } from '../ui/share';
import { useRequest } from '../ui/use-request';
import { BoardSummary } from './board-summary';
import { CollegeBoard, TeamBoard } from './board-tables';
import { useLeaderboard } from './use-leaderboard';
import './leaderboard.css';
import { wordFor } from '../../app/i18n/registry-words';

export { REFRESH_MS, SHOWN_ROWS } from './use-leaderboard';

export function LeaderboardPage() {
  const { slug = '' } = useParams<{ slug: string }>();
  const [locale] = useLocale();
  const { t } = useTranslation();
  const drive = useRequest((signal) => request(DRIVE_ID, { slug }, { locale, signal }), [slug]);
  const driveId = drive.data?.publicDrive?.id;

  if (!drive.data) {
    return <PublicLayout title={t('leaderboard.title')}>{drive.error && !drive.loading ? <ErrorPanel error={drive.error} onRetry={drive.reload} /> : <PageSkeleton />}</PublicLayout>;
  }
  if (!driveId) {
    return (
      <PublicLayout title={t('drive.notFoundTitle')}>
        <h1>{t('drive.notFoundTitle')}</h1>
        <p>{t('drive.notFoundBody')}</p>
      </PublicLayout>
    );
  }
  return <LiveBoard slug={slug} driveId={driveId} locale={locale} />;
}

function LiveBoard({ slug, driveId, locale }: { slug: string; driveId: string; locale: Locale }) {
  const { t } = useTranslation();
  const { snapshot, failure, boards } = useLeaderboard(slug, driveId, locale);

  if (!snapshot) {
    return <PublicLayout title={t('leaderboard.title')}>{failure ? <ErrorPanel error={failure} /> : <PageSkeleton />}</PublicLayout>;
  }
  const { board } = snapshot;
  const drive = board.publicDrive;
  if (!drive) {
    return (
      <PublicLayout title={t('drive.notFoundTitle')}>
        <h1>{t('drive.notFoundTitle')}</h1>
      </PublicLayout>
    );
  }
  const url = `${window.location.origin}/d/${encodeURIComponent(slug)}/leaderboard`;
  const shown = { snapshot, drive, boards, locale };

  return (
    <PublicLayout title={`${t('leaderboard.title')}: ${drive.title}`} wide>
      <div className="board-head">
        <div>
          <p className="muted" style={{ margin: '0.75rem 0 0' }}>
            {t('leaderboard.title')} · {formatDays(drive.startsAt, drive.endsAt, drive.timeZone, locale)} · {drive.location}
          </p>
          <h1>{drive.title}</h1>
        </div>
        <ShareButton url={url} title={drive.title} text={`${t('leaderboard.title')}: ${drive.title}`} label={t('leaderboard.share')} />
      </div>

      <BoardSummary stats={drive.stats} kind={drive.kind} />

      <p className="muted" style={{ fontSize: '0.9rem' }}>
        {failure ? t('leaderboard.stale', { time: formatClock(snapshot.at, locale) }) : t('leaderboard.updated', { time: formatClock(snapshot.at, locale) })}
      </p>

      <div className="boards">
        <section aria-labelledby="teams-caption">
          {board.leaderboard.length === 0 ? (
            <>
              <h2 id="teams-caption">{t('leaderboard.teams')}</h2>
              <p className="card">{t('leaderboard.empty')}</p>
            </>
          ) : (
            <TeamBoard {...shown} />
          )}
        </section>

        {board.collegeLeaderboard.length > 0 && (
          <section aria-labelledby="colleges-caption">
            <CollegeBoard {...shown} />
          </section>
        )}
      </div>

      {/* The API withholds one or two who came without donating (they would be deferrals): say why "came" can equal "donated". */}
      <p className="muted" style={{ fontSize: '0.85rem' }} data-testid="came-note">
        {t(wordFor(drive.kind, 'leaderboard.cameNote'), { size: MIN_DISCLOSED_GROUP })}
      </p>

      <p style={{ marginTop: '1.5rem' }}>
        <Link href={`/d/${encodeURIComponent(slug)}`}>{t('leaderboard.signUpLink')}</Link>
      </p>
    </PublicLayout>
  );
}
