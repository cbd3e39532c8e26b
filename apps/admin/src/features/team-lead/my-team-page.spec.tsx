import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { fakeGraphQL, fieldErrors } from '../../testing/fake-graphql';
import { createApolloClient } from '../../app/api/apollo-client';
import { organizerI18n } from '../../app/i18n/organizer-i18n';
import { MyTeamPage } from './my-team-page';

// jsdom draws no canvas: the QR code is a picture of the text it was asked to encode.
jest.mock('qrcode', () => ({ toDataURL: async (text: string) => `data:image/png;qr,${encodeURIComponent(text)}` }));

const stats = { signUps: 0, checkedIn: 0, donated: 0, conversionRate: 0 };
const team = { id: 'team-1', name: 'Red Drops', code: 'ABC234', college: { id: 'college-1', name: 'Inner Mongolia University' } };
const drive = (slug: string, title: string) => ({
  driveId: `id-${slug}`,
  driveSlug: slug,
  driveTitle: title,
  driveKind: 'WHOLE_BLOOD',
  driveStartsAt: '2030-12-05T01:00:00.000Z',
  location: 'Hohhot, Wanda Plaza',
  timeZone: 'Asia/Shanghai',
});
const noMembers = { data: { teamSignUps: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } };

function renderPage() {
  return render(
    <I18nextProvider i18n={organizerI18n}>
      <ApolloProvider client={createApolloClient()}>
        <MantineProvider env="test">
          <MyTeamPage id="team-1" />
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
  Element.prototype.scrollIntoView = () => undefined;
});
beforeEach(async () => {
  await act(() => organizerI18n.changeLanguage('en'));
});
afterEach(cleanup);

describe('a team lead’s team page', () => {
  it('gives a new team its link and QR code for a published drive before anyone signed up', async () => {
    fakeGraphQL({
      TeamLeadMyTeams: { data: { myTeams: [{ team, totals: stats, drives: [], recruitingDrives: [drive('winter-drive', 'Winter drive')] }] } },
      TeamLeadMembers: noMembers,
    });
    renderPage();
    const link = (await screen.findByTestId('share-link')) as HTMLInputElement;
    expect(link.value).toBe(`${window.location.origin}/d/winter-drive?team=ABC234`);
    const qr = (await screen.findByRole('img', { name: /Red Drops/ })) as HTMLImageElement;
    expect(decodeURIComponent(qr.src)).toContain('/d/winter-drive?team=ABC234&source=qr');
    expect(screen.queryByText('Your organization has no published drive to recruit for right now.')).toBeNull();
  });

  it('lets the lead pick among several published drives', async () => {
    fakeGraphQL({
      TeamLeadMyTeams: { data: { myTeams: [{ team, totals: stats, drives: [], recruitingDrives: [drive('autumn', 'Autumn drive'), drive('winter', 'Winter drive')] }] } },
      TeamLeadMembers: noMembers,
    });
    renderPage();
    expect(((await screen.findByTestId('share-link')) as HTMLInputElement).value).toContain('/d/autumn?team=ABC234');
    fireEvent.click(screen.getByRole('combobox', { name: 'Drive to recruit for' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Winter drive' }));
    expect(((await screen.findByTestId('share-link')) as HTMLInputElement).value).toContain('/d/winter?team=ABC234');
  });

  it('says so when the organization has no published drive', async () => {
    fakeGraphQL({ TeamLeadMyTeams: { data: { myTeams: [{ team, totals: stats, drives: [], recruitingDrives: [] }] } }, TeamLeadMembers: noMembers });
    renderPage();
    expect(await screen.findByText('Your organization has no published drive to recruit for right now.')).toBeTruthy();
    expect(screen.queryByTestId('share-link')).toBeNull();
  });

  it('invites a co-lead of this team with a name and an e-mail only, and shows the link once', async () => {
    let answer: object = fieldErrors([{ field: 'email', key: 'emailTaken', message: 'This e-mail already has an account.' }]);
    const { asked } = fakeGraphQL({
      TeamLeadMyTeams: { data: { myTeams: [{ team, totals: stats, drives: [], recruitingDrives: [] }] } },
      TeamLeadMembers: noMembers,
      TeamLeadInviteCoLead: () => answer,
    });
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Invite a co-lead' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite a co-lead of this team' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: ' Li Na ' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'E-mail' }), { target: { value: 'li.na@campus.test' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    expect(await within(dialog).findByText('This e-mail already has an account.')).toBeTruthy();
    const sent = asked.filter((a) => a.operationName === 'TeamLeadInviteCoLead');
    expect(sent[0].variables).toEqual({ teamId: 'team-1', input: { name: 'Li Na', email: 'li.na@campus.test' } });

    answer = { data: { inviteCoLead: { user: { id: 'user-2', name: 'Li Na', email: 'li.na@campus.test' }, setPasswordUrl: 'https://relay.test/set-password#token=abc', expiresAt: '2030-12-12T00:00:00.000Z' } } };
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByDisplayValue('https://relay.test/set-password#token=abc')).toBeTruthy();
  });
});
