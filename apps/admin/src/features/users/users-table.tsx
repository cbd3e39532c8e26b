// The accounts as a table: who, role, the teams each leads, where the account stands, and what
// the signed-in person may do to it.
import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Role, UsersListQuery } from '../../generated/graphql';
import type { LinkKind } from './invitation-link';
import type { Invitation } from './invite-form';
import { UserActionsMenu } from './user-actions';
import { UserStatusBadge } from './user-status-badge';

interface UsersTableProps {
  users: UsersListQuery['users'];
  me: { id: string; role: Role } | null;
  onLink: (invitation: Invitation, kind: LinkKind) => void;
}

export function UsersTable({ users, me, onLink }: UsersTableProps) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="sm" data-testid="users">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.name')}</Table.Th>
            <Table.Th>{t('columns.role')}</Table.Th>
            <Table.Th>{t('columns.teams')}</Table.Th>
            <Table.Th>{t('columns.state')}</Table.Th>
            <Table.Th aria-label={t('columns.actions')} />
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
              <Table.Td>
                {user.teams.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                ) : (
                  <Group gap={6}>
                    {user.teams.map((team) => (
                      <Anchor key={team.id} component={Link} href={`/teams/${team.id}`} size="sm">
                        {team.name}
                      </Anchor>
                    ))}
                  </Group>
                )}
              </Table.Td>
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
