// What can be done to an account from the People page: a set-password link (admins: a new one for
// a lost invitation, or a reset link for an active account, whose owner is told), another role
// (admins), the drives whose desks desk staff work (admins and organizers), deactivation and
// reactivation (admins for everyone but admins, organizers for their desk staff and team leads;
// nobody for themselves). The API decides; the menu offers what it allows.
import { useMutation } from '@apollo/client/react';
import { ActionIcon, Menu } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconClipboardCheck, IconDots, IconKey, IconLink, IconUserCheck, IconUserCog, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { UsersDeactivateDocument, UsersPasswordSetupLinkDocument, UsersReactivateDocument, type Role, type UserStatus } from '../../generated/graphql';
import { errorMessage } from '../../app/api/errors';
import { confirmAction } from '../../app/ui/confirm';
import { ChangeRoleForm } from './change-role-form';
import { DeskDrivesForm } from './desk-drives-form';
import type { LinkKind } from './invitation-link';
import type { Invitation } from './invite-form';

export interface ManagedUser {
  id: string;
  name: string;
  role: Role;
  status: UserStatus;
  deskDriveIds: readonly string[];
  organization?: { id: string } | null;
}

/** What `me` may do to `user`, by the API's rules (accounts.service.ts). */
export function allowedActions(me: { id: string; role: Role } | null, user: ManagedUser) {
  const admin = me?.role === 'ADMIN';
  // One's own password is changed on the account page, not reset through a link.
  const other = !!me && user.id !== me.id;
  const manages = other && user.role !== 'ADMIN' && (admin || user.role === 'TEAM_LEAD' || user.role === 'DESK');
  return {
    link: admin && other && user.status !== 'DEACTIVATED',
    changeRole: admin && other && user.role !== 'ADMIN',
    deskDrives: (admin || me?.role === 'ORGANIZER') && user.role === 'DESK',
    deactivate: manages && user.status !== 'DEACTIVATED',
    reactivate: manages && user.status === 'DEACTIVATED',
  };
}

/** The handlers, for the row (which outlives the menu: it closes as soon as an item is chosen). */
export function useUserActions(user: ManagedUser, onLink: (invitation: Invitation, kind: LinkKind) => void) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const [deactivateUser] = useMutation(UsersDeactivateDocument);
  const [reactivateUser] = useMutation(UsersReactivateDocument);
  const [passwordSetupLink] = useMutation(UsersPasswordSetupLinkDocument);
  const failed = (error: unknown) => notifications.show({ color: 'red', message: errorMessage(error, tc), autoClose: 10_000 });
  const name = user.name;

  const deactivate = async () => {
    const confirmed = await confirmAction({ title: t('actions.deactivateTitle', { name }), body: t('actions.deactivateBody', { name }), confirmLabel: t('actions.deactivate'), danger: true });
    if (!confirmed) return;
    try {
      await deactivateUser({ variables: { userId: user.id } });
      notifications.show({ color: 'gray', message: t('actions.deactivated', { name }) });
    } catch (error) {
      failed(error);
    }
  };

  const reactivate = async () => {
    const confirmed = await confirmAction({ title: t('actions.reactivateTitle', { name }), body: t('actions.reactivateBody', { name }), confirmLabel: t('actions.reactivate') });
    if (!confirmed) return;
    try {
      await reactivateUser({ variables: { userId: user.id } });
      notifications.show({ color: 'teal', message: t('actions.reactivated', { name }) });
    } catch (error) {
      failed(error);
    }
  };

  /** A lost invitation gets a new link at once; resetting an active account's password asks first. */
  const link = async () => {
    if (user.status === 'ACTIVE') {
      const confirmed = await confirmAction({ title: t('actions.resetTitle', { name }), body: t('actions.resetBody', { name }), confirmLabel: t('actions.resetLink') });
      if (!confirmed) return;
    }
    try {
      const { data } = await passwordSetupLink({ variables: { userId: user.id } });
      if (data) onLink(data.passwordSetupLink, user.status === 'ACTIVE' ? 'resetLink' : 'newLink');
    } catch (error) {
      failed(error);
    }
  };

  const changeRole = () => {
    const modalId = `change-role-${user.id}`;
    modals.open({
      modalId,
      title: t('role.title', { name }),
      children: (
        <ChangeRoleForm
          user={user}
          onCancel={() => modals.close(modalId)}
          onChanged={(role) => {
            modals.close(modalId);
            notifications.show({ color: 'teal', message: t('role.changed', { name, role: tc(`roles.${role}`) }) });
          }}
        />
      ),
    });
  };

  const deskDrives = () => {
    const modalId = `desk-drives-${user.id}`;
    modals.open({
      modalId,
      title: t('deskDrives.title', { name }),
      children: (
        <DeskDrivesForm
          user={user}
          onCancel={() => modals.close(modalId)}
          onSaved={() => {
            modals.close(modalId);
            notifications.show({ color: 'teal', message: t('deskDrives.saved', { name }) });
          }}
        />
      ),
    });
  };

  return { deactivate, reactivate, link, changeRole, deskDrives };
}

export function UserActionsMenu({ user, me, onLink }: { user: ManagedUser; me: { id: string; role: Role } | null; onLink: (invitation: Invitation, kind: LinkKind) => void }) {
  const { t } = useTranslation('users');
  const allowed = allowedActions(me, user);
  const actions = useUserActions(user, onLink);
  if (!Object.values(allowed).some(Boolean)) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('actions.label', { name: user.name })}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {allowed.link && (
          <Menu.Item leftSection={user.status === 'ACTIVE' ? <IconKey size={16} /> : <IconLink size={16} />} onClick={() => void actions.link()}>
            {user.status === 'ACTIVE' ? t('actions.resetLink') : t('newLink')}
          </Menu.Item>
        )}
        {allowed.changeRole && (
          <Menu.Item leftSection={<IconUserCog size={16} />} onClick={actions.changeRole}>
            {t('actions.changeRole')}
          </Menu.Item>
        )}
        {allowed.deskDrives && (
          <Menu.Item leftSection={<IconClipboardCheck size={16} />} onClick={actions.deskDrives}>
            {t('actions.deskDrives')}
          </Menu.Item>
        )}
        {allowed.reactivate && (
          <Menu.Item leftSection={<IconUserCheck size={16} />} onClick={() => void actions.reactivate()}>
            {t('actions.reactivate')}
          </Menu.Item>
        )}
        {allowed.deactivate && (
          <Menu.Item leftSection={<IconUserOff size={16} />} color="red" onClick={() => void actions.deactivate()}>
            {t('actions.deactivate')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
