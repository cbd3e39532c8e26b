import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
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
const coLeads = (...leads: { userId: string; name: string; accepted: boolean; you: boolean }[]) => ({ data: { coLeads: leads } });
const justMe = coLeads({ userId: 'me', name: 'Wang Fang', accepted: true, you: true });
const noMembers = { data: { teamSignUps: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } };

function renderPage() {
  return render(
    <I18nextProvider i18n={organizerI18n}>
      <ApolloProvider client={createApolloClient()}>
        <MantineProvider env="test">
          <ModalsProvider>
            <MyTeamPage id="team-1" />
          </ModalsProvider>
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
      TeamLeadCoLeads: justMe,
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
      TeamLeadCoLeads: justMe,
    });
    renderPage();
    expect(((await screen.findByTestId('share-link')) as HTMLInputElement).value).toContain('/d/autumn?team=ABC234');
    fireEvent.click(screen.getByRole('combobox', { name: 'Drive to recruit for' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Winter drive' }));
    expect(((await screen.findByTestId('share-link')) as HTMLInputElement).value).toContain('/d/winter?team=ABC234');
  });

  it('says at a stem-cell registry drive that the team’s people and its recruiters’ friends joined the registry, not donated', async () => {
    const week = { ...drive('registry-week', 'Registry week'), driveKind: 'STEM_CELL_REGISTRY', driveStatus: 'PUBLISHED', rank: 1, teamsRanked: 3, stats: { signUps: 12, checkedIn: 9, donated: 8, conversionRate: 0.67 } };
    fakeGraphQL({
      TeamLeadMyTeams: { data: { myTeams: [{ team, totals: week.stats, drives: [week], recruitingDrives: [drive('registry-week', 'Registry week')] }] } },
      TeamLeadMembers: noMembers,
      TeamLeadCoLeads: justMe,
      TeamLeadRecruiters: { data: { teamRecruiters: [{ rank: 1, name: 'Ada', signUps: 2, donated: 1 }] } },
    });
    renderPage();
    const recruiters = await screen.findByTestId('team-recruiters');
    expect([...recruiters.querySelectorAll('th')].map((c) => c.textContent)).toEqual(['Rank', 'Name', 'Friends brought', 'Joined']);
    expect(screen.getByTestId('team-donated').nextElementSibling?.textContent).toBe('Joined');
    expect(screen.getByText('Joined / signed up')).toBeTruthy();
    expect(screen.queryByText(/donated/i)).toBeNull();
  });

  it('says so when the organization has no published drive', async () => {
    fakeGraphQL({ TeamLeadMyTeams: { data: { myTeams: [{ team, totals: stats, drives: [], recruitingDrives: [] }] } }, TeamLeadMembers: noMembers, TeamLeadCoLeads: justMe });
    renderPage();
    expect(await screen.findByText('Your organization has no published drive to recruit for right now.')).toBeTruthy();
    expect(screen.queryByTestId('share-link')).toBeNull();
  });

  it('invites a co-lead of this team with a name and an e-mail only, and shows the link once', async () => {
    let answer: object = fieldErrors([{ field: 'email', key: 'emailTaken', message: 'This e-mail already has an account.' }]);
    const { asked } = fakeGraphQL({
      TeamLeadMyTeams: { data: { myTeams: [{ team, totals: stats, drives: [], recruitingDrives: [] }] } },
      TeamLeadMembers: noMembers,
      TeamLeadCoLeads: justMe,
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

  it('shows the team’s leads with whether they accepted, and removes a co-lead after asking', async () => {
    let removal: object = fieldErrors([{ field: 'userId', key: 'lastTeamLead', message: 'A team needs at least one lead who has accepted the invitation.' }]);
    const { asked } = fakeGraphQL({
      TeamLeadMyTeams: { data: { myTeams: [{ team, totals: stats, drives: [], recruitingDrives: [] }] } },
      TeamLeadMembers: noMembers,
      TeamLeadCoLeads: coLeads({ userId: 'me', name: 'Wang Fang', accepted: true, you: true }, { userId: 'li', name: 'Li Na', accepted: false, you: false }),
      TeamLeadRemoveCoLead: () => removal,
    });
    renderPage();
    const list = await screen.findByTestId('co-leads');
    expect(await within(list).findByText('Wang Fang (you)')).toBeTruthy();
    expect(within(list).getByText('Li Na')).toBeTruthy();
    expect(within(list).getByText('Accepted')).toBeTruthy();
    expect(within(list).getByText('Invited, not accepted yet')).toBeTruthy();

    // Stepping down while the only other lead has not accepted: the API's word, shown as it comes.
    fireEvent.click(within(list).getByRole('button', { name: 'Step down as a lead of this team' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Step down as a lead of this team?' })).getByRole('button', { name: 'Step down as a lead of this team' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'A team needs at least one lead who has accepted the invitation.');

    removal = { data: { removeCoLead: [{ userId: 'me', name: 'Wang Fang', accepted: true, you: true }] } };
    fireEvent.click(within(list).getByRole('button', { name: 'Remove Li Na as a lead of this team' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Remove Li Na as a lead?' })).getByRole('button', { name: 'Remove' }));
    await act(async () => undefined);
    const removals = asked.filter((a) => a.operationName === 'TeamLeadRemoveCoLead').map((a) => a.variables);
    await screen.findByText('Wang Fang (you)');
    expect(removals).toEqual([
      { teamId: 'team-1', userId: 'me' },
      { teamId: 'team-1', userId: 'li' },
    ]);
  });

  it('names the leads in Chinese too', async () => {
    await act(() => organizerI18n.changeLanguage('zh-CN'));
    fakeGraphQL({
      TeamLeadMyTeams: { data: { myTeams: [{ team, totals: stats, drives: [], recruitingDrives: [] }] } },
      TeamLeadMembers: noMembers,
      TeamLeadCoLeads: coLeads({ userId: 'me', name: '王芳', accepted: true, you: true }, { userId: 'li', name: '李娜', accepted: false, you: false }),
    });
    renderPage();
    const list = await screen.findByTestId('co-leads');
    expect(await within(list).findByText('王芳（您）')).toBeTruthy();
    expect(within(list).getByText('已邀请，尚未接受')).toBeTruthy();
    expect(within(list).getByRole('button', { name: '移除 李娜 的团队负责人身份' })).toBeTruthy();
  });
});
