// The accounts that can log in: organizers and team leads, whether they have set their password,
// and which teams each leads. Invite someone; for an invitation that was lost, admins make a new link.
import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLink, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { UsersListDocument, UsersPasswordSetupLinkDocument } from '../../generated/graphql';
import { errorMessage } from '../../app/api/errors';
import { useSession } from '../../app/auth/use-session';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDate } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/page-header';
import { EmptyState, QueryState } from '../../app/ui/query-state';
import { InvitationLink } from './invitation-link';
import { InviteForm, type Invitation } from './invite-form';

export function UsersPage() {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const [locale] = useOrganizerLocale();
  const current = useSession();
  const list = useQuery(UsersListDocument);
  const [inviting, setInviting] = useState(false);
  const [shown, setShown] = useState<Invitation | null>(null);
  const [newLink] = useMutation(UsersPasswordSetupLinkDocument);

  const resend = async (userId: string) => {
    try {
      const { data } = await newLink({ variables: { userId } });
      if (data) setShown(data.passwordSetupLink);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, tc) });
    }
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setInviting(true)}>
            {t('invite.button')}
          </Button>
        }
      />
      {shown && (
        <Stack mb="md">
          <InvitationLink name={shown.user.name} url={shown.setPasswordUrl} expiresAt={shown.expiresAt} />
        </Stack>
      )}
      <QueryState data={list.data} loading={list.loading} error={list.error} onRetry={() => void list.refetch()}>
        {({ users }) =>
          users.length === 0 ? (
            <EmptyState title={t('empty')} />
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped verticalSpacing="sm" data-testid="users">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('columns.name')}</Table.Th>
                    <Table.Th>{t('columns.role')}</Table.Th>
                    <Table.Th>{t('columns.teams')}</Table.Th>
                    <Table.Th>{t('columns.state')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {users.map((user) => (
                    <Table.Tr key={user.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
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
                        <Group gap="xs">
                          {user.active ? (
                            <Badge color="teal" variant="light">
                              {t('state.active', { since: formatDate(user.createdAt, locale) })}
                            </Badge>
                          ) : (
                            <Badge color="orange" variant="light">
                              {t('state.invited')}
                            </Badge>
                          )}
                          {!user.active && current?.role === 'ADMIN' && (
                            <Button size="compact-xs" variant="subtle" leftSection={<IconLink size={14} />} onClick={() => void resend(user.id)}>
                              {t('newLink')}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      <Modal opened={inviting} onClose={() => setInviting(false)} title={t('invite.title')}>
        <InviteForm
          onCancel={() => setInviting(false)}
          onInvited={(invitation) => {
            setInviting(false);
            setShown(invitation);
          }}
        />
      </Modal>
    </>
  );
}
