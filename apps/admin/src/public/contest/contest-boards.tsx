// A stage's two boards: teams (with their college) and colleges, in the drive boards' tables.
import { useTranslation } from 'react-i18next';
import type { Locale } from '@life-relay/domain';
import { formatPercent } from '../ui/format';
import type { Stage } from './use-contest';

export function ContestBoards({ stage, locale }: { stage: Stage; locale: Locale }) {
  const { t } = useTranslation();
  // A registry contest counts "joined" where a blood contest counts "donated".
  const donated = stage.ranking === 'JOINED' ? t('contest.ranking.JOINED') : t('leaderboard.donated');
  if (stage.leaderboard.length === 0) {
    return (
      <>
        <h2>{t('leaderboard.teams')}</h2>
        <p className="card">{t('leaderboard.empty')}</p>
      </>
    );
  }
  return (
    <div className="boards contest-boards">
      <section>
        <table className="board-table" data-testid="team-board">
          <caption>{t('leaderboard.teams')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('leaderboard.rank')}</th>
              <th scope="col">{t('leaderboard.team')}</th>
              <th scope="col">{t('leaderboard.signUps')}</th>
              <th scope="col" className="board-wide">
                {t('leaderboard.checkedIn')}
              </th>
              <th scope="col">{donated}</th>
              <th scope="col" className="board-wide">
                {t('leaderboard.conversion')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stage.leaderboard.map((row) => (
              <tr key={`${row.team.name}|${row.team.college?.name ?? ''}`} className={row.rank <= 3 ? 'board-row--top' : undefined}>
                <td>{row.rank}</td>
                <td className="board-name">
                  {row.team.name}
                  {row.team.college && <small>{row.team.college.name}</small>}
                </td>
                <td>{row.signUps}</td>
                <td className="board-wide">{row.checkedIn}</td>
                <td className="board-donated">{row.donated}</td>
                <td className="board-wide">{formatPercent(row.conversionRate, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {stage.collegeLeaderboard.length > 0 && (
        <section>
          <table className="board-table" data-testid="college-board">
            <caption>{t('leaderboard.colleges')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('leaderboard.rank')}</th>
                <th scope="col">{t('leaderboard.college')}</th>
                <th scope="col" className="board-wide">
                  {t('leaderboard.teamCount')}
                </th>
                <th scope="col">{t('leaderboard.signUps')}</th>
                <th scope="col">{donated}</th>
              </tr>
            </thead>
            <tbody>
              {stage.collegeLeaderboard.map((row) => (
                <tr key={row.college.name} className={row.rank <= 3 ? 'board-row--top' : undefined}>
                  <td>{row.rank}</td>
                  <td className="board-name">{row.college.name}</td>
                  <td className="board-wide">{row.teams}</td>
                  <td>{row.signUps}</td>
                  <td className="board-donated">{row.donated}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
