import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { fakeGraphQL } from '../../testing/fake-graphql';
import { createApolloClient } from '../../app/api/apollo-client';
import { organizerI18n } from '../../app/i18n/organizer-i18n';
import { RecruitersCard, SHOWN_RECRUITERS } from './recruiters-card';

function renderCard() {
  return render(
    <I18nextProvider i18n={organizerI18n}>
      <ApolloProvider client={createApolloClient()}>
        <MantineProvider>
          <RecruitersCard driveId="drive-1" />
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

  it('says so when nobody came through a volunteer’s link', async () => {
    fakeGraphQL({ DashboardRecruiters: { data: { drive: { id: 'drive-1', recruiters: [] } } } });
    renderCard();
    expect(await screen.findByText('Nobody has signed up through a volunteer’s own link yet.')).toBeTruthy();
  });
});
