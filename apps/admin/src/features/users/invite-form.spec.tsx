import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createApolloClient } from '../../app/api/apollo-client';
import { session } from '../../app/auth/session';
import { organizerI18n } from '../../app/i18n/organizer-i18n';
import type { Role } from '../../generated/graphql';
import { fakeGraphQL, fieldErrors } from '../../testing/fake-graphql';
import { InviteForm } from './invite-form';

const ORGANIZATIONS = {
  data: {
    organizations: [
      { __typename: 'Organization', id: 'org-blood', name: 'Hohhot Blood Center' },
      { __typename: 'Organization', id: 'org-registry', name: 'Marrow Registry' },
    ],
  },
};

const drive = (id: string, title: string, organizationId: string) => ({ __typename: 'Drive', id, title, organizationId });
const ALL_DRIVES = [drive('d-day', 'Volunteer Day drive', 'org-blood'), drive('d-week', 'Registry week', 'org-registry')];

/** The API's drives: one organization's when asked (admins), else the organizer's own (org-blood). */
const DRIVES = (variables: Record<string, unknown>) => ({
  data: {
    drives: {
      __typename: 'DriveConnection',
      edges: ALL_DRIVES.filter((d) => d.organizationId === (variables['organizationId'] ?? 'org-blood')).map(({ organizationId: _, ...node }) => ({ __typename: 'DriveEdge', node })),
    },
  },
});

const INVITED = {
  data: { inviteUser: { __typename: 'Invitation', setPasswordUrl: 'http://relay.test/set-password#token=abc', expiresAt: '2027-12-12T00:00:00.000Z', user: { __typename: 'User', id: 'u-1', name: 'Zhao Min' } } },
};

function signedInAs(role: Role) {
  session.start({ token: 'token', role, expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
}

function renderForm(onInvited = jest.fn()) {
  render(
    <I18nextProvider i18n={organizerI18n}>
      <ApolloProvider client={createApolloClient()}>
        <MantineProvider env="test">
          <InviteForm onInvited={onInvited} onCancel={() => undefined} />
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>,
  );
  return onInvited;
}

/** The options a select offers once opened. */
async function optionsOf(name: string): Promise<string[]> {
  fireEvent.click(screen.getByRole('combobox', { name: new RegExp(`^${name}`) }));
  const listbox = await screen.findByRole('listbox');
  return within(listbox)
    .getAllByRole('option')
    .map((option) => option.textContent ?? '');
}

async function choose(name: string, option: string) {
  fireEvent.click(screen.getByRole('combobox', { name: new RegExp(`^${name}`) }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
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
afterEach(() => {
  cleanup();
  session.end();
});

describe('the invite form', () => {
  it('lets an admin invite desk staff into the organization they pick, for drives of that organization, with the API’s field error on the drives', async () => {
    const { asked } = fakeGraphQL({
      UsersInviteOrganizations: ORGANIZATIONS,
      UsersDeskDriveChoices: DRIVES,
      UsersInvite: fieldErrors([{ field: 'deskDriveIds', key: 'deskDrivesRequired', message: 'Choose at least one drive whose desk this person works.' }]),
    });
    signedInAs('ADMIN');
    renderForm();

    expect(await optionsOf('Role')).toEqual(['Organizer', 'Viewer (read only)', 'Desk staff', 'Team lead']);
    fireEvent.click(screen.getByRole('option', { name: 'Desk staff' }));
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Organization' }) as HTMLInputElement).value).toBe('Hohhot Blood Center'));
    await choose('Organization', 'Marrow Registry');
    fireEvent.change(screen.getByRole('textbox', { name: /^Name/ }), { target: { value: 'Zhao Min' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^E-mail/ }), { target: { value: 'zhao.min@relay.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the invitation' }));

    const error = await screen.findByText('Choose at least one drive whose desk this person works.');
    const drives = screen.getByRole('combobox', { name: /^Drives at whose desk they work/ });
    expect(drives.getAttribute('aria-describedby')).toContain(error.id);
    expect(asked.find((a) => a.operationName === 'UsersInvite')?.variables).toEqual({
      input: { name: 'Zhao Min', email: 'zhao.min@relay.test', role: 'DESK', organizationId: 'org-registry', deskDriveIds: [] },
    });
    // Only the picked organization's drives are offered, asked of the API by organization.
    expect(asked.filter((a) => a.operationName === 'UsersDeskDriveChoices').map((a) => a.variables)).toEqual([{ organizationId: 'org-blood' }, { organizationId: 'org-registry' }]);
    fireEvent.click(drives);
    expect(within(await screen.findByRole('listbox')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Registry week']);
  });

  it('offers an organizer team leads and desk staff only, into their own organization', async () => {
    const { asked } = fakeGraphQL({ UsersDeskDriveChoices: DRIVES, UsersInvite: INVITED });
    signedInAs('ORGANIZER');
    const onInvited = renderForm();

    expect(screen.queryByRole('combobox', { name: 'Organization' })).toBeNull();
    expect(screen.getByText('Organizers can invite team leads and desk staff; only an admin can invite organizers and viewers.')).toBeTruthy();
    expect(await optionsOf('Role')).toEqual(['Team lead', 'Desk staff']);
    fireEvent.click(screen.getByRole('option', { name: 'Desk staff' }));
    fireEvent.change(screen.getByRole('textbox', { name: /^Name/ }), { target: { value: 'Zhao Min' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^E-mail/ }), { target: { value: 'zhao.min@relay.test' } });
    await choose('Drives at whose desk they work', 'Volunteer Day drive');
    fireEvent.click(screen.getByRole('button', { name: 'Send the invitation' }));

    await waitFor(() => expect(onInvited).toHaveBeenCalled());
    expect(asked.filter((a) => a.operationName === 'UsersInviteOrganizations')).toEqual([]);
    expect(asked.find((a) => a.operationName === 'UsersInvite')?.variables).toEqual({
      input: { name: 'Zhao Min', email: 'zhao.min@relay.test', role: 'DESK', deskDriveIds: ['d-day'] },
    });
  });
});
