import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Routes } from '../../app/routes';
import { fakeGraphQL } from '../../testing/fake-graphql';
import { i18n } from '../i18n/i18n';
import { REFRESH_MS, SHOWN_ROWS } from './leaderboard-page';

function team(rank: number, name: string, signUps: number, donated: number) {
  return { rank, team: { name, college: { name: `${name} College` } }, signUps, checkedIn: donated, donated, conversionRate: signUps ? donated / signUps : 0 };
}

/** `count` teams, each of its own college, ranked by sign-ups. */
function teams(count: number) {
  return Array.from({ length: count }, (_, i) => team(i + 1, `Team ${i + 1}`, 5000 - i, 0));
}

/** An answer with these rows of each board, out of boards this long. */
function board(rows: ReturnType<typeof team>[], ranked = { teams: rows.length, colleges: rows.length }) {
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
        teamsRanked: ranked.teams,
        collegesRanked: ranked.colleges,
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
    // No deferral column; "came" says why it may equal "donated".
    expect(screen.getByTestId('came-note').textContent).toBe('“Came” counts those of a team who came without donating only once they are 3 or more, so that nobody’s health screening can be guessed.');
    expect(screen.getByTestId('total-sign-ups').textContent).toBe('8');
    expect(screen.getByText('8 of 400 sign-ups')).toBeTruthy();
    expect(asked.find((a) => a.operationName === 'Leaderboard')?.variables).toEqual({ slug: 'dec-5-blood-drive', driveId: 'drive-1', teams: 100, colleges: 100 });
    expect(screen.queryByText(/^Top /)).toBeNull();

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

  it('shows the top 100 of a longer board, says of how many, and shows all of it on every refresh once asked', async () => {
    jest.useFakeTimers();
    const ranked = { teams: 150, colleges: SHOWN_ROWS };
    const { asked } = fakeGraphQL({
      DriveId: { data: { publicDrive: { id: 'drive-1' } } },
      Leaderboard: (variables) => board(teams(variables.teams === null ? ranked.teams : SHOWN_ROWS), ranked),
    });
    const leaderboardAsks = () => asked.filter((a) => a.operationName === 'Leaderboard').map((a) => a.variables);
    window.history.pushState({}, '', '/d/dec-5-blood-drive/leaderboard');
    render(<Routes />);

    const table = await screen.findByRole('table', { name: 'Teams' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + SHOWN_ROWS);
    expect(screen.getByText('Top 100 of 150 teams')).toBeTruthy();
    // The college board is whole: nothing to say about it.
    expect(screen.queryByText(/colleges$/)).toBeNull();
    expect(leaderboardAsks()).toEqual([expect.objectContaining({ teams: 100, colleges: 100 })]);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Show all 150 teams' })));
    expect(screen.queryByText('Top 100 of 150 teams')).toBeNull();
    await act(async () => {
      await jest.advanceTimersByTimeAsync(0);
    });
    expect(leaderboardAsks()).toHaveLength(2);
    expect(leaderboardAsks()[1]).toEqual(expect.objectContaining({ teams: null, colleges: 100 }));
    const whole = within(screen.getByRole('table', { name: 'Teams' }));
    expect(whole.getAllByRole('row')).toHaveLength(1 + 150);
    // Teams that came into view did not move: they show no arrow.
    expect(whole.queryAllByText(/^(up|down) /)).toEqual([]);
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();

    await act(async () => {
      await jest.advanceTimersByTimeAsync(REFRESH_MS);
    });
    expect(leaderboardAsks()).toHaveLength(3);
    expect(leaderboardAsks()[2]).toEqual(expect.objectContaining({ teams: null, colleges: 100 }));
  });

  it('says in Chinese, with the number as China writes it, how much of a board it shows', async () => {
    await act(() => i18n.changeLanguage('zh-CN'));
    fakeGraphQL({ DriveId: { data: { publicDrive: { id: 'drive-1' } } }, Leaderboard: board(teams(SHOWN_ROWS), { teams: 2077, colleges: 1350 }) });
    window.history.pushState({}, '', '/d/dec-5-blood-drive/leaderboard');
    render(<Routes />);
    expect(await screen.findByText('前 100 名，共 2,077 个团队')).toBeTruthy();
    expect(screen.getByText('前 100 名，共 1,350 所学校')).toBeTruthy();
    expect(screen.getByRole('button', { name: '显示全部 1,350 所学校' })).toBeTruthy();
  });

  it('says when a drive has no leaderboard', async () => {
    fakeGraphQL({ DriveId: { data: { publicDrive: null } } });
    window.history.pushState({}, '', '/d/nope/leaderboard');
    render(<Routes />);
    expect(await screen.findByRole('heading', { level: 1, name: 'We could not find this drive' })).toBeTruthy();
  });
});
