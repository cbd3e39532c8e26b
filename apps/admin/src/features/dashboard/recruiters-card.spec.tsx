import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { fakeGraphQL } from '../../testing/fake-graphql';
import { createApolloClient } from '../../app/api/apollo-client';
import { organizerI18n } from '../../app/i18n/organizer-i18n';
import type { DriveKind } from '../../generated/graphql';
import { RecruitersCard, SHOWN_RECRUITERS } from './recruiters-card';

function renderCard(kind: DriveKind = 'WHOLE_BLOOD') {
  return render(
    <I18nextProvider i18n={organizerI18n}>
      <ApolloProvider client={createApolloClient()}>
        <MantineProvider>
          <RecruitersCard driveId="drive-1" kind={kind} />
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>,
  );
}

beforeAll(() => {
  window.matchMedia = (query: string) => ({ matches: false, media: query, onchange: null, addEventListener: () => undefined, removeEventListener: () => undefined, addListener: () => undefined, removeListener: () => undefined, dispatchEvent: () => false });
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
beforeEach(async () => {
  await act(() => organizerI18n.changeLanguage('en'));
});
afterEach(cleanup);

describe('the dashboard’s recruiters', () => {
  it('lists the drive’s volunteers by the friends their own links brought, top ones only', async () => {
    const recruiters = [
      { rank: 1, name: 'Ada', signUps: 2, donated: 1 },
      { rank: 2, name: 'Zed', signUps: 1, donated: 0 },
    ];
    const { asked } = fakeGraphQL({ DashboardRecruiters: { data: { drive: { id: 'drive-1', recruiters } } } });
    renderCard();
    const table = await screen.findByRole('table', { name: 'Recruiters' });
    expect(asked[0]).toMatchObject({ operationName: 'DashboardRecruiters', variables: { id: 'drive-1', first: SHOWN_RECRUITERS } });
    const rows = within(table).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['#', 'Volunteer', 'Friends brought', 'Donated'],
      ['1', 'Ada', '2', '1'],
      ['2', 'Zed', '1', '0'],
    ]);
  });

  it('says at a stem-cell registry drive that the friends brought joined the registry, in both languages', async () => {
    const recruiters = [{ rank: 1, name: 'Ada', signUps: 2, donated: 1 }];
    fakeGraphQL({ DashboardRecruiters: { data: { drive: { id: 'drive-1', recruiters } } } });
    renderCard('STEM_CELL_REGISTRY');
    const table = await screen.findByRole('table', { name: 'Recruiters' });
    expect([...within(table).getAllByRole('row')[0].querySelectorAll('th')].map((c) => c.textContent)).toEqual(['#', 'Volunteer', 'Friends brought', 'Joined']);
    expect(screen.getByText(/then by how many of them joined the registry/)).toBeTruthy();
    expect(screen.queryByText(/donated/i)).toBeNull();
    cleanup();
    await act(() => organizerI18n.changeLanguage('zh-CN'));
    fakeGraphQL({ DashboardRecruiters: { data: { drive: { id: 'drive-1', recruiters } } } });
    renderCard('STEM_CELL_REGISTRY');
    expect(await screen.findByText('已入库')).toBeTruthy();
    expect(screen.queryByText(/献血/)).toBeNull();
  });

  it('says so when nobody came through a volunteer’s link', async () => {
    fakeGraphQL({ DashboardRecruiters: { data: { drive: { id: 'drive-1', recruiters: [] } } } });
    renderCard();
    expect(await screen.findByText('Nobody has signed up through a volunteer’s own link yet.')).toBeTruthy();
  });
});
