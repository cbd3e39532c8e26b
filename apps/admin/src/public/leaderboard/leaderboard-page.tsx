// /d/<slug>/leaderboard: teams and colleges of a drive, refreshed every 10 seconds, for the
// screen at the event and for links shared in chats. Public aggregates and team names only.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { Locale } from '@life-relay/domain';
import type { LeaderboardQuery } from '../../generated/graphql';
import { GraphQLRequestError, request } from '../api/graphql-client';
import { DRIVE_ID, LEADERBOARD } from '../api/operations';
import { useLocale } from '../i18n/i18n';
import { formatClock, formatDays, formatNumber, formatPercent } from '../ui/format';
import { ErrorPanel } from '../ui/problems';
import { PageSkeleton, PublicLayout } from '../ui/public-layout';
import { ShareButton } from '../ui/share';
import { useRequest } from '../ui/use-request';
import { isCutShort, useBoardTops, type BoardName } from './board-tops';
import { rankMoves, type Ranked } from './rank-moves';
import './leaderboard.css';

export const REFRESH_MS = 10_000;
/** Rows of each board a refresh asks for until the reader asks for the whole board. */
export const SHOWN_ROWS = 100;

type Board = LeaderboardQuery;

interface Snapshot {
  board: Board;
  at: Date;
  teamMoves: Map<string, number>;
  collegeMoves: Map<string, number>;
  /** Bumped on every answer, so highlighted rows animate again. */
  serial: number;
}

const teamKey = (row: Board['leaderboard'][number]) => `${row.team.name}|${row.team.college?.name ?? ''}`;
const collegeKey = (row: Board['collegeLeaderboard'][number]) => row.college.name;

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
  const [snapshot, setSnapshot] = useState<Snapshot>();
  const [failure, setFailure] = useState<GraphQLRequestError>();
  const previous = useRef<{ teams: Ranked[]; colleges: Ranked[] }>(undefined);
  const boards = useBoardTops(SHOWN_ROWS);
  // Asking for a whole board refreshes at once, and the polling goes on with the new question.
  const { teams: teamsFirst, colleges: collegesFirst } = boards.first;

  useEffect(() => {
    let timer: number | undefined;
    let controller: AbortController | undefined;

    const refresh = async () => {
      window.clearTimeout(timer);
      controller?.abort();
      controller = new AbortController();
      try {
        const board = await request(LEADERBOARD, { slug, driveId, teams: teamsFirst, colleges: collegesFirst }, { locale, signal: controller.signal });
        const teams = board.leaderboard.map((r) => ({ key: teamKey(r), rank: r.rank }));
        const colleges = board.collegeLeaderboard.map((r) => ({ key: collegeKey(r), rank: r.rank }));
        const moves = {
          teamMoves: rankMoves(previous.current?.teams, teams),
          collegeMoves: rankMoves(previous.current?.colleges, colleges),
        };
        previous.current = { teams, colleges };
        setSnapshot((last) => ({ board, at: new Date(), ...moves, serial: (last?.serial ?? 0) + 1 }));
        setFailure(undefined);
      } catch (error) {
        if (controller.signal.aborted) return;
        setFailure(error instanceof GraphQLRequestError ? error : new GraphQLRequestError('SERVER', String(error)));
      }
      // A hidden tab (a phone in a pocket) does not poll; it refreshes when it is looked at again.
      if (!document.hidden) timer = window.setTimeout(refresh, REFRESH_MS);
    };
    const onVisibility = () => {
      if (!document.hidden) void refresh();
      else window.clearTimeout(timer);
    };
    void refresh();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.clearTimeout(timer);
      controller?.abort();
    };
  }, [slug, driveId, locale, teamsFirst, collegesFirst]);

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
  const stats = drive.stats;
  const url = `${window.location.origin}/d/${encodeURIComponent(slug)}/leaderboard`;

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

      <ul className="board-totals" aria-label={t('leaderboard.title')}>
        <li>
          <strong data-testid="total-sign-ups">{stats.signUps}</strong> {t('leaderboard.totalSignUps')}
        </li>
        <li>
          <strong>{stats.checkedIn}</strong> {t('leaderboard.totalCheckedIn')}
        </li>
        <li>
          <strong>{stats.donated}</strong> {t('leaderboard.totalDonated')}
        </li>
      </ul>
      {stats.signUpGoal !== null && stats.signUpGoalProgress !== null && (
        <div className="board-goal">
          <p id="goal-label" style={{ marginBottom: '0.35rem' }}>
            {t('leaderboard.goal', { count: stats.signUps, goal: stats.signUpGoal })}
          </p>
          <div
            className="board-goal__bar"
            role="progressbar"
            aria-labelledby="goal-label"
            aria-valuemin={0}
            aria-valuemax={stats.signUpGoal}
            aria-valuenow={Math.min(stats.signUps, stats.signUpGoal)}
          >
            <div className="board-goal__fill" style={{ width: `${Math.min(100, Math.round(stats.signUpGoalProgress * 100))}%` }} />
          </div>
        </div>
      )}

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
            <>
              <table className="board-table" data-testid="team-board">
                <caption id="teams-caption">{t('leaderboard.teams')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('leaderboard.rank')}</th>
                    <th scope="col">{t('leaderboard.team')}</th>
                    <th scope="col">{t('leaderboard.signUps')}</th>
                    <th scope="col" className="board-wide">
                      {t('leaderboard.checkedIn')}
                    </th>
                    <th scope="col">{t('leaderboard.donated')}</th>
                    <th scope="col" className="board-wide">
                      {t('leaderboard.conversion')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {board.leaderboard.map((row) => (
                    <BoardRow key={`${teamKey(row)}#${snapshot.teamMoves.has(teamKey(row)) ? snapshot.serial : 0}`} rank={row.rank} move={snapshot.teamMoves.get(teamKey(row))}>
                      <td className="board-name">
                        {row.team.name}
                        {row.team.college && <small>{row.team.college.name}</small>}
                      </td>
                      <td>{row.signUps}</td>
                      <td className="board-wide">{row.checkedIn}</td>
                      <td className="board-donated">{row.donated}</td>
                      <td className="board-wide">{formatPercent(row.conversionRate, locale)}</td>
                    </BoardRow>
                  ))}
                </tbody>
              </table>
              {isCutShort(teamsFirst, board.leaderboard.length, drive.teamsRanked) && (
                <CutShortNote board="teams" shown={board.leaderboard.length} ranked={drive.teamsRanked} locale={locale} onShowAll={boards.showAll} />
              )}
            </>
          )}
        </section>

        {board.collegeLeaderboard.length > 0 && (
          <section aria-labelledby="colleges-caption">
            <table className="board-table" data-testid="college-board">
              <caption id="colleges-caption">{t('leaderboard.colleges')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('leaderboard.rank')}</th>
                  <th scope="col">{t('leaderboard.college')}</th>
                  <th scope="col" className="board-wide">
                    {t('leaderboard.teamCount')}
                  </th>
                  <th scope="col">{t('leaderboard.signUps')}</th>
                  <th scope="col">{t('leaderboard.donated')}</th>
                </tr>
              </thead>
              <tbody>
                {board.collegeLeaderboard.map((row) => (
                  <BoardRow key={`${collegeKey(row)}#${snapshot.collegeMoves.has(collegeKey(row)) ? snapshot.serial : 0}`} rank={row.rank} move={snapshot.collegeMoves.get(collegeKey(row))}>
                    <td className="board-name">{row.college.name}</td>
                    <td className="board-wide">{row.teams}</td>
                    <td>{row.signUps}</td>
                    <td className="board-donated">{row.donated}</td>
                  </BoardRow>
                ))}
              </tbody>
            </table>
            {isCutShort(collegesFirst, board.collegeLeaderboard.length, drive.collegesRanked) && (
              <CutShortNote board="colleges" shown={board.collegeLeaderboard.length} ranked={drive.collegesRanked} locale={locale} onShowAll={boards.showAll} />
            )}
          </section>
        )}
      </div>

      <p style={{ marginTop: '1.5rem' }}>
        <Link href={`/d/${encodeURIComponent(slug)}`}>{t('leaderboard.signUpLink')}</Link>
      </p>
    </PublicLayout>
  );
}

/** Under a board showing only its top rows: of how many, and a button that asks for all of them. */
function CutShortNote({ board, shown, ranked, locale, onShowAll }: { board: BoardName; shown: number; ranked: number; locale: Locale; onShowAll: (board: BoardName) => void }) {
  const { t } = useTranslation();
  const figures = { count: ranked, shown: formatNumber(shown, locale), total: formatNumber(ranked, locale) };
  return (
    <p className="board-more">
      <span>{t(`leaderboard.top.${board}`, figures)}</span>
      <button type="button" className="btn btn--quiet btn--small" onClick={() => onShowAll(board)}>
        {t(`leaderboard.showAll.${board}`, figures)}
      </button>
    </p>
  );
}

function BoardRow({ rank, move, children }: { rank: number; move: number | undefined; children: ReactNode }) {
  const { t } = useTranslation();
  const classes = [rank <= 3 ? 'board-row--top' : '', move ? 'board-row--moved' : ''].filter(Boolean).join(' ');
  return (
    <tr className={classes || undefined}>
      <td>
        {rank}
        {move ? (
          <span className={move > 0 ? 'board-move board-move--up' : 'board-move board-move--down'}>
            <span aria-hidden="true">{move > 0 ? `▲${move}` : `▼${-move}`}</span>
            <span className="visually-hidden">{move > 0 ? t('leaderboard.moved_up', { count: move }) : t('leaderboard.moved_down', { count: -move })}</span>
          </span>
        ) : null}
      </td>
      {children}
    </tr>
  );
}
