// The accounts as a table: who, role, their organization (for an admin, who sees every one), the
// teams each leads or the drives whose desk each works, where the account stands, and what the
// signed-in person may do to it.
import { Anchor, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Role, UsersListQuery } from '../../generated/graphql';
import type { LinkKind } from './invitation-link';
import type { Invitation } from './invite-form';
import { UserActionsMenu } from './user-actions';
import { UserStatusBadge } from './user-status-badge';

type User = UsersListQuery['users'][number];

interface UsersTableProps {
  users: UsersListQuery['users'];
  me: { id: string; role: Role } | null;
  /** Titles of the drives known to the list, to name desk staff's drives. */
  driveTitles: ReadonlyMap<string, string>;
  onLink: (invitation: Invitation, kind: LinkKind) => void;
}

export function UsersTable({ users, me, driveTitles, onLink }: UsersTableProps) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const admin = me?.role === 'ADMIN';
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="sm" data-testid="users">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.name')}</Table.Th>
            <Table.Th>{t('columns.role')}</Table.Th>
            {admin && <Table.Th>{t('columns.organization')}</Table.Th>}
            <Table.Th>{t('columns.teams')}</Table.Th>
            <Table.Th>{t('columns.state')}</Table.Th>
            <Table.Th>
            <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
          </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Text size="sm" fw={500} c={user.status === 'DEACTIVATED' ? 'dimmed' : undefined}>
                  {user.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {user.email}
                </Text>
              </Table.Td>
              <Table.Td>{tc(`roles.${user.role}`)}</Table.Td>
              {admin && <Table.Td>{user.organization?.name ?? '—'}</Table.Td>}
              <Table.Td>{user.role === 'DESK' ? <DeskDrives user={user} driveTitles={driveTitles} /> : <LedTeams user={user} />}</Table.Td>
              <Table.Td>
                <UserStatusBadge user={user} />
              </Table.Td>
              <Table.Td>
                <UserActionsMenu user={user} me={me} onLink={onLink} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function None(): ReactNode {
  return (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
}

function LedTeams({ user }: { user: User }) {
  if (user.teams.length === 0) return <None />;
  return (
    <Group gap={6}>
      {user.teams.map((team) => (
        <Anchor key={team.id} component={Link} href={`/teams/${team.id}`} size="sm">
          {team.name}
        </Anchor>
      ))}
    </Group>
  );
}

/** The drives whose desk this person works, by title (older drives beyond the list as a count). */
function DeskDrives({ user, driveTitles }: { user: User; driveTitles: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('users');
  if (user.deskDriveIds.length === 0) return <None />;
  const known = user.deskDriveIds.filter((id) => driveTitles.has(id));
  const others = user.deskDriveIds.length - known.length;
  return (
    <Group gap={6} data-testid="desk-drives">
      {known.map((id) => (
        <Anchor key={id} component={Link} href={`/drives/${id}/check-in`} size="sm">
          {driveTitles.get(id)}
        </Anchor>
      ))}
      {others > 0 && (
        <Text size="sm" c="dimmed">
          {t('otherDrives', { count: others })}
        </Text>
      )}
    </Group>
  );
}
