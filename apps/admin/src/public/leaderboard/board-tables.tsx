// The two boards, as tables with captions: teams (with their college) and colleges. A row that
// moved since the last refresh shows by how much, for the eye and for screen readers; under a
// board cut to its top rows, of how many and a button to show them all.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@life-relay/domain';
import { formatNumber, formatPercent } from '../ui/format';
import { isCutShort, type BoardName, type BoardTops } from './board-tops';
import { collegeKey, teamKey, type BoardDrive, type Snapshot } from './use-leaderboard';
import { wordFor } from '../../app/i18n/registry-words';

interface BoardProps {
  snapshot: Snapshot;
  drive: BoardDrive;
  boards: BoardTops;
  locale: Locale;
}

export function TeamBoard({ snapshot, drive, boards, locale }: BoardProps) {
  const { t } = useTranslation();
  const { leaderboard } = snapshot.board;
  return (
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
            <th scope="col">{t(wordFor(drive.kind, 'leaderboard.donated'))}</th>
            <th scope="col" className="board-wide">
              {t(wordFor(drive.kind, 'leaderboard.conversion'))}
            </th>
          </tr>
        </thead>
        <tbody>
          {leaderboard.map((row) => (
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
      {isCutShort(boards.first.teams, leaderboard.length, drive.teamsRanked) && (
        <CutShortNote board="teams" shown={leaderboard.length} ranked={drive.teamsRanked} locale={locale} onShowAll={boards.showAll} />
      )}
    </>
  );
}

export function CollegeBoard({ snapshot, drive, boards, locale }: BoardProps) {
  const { t } = useTranslation();
  const { collegeLeaderboard } = snapshot.board;
  return (
    <>
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
            <th scope="col">{t(wordFor(drive.kind, 'leaderboard.donated'))}</th>
          </tr>
        </thead>
        <tbody>
          {collegeLeaderboard.map((row) => (
            <BoardRow key={`${collegeKey(row)}#${snapshot.collegeMoves.has(collegeKey(row)) ? snapshot.serial : 0}`} rank={row.rank} move={snapshot.collegeMoves.get(collegeKey(row))}>
              <td className="board-name">{row.college.name}</td>
              <td className="board-wide">{row.teams}</td>
              <td>{row.signUps}</td>
              <td className="board-donated">{row.donated}</td>
            </BoardRow>
          ))}
        </tbody>
      </table>
      {isCutShort(boards.first.colleges, collegeLeaderboard.length, drive.collegesRanked) && (
        <CutShortNote board="colleges" shown={collegeLeaderboard.length} ranked={drive.collegesRanked} locale={locale} onShowAll={boards.showAll} />
      )}
    </>
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
