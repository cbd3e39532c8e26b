// The drive's totals over both boards, and its progress to the sign-up goal when it has one.
import { useTranslation } from 'react-i18next';
import type { BoardDrive } from './use-leaderboard';
import { wordFor } from '../../app/i18n/registry-words';

/** At a stem-cell registry drive (`kind`) the last total is who joined the registry. */
export function BoardSummary({ stats, kind }: { stats: BoardDrive['stats']; kind: BoardDrive['kind'] }) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="board-totals" aria-label={t('leaderboard.title')}>
        <li>
          <strong data-testid="total-sign-ups">{stats.signUps}</strong> {t('leaderboard.totalSignUps')}
        </li>
        <li>
          <strong>{stats.checkedIn}</strong> {t('leaderboard.totalCheckedIn')}
        </li>
        <li>
          <strong>{stats.donated}</strong> {t(wordFor(kind, 'leaderboard.totalDonated'))}
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
    </>
  );
}
