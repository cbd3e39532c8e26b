import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { fakeGraphQL } from '../../testing/fake-graphql';
import { createApolloClient } from '../../app/api/apollo-client';
import { organizerI18n } from '../../app/i18n/organizer-i18n';
import { DriveDashboardPage } from './drive-dashboard-page';
import { SHOWN_ROWS } from './leaderboard-card';

/** `count` teams of a drive, each of its own college, ranked by sign-ups. */
function teams(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    rank: i + 1,
    signUps: 5000 - i,
    checkedIn: 0,
    donated: 0,
    conversionRate: 0,
    team: { id: `team-${i + 1}`, name: `Team ${i + 1}`, code: `T${i + 1}`, college: { id: `college-${i + 1}`, name: `College ${i + 1}` } },
  }));
}

/** The dashboard's answer with `answered` rows of each board, out of boards this long. */
function dashboard(answered: { teams: number; colleges: number }, ranked: { teams: number; colleges: number }) {
  return {
    data: {
      drive: {
        id: 'drive-1',
        title: 'Dec 5 campus blood drive',
        slug: 'dec-5-campus',
        kind: 'WHOLE_BLOOD',
        status: 'PUBLISHED',
        location: 'Xinhua Square, Hohhot',
        timeZone: 'Asia/Shanghai',
        startsAt: '2027-12-05T01:00:00.000Z',
        endsAt: '2027-12-05T08:00:00.000Z',
        teamsRanked: ranked.teams,
        collegesRanked: ranked.colleges,
        stats: {
          signUps: 0,
          waitlisted: 0,
          cancelled: 0,
          checkedIn: 0,
          donated: 0,
          deferred: 0,
          noShow: 0,
          conversionRate: 0,
          signUpGoal: null,
          donationGoal: null,
          signUpGoalProgress: null,
          donationGoalProgress: null,
        },
        signUpsByDay: [],
        channels: [],
        leaderboard: teams(answered.teams),
        collegeLeaderboard: teams(answered.colleges).map(({ team, ...row }) => ({ ...row, teams: 1, college: team.college })),
      },
    },
  };
}

/** The recruiters card below the boards (recruiters-card.spec.tsx) has nothing to show here. */
const NO_RECRUITERS = { data: { drive: { id: 'drive-1', recruiters: [] } } };

function renderDashboard() {
  return render(
    <I18nextProvider i18n={organizerI18n}>
      <ApolloProvider client={createApolloClient()}>
        <MantineProvider>
          <ModalsProvider>
            <DriveDashboardPage id="drive-1" />
          </ModalsProvider>
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>,
  );
}

beforeAll(() => {
  // What Mantine and the charts need from a browser that jsdom, which lays nothing out, lacks.
  window.matchMedia = (query: string) => ({ matches: false, media: query, onchange: null, addEventListener: () => undefined, removeEventListener: () => undefined, addListener: () => undefined, removeListener: () => undefined, dispatchEvent: () => false });
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ x: 0, y: 0, top: 0, left: 0, right: 640, bottom: 320, width: 640, height: 320, toJSON: () => ({}) });
});
beforeEach(async () => {
  await act(() => organizerI18n.changeLanguage('en'));
});
afterEach(cleanup);

describe('the dashboard’s leaderboard', () => {
  it('asks for the top 100 of each board and counts the whole boards in its tabs', async () => {
    const { asked } = fakeGraphQL({ DashboardRecruiters: NO_RECRUITERS, DashboardDrive: dashboard({ teams: SHOWN_ROWS, colleges: 40 }, { teams: 2077, colleges: 40 }) });
    renderDashboard();

    await screen.findByRole('table', { name: 'Teams by sign-ups' });
    expect(asked[0].variables).toEqual({ id: 'drive-1', teams: 100, colleges: 100 });
    expect(screen.getByRole('tab', { name: '2,077 teams' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: '40 colleges' })).toBeTruthy();
    expect(screen.getByText('Top 100 of 2,077 teams')).toBeTruthy();
  });

  it('says nothing about the top when the boards are whole', async () => {
    fakeGraphQL({ DashboardRecruiters: NO_RECRUITERS, DashboardDrive: dashboard({ teams: 3, colleges: 3 }, { teams: 3, colleges: 3 }) });
    renderDashboard();

    await screen.findByRole('table', { name: 'Teams by sign-ups' });
    expect(screen.getByRole('tab', { name: '3 teams' })).toBeTruthy();
    expect(screen.queryByText(/^Top /)).toBeNull();
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
  });

  it('asks for a whole board once the organizer wants to see all of it', async () => {
    const ranked = { teams: 150, colleges: 3 };
    const { asked } = fakeGraphQL({ DashboardRecruiters: NO_RECRUITERS, DashboardDrive: (variables) => dashboard({ teams: variables.teams === null ? ranked.teams : SHOWN_ROWS, colleges: 3 }, ranked) });
    renderDashboard();

    const table = await screen.findByRole('table', { name: 'Teams by sign-ups' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + SHOWN_ROWS);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 150 teams' }));
    // While the whole board comes, the top of it stays on screen.
    expect(screen.getByRole('table', { name: 'Teams by sign-ups' })).toBeTruthy();
    expect(screen.queryByText('Top 100 of 150 teams')).toBeNull();

    await screen.findByText('Team 150');
    expect(within(screen.getByRole('table', { name: 'Teams by sign-ups' })).getAllByRole('row')).toHaveLength(1 + ranked.teams);
    fireEvent.click(screen.getByRole('button', { name: 'Refresh now' }));
    // The recruiters card asks once for itself (recruiters-card.spec.tsx): only the dashboard's own query here.
    const boards = () => asked.filter((a) => a.operationName === 'DashboardDrive');
    await waitFor(() => expect(boards()).toHaveLength(3));
    expect(boards().map((a) => a.variables)).toEqual([
      { id: 'drive-1', teams: 100, colleges: 100 },
      { id: 'drive-1', teams: null, colleges: 100 },
      { id: 'drive-1', teams: null, colleges: 100 },
    ]);
  });
});
