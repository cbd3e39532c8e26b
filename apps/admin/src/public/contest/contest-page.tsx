// /c/<slug>: a contest across drives, for the screen in the hall (1920x1080) and for phones. One
// tab per stage (preliminaries, semi-finals, final) with its teams and colleges; an ended stage
// shows its frozen standings. Public figures and team names only, as the API answers them.
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { MIN_DISCLOSED_GROUP } from '@life-relay/domain';
import { useLocale } from '../i18n/i18n';
import { formatClock, formatDays } from '../ui/format';
import { ErrorPanel } from '../ui/problems';
import { PageSkeleton, PublicLayout } from '../ui/public-layout';
import { ShareButton } from '../ui/share';
import { ContestBoards } from './contest-boards';
import { type Stage, useContest } from './use-contest';
import '../leaderboard/leaderboard.css';
import './contest.css';

export function ContestPage() {
  const { slug = '' } = useParams<{ slug: string }>();
  const [locale] = useLocale();
  const { t } = useTranslation();
  const { contest, failure, at, stage, choose } = useContest(slug, locale);

  if (contest === undefined) {
    return <PublicLayout title={t('contest.title')} wide>{failure ? <ErrorPanel error={failure} /> : <PageSkeleton />}</PublicLayout>;
  }
  if (contest === null) {
    return (
      <PublicLayout title={t('contest.notFoundTitle')} wide>
        <h1>{t('contest.notFoundTitle')}</h1>
        <p>{t('contest.notFoundBody')}</p>
      </PublicLayout>
    );
  }
  const url = `${window.location.origin}/c/${encodeURIComponent(slug)}`;
  // Stage windows are days on the contest's own clocks (where its drives happen), wherever the reader is.
  const when = (s: Stage) => formatDays(s.startsAt, new Date(Date.parse(s.endsAt) - 1).toISOString(), contest.timeZone, locale);
  // "Now" is when the answer came: rendering stays pure, and a refresh moves it on.
  const now = at?.getTime() ?? 0;
  const state = (s: Stage) => (s.frozenAt ? t('contest.final') : Date.parse(s.startsAt) > now ? t('contest.upcoming') : t('contest.live'));

  return (
    <PublicLayout title={contest.name} wide>
      <div className="board-head">
        <div>
          <p className="muted board-when">{t('contest.title')}</p>
          <h1>{contest.name}</h1>
        </div>
        <ShareButton url={url} title={contest.name} text={contest.name} label={t('leaderboard.share')} />
      </div>
      {contest.description && <p className="contest-description">{contest.description}</p>}

      {!stage ? (
        <p className="card">{t('contest.noStages')}</p>
      ) : (
        <>
          <div role="tablist" aria-label={t('contest.stages')} className="contest-tabs">
            {contest.stages.map((s) => (
              <button
                key={s.id}
                type="button"
                role="tab"
                id={`stage-tab-${s.id}`}
                aria-selected={s.id === stage.id}
                aria-controls="stage-panel"
                className="contest-tab"
                onClick={() => choose(s.id)}
              >
                <strong>{s.name}</strong>
                <small>
                  {when(s)} · {state(s)}
                </small>
              </button>
            ))}
          </div>
          <div role="tabpanel" id="stage-panel" aria-labelledby={`stage-tab-${stage.id}`} data-testid="stage-panel">
            <p className="muted board-updated">
              {t('contest.rankedBy', { ranking: t(`contest.ranking.${stage.ranking}`) })}
              {' · '}
              {stage.frozenAt
                ? t('contest.frozenNote', { time: formatDays(stage.frozenAt, stage.frozenAt, contest.timeZone, locale) })
                : at && (failure ? t('leaderboard.stale', { time: formatClock(at, locale) }) : t('leaderboard.updated', { time: formatClock(at, locale) }))}
            </p>
            <ContestBoards stage={stage} locale={locale} />
          </div>
        </>
      )}

      <p className="muted board-note">{t('contest.cameNote', { size: MIN_DISCLOSED_GROUP })}</p>
    </PublicLayout>
  );
}
