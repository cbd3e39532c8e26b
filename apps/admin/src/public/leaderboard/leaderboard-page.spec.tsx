import { act, cleanup, render, screen, within } from '@testing-library/react';
import { Routes } from '../../app/routes';
import { fakeGraphQL } from '../../testing/fake-graphql';
import { i18n } from '../i18n/i18n';
import { REFRESH_MS } from './leaderboard-page';

function team(rank: number, name: string, signUps: number, donated: number) {
  return { rank, team: { name, college: { name: `${name} College` } }, signUps, checkedIn: donated, donated, conversionRate: signUps ? donated / signUps : 0 };
}

function board(rows: ReturnType<typeof team>[]) {
  const signUps = rows.reduce((n, r) => n + r.signUps, 0);
  return {
    data: {
      publicDrive: {
        id: 'drive-1',
        title: 'International Volunteer Day blood drive',
        location: 'Xinhua Square, Hohhot',
        timeZone: 'Asia/Shanghai',
        startsAt: '2027-12-05T01:00:00.000Z',
        endsAt: '2027-12-05T08:00:00.000Z',
        stats: { signUps, checkedIn: 0, donated: 0, conversionRate: 0, signUpGoal: 400, signUpGoalProgress: signUps / 400 },
      },
      leaderboard: rows,
      collegeLeaderboard: rows.map((r) => ({ rank: r.rank, college: r.team.college, teams: 1, signUps: r.signUps, checkedIn: r.checkedIn, donated: r.donated, conversionRate: r.conversionRate })),
    },
  };
}

beforeEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});
afterEach(() => {
  cleanup();
  jest.useRealTimers();
});

describe('the public leaderboard', () => {
  it('ranks the teams and colleges, refreshes every 10 seconds and shows who moved', async () => {
    jest.useFakeTimers();
    let answer = board([team(1, 'Riders Club', 5, 0), team(2, 'Medics', 3, 0)]);
    const { asked } = fakeGraphQL({ DriveId: { data: { publicDrive: { id: 'drive-1' } } }, Leaderboard: () => answer });
    window.history.pushState({}, '', '/d/dec-5-blood-drive/leaderboard');
    render(<Routes />);

    const teams = await screen.findByRole('table', { name: 'Teams' });
    expect(within(teams).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'RankTeamSigned upCameDonatedDonated / signed up',
      '1Riders ClubRiders Club College5000%',
      '2MedicsMedics College3000%',
    ]);
    expect(screen.getByRole('table', { name: 'Colleges' })).toBeTruthy();
    expect(screen.getByTestId('total-sign-ups').textContent).toBe('8');
    expect(screen.getByText('8 of 400 sign-ups')).toBeTruthy();
    expect(asked.find((a) => a.operationName === 'Leaderboard')?.variables).toEqual({ slug: 'dec-5-blood-drive', driveId: 'drive-1' });

    answer = board([team(1, 'Medics', 9, 1), team(2, 'Riders Club', 5, 0)]);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(REFRESH_MS);
    });
    expect(screen.getByTestId('total-sign-ups').textContent).toBe('14');
    const rows = within(screen.getByRole('table', { name: 'Teams' })).getAllByRole('row');
    expect(rows[1].textContent).toContain('Medics');
    expect(within(rows[1]).getByText('up 1')).toBeTruthy();
    expect(within(rows[2]).getByText('down 1')).toBeTruthy();
  });

  it('says when a drive has no leaderboard', async () => {
    fakeGraphQL({ DriveId: { data: { publicDrive: null } } });
    window.history.pushState({}, '', '/d/nope/leaderboard');
    render(<Routes />);
    expect(await screen.findByRole('heading', { level: 1, name: 'We could not find this drive' })).toBeTruthy();
  });
});
