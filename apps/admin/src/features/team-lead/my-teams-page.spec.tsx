import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { act, cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { fakeGraphQL } from '../../testing/fake-graphql';
import { createApolloClient } from '../../app/api/apollo-client';
import { organizerI18n } from '../../app/i18n/organizer-i18n';
import { MyTeamsPage } from './my-teams-page';

const stats = { signUps: 0, checkedIn: 0, donated: 0, conversionRate: 0 };
const team = (id: string, name: string) => ({ id, name, code: 'ABC234', college: { id: 'college-1', name: 'Inner Mongolia University' } });
const recruiting = { driveId: 'd-1', driveSlug: 'winter', driveTitle: 'Winter drive', driveKind: 'WHOLE_BLOOD', driveStartsAt: '2030-12-05T01:00:00.000Z', location: 'Hohhot', timeZone: 'Asia/Shanghai' };

beforeAll(() => {
  window.matchMedia = (query: string) => ({ matches: false, media: query, onchange: null, addEventListener: () => undefined, removeEventListener: () => undefined, addListener: () => undefined, removeListener: () => undefined, dispatchEvent: () => false });
});
beforeEach(async () => {
  await act(() => organizerI18n.changeLanguage('en'));
});
afterEach(cleanup);

describe('a team lead’s start page', () => {
  it('leads a new team straight to its link and QR code when the organization has a published drive', async () => {
    fakeGraphQL({
      TeamLeadMyTeams: {
        data: {
          myTeams: [
            { team: team('team-1', 'Red Drops'), totals: stats, drives: [], recruitingDrives: [recruiting] },
            { team: team('team-2', 'Quiet Club'), totals: stats, drives: [], recruitingDrives: [] },
          ],
        },
      },
    });
    render(
      <I18nextProvider i18n={organizerI18n}>
        <ApolloProvider client={createApolloClient()}>
          <MantineProvider env="test">
            <MyTeamsPage />
          </MantineProvider>
        </ApolloProvider>
      </I18nextProvider>,
    );
    const links = await screen.findAllByRole('link', { name: 'Link and QR code for 1 drive' });
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/my-teams/team-1']);
  });
});
