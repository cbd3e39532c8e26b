import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createApolloClient } from '../../app/api/apollo-client';
import { session } from '../../app/auth/session';
import { organizerI18n } from '../../app/i18n/organizer-i18n';
import type { Role } from '../../generated/graphql';
import { fakeGraphQL, fieldErrors } from '../../testing/fake-graphql';
import { DeskDrivesForm } from './desk-drives-form';
import { allowedActions } from './user-actions';

const drive = (id: string, title: string) => ({ __typename: 'Drive', id, title });
const DRIVES = {
  data: {
    drives: {
      __typename: 'DriveConnection',
      edges: [drive('d-day', 'Volunteer Day drive'), drive('d-week', 'Campus week')].map((node) => ({ __typename: 'DriveEdge', node })),
    },
  },
};
const saved = (driveIds: string[]) => ({ data: { setDeskDrives: { __typename: 'User', id: 'u-desk', deskDriveIds: driveIds } } });

const MA_LI = { id: 'u-desk', name: 'Ma Li', deskDriveIds: ['d-day'], organization: { id: 'org-blood' } };

function signedInAs(role: Role) {
  session.start({ token: 'token', role, expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
}

function renderForm(user: typeof MA_LI = MA_LI, onSaved = jest.fn()) {
  render(
    <I18nextProvider i18n={organizerI18n}>
      <ApolloProvider client={createApolloClient()}>
        <MantineProvider env="test">
          <DeskDrivesForm user={user} onSaved={onSaved} onCancel={() => undefined} />
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>,
  );
  return onSaved;
}

const drivesField = () => screen.findByRole('combobox', { name: /^Drives at whose desk they work/ });

/** Opens the drives' list and clicks an option, which chooses it or, if chosen, unchooses it. */
async function toggle(option: string) {
  fireEvent.click(await drivesField());
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

describe('the desk drives dialog', () => {
  it('shows an admin the desk person’s organization’s drives with theirs chosen, and saves the new choice', async () => {
    const { asked } = fakeGraphQL({ UsersDeskDriveChoices: DRIVES, UsersSetDeskDrives: (variables) => saved(variables['driveIds'] as string[]) });
    signedInAs('ADMIN');
    const onSaved = renderForm();

    await drivesField();
    expect(asked.find((a) => a.operationName === 'UsersDeskDriveChoices')?.variables).toEqual({ organizationId: 'org-blood' });
    // Their drive is chosen already (and stays when the other is added).
    await toggle('Campus week');
    fireEvent.click(screen.getByRole('button', { name: 'Save the drives' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(asked.find((a) => a.operationName === 'UsersSetDeskDrives')?.variables).toEqual({ userId: 'u-desk', driveIds: ['d-day', 'd-week'] });
  });

  it('asks an organizer’s own drives, and shows the API’s field error beside the drives when none is left', async () => {
    const { asked } = fakeGraphQL({
      UsersDeskDriveChoices: DRIVES,
      UsersSetDeskDrives: fieldErrors([{ field: 'driveIds', key: 'deskDrivesRequired', message: 'Choose at least one drive whose desk this person works.' }]),
    });
    signedInAs('ORGANIZER');
    const onSaved = renderForm();

    await toggle('Volunteer Day drive');
    fireEvent.click(screen.getByRole('button', { name: 'Save the drives' }));

    const error = await screen.findByText('Choose at least one drive whose desk this person works.');
    expect((await drivesField()).getAttribute('aria-describedby')).toContain(error.id);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
    expect(asked.find((a) => a.operationName === 'UsersDeskDriveChoices')?.variables).toEqual({});
    expect(asked.find((a) => a.operationName === 'UsersSetDeskDrives')?.variables).toEqual({ userId: 'u-desk', driveIds: [] });
  });

  it('keeps a drive older than the listed ones chosen, under a plain name', async () => {
    const { asked } = fakeGraphQL({ UsersDeskDriveChoices: DRIVES, UsersSetDeskDrives: (variables) => saved(variables['driveIds'] as string[]) });
    signedInAs('ORGANIZER');
    const onSaved = renderForm({ ...MA_LI, deskDriveIds: ['d-old', 'd-day'] });

    fireEvent.click(await drivesField());
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual(['Volunteer Day drive', 'Campus week', 'An older drive']);
    expect(screen.queryByText('d-old')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save the drives' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(asked.find((a) => a.operationName === 'UsersSetDeskDrives')?.variables).toEqual({ userId: 'u-desk', driveIds: ['d-old', 'd-day'] });
  });
});

describe('the People page’s desk drives action', () => {
  const account = (role: Role) => ({ id: 'u-1', name: 'Ma Li', role, status: 'ACTIVE' as const, deskDriveIds: [], organization: { id: 'org-blood' } });

  it('is offered to admins and organizers for desk staff only', () => {
    expect(allowedActions({ id: 'me', role: 'ADMIN' }, account('DESK')).deskDrives).toBe(true);
    expect(allowedActions({ id: 'me', role: 'ORGANIZER' }, account('DESK')).deskDrives).toBe(true);
    expect(allowedActions({ id: 'me', role: 'VIEWER' }, account('DESK')).deskDrives).toBe(false);
    expect(allowedActions({ id: 'me', role: 'ORGANIZER' }, account('TEAM_LEAD')).deskDrives).toBe(false);
    expect(allowedActions({ id: 'me', role: 'ADMIN' }, account('ORGANIZER')).deskDrives).toBe(false);
  });
});
