// The accounts that can log in: organizers, viewers, desk staff and team leads (an admin sees
// every organization's, with its name), where each account stands (invited, active, deactivated),
// which teams each leads and which drives' desks each works. Invite someone; admins make new
// set-password links and change roles; accounts are deactivated and reactivated from each row's menu.
import { useQuery } from '@apollo/client/react';
import { Button, Modal, Stack } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MeDocument, UsersDriveNamesDocument, UsersListDocument } from '../../generated/graphql';
import { PageHeader } from '../../app/ui/page-header';
import { EmptyState, QueryState } from '../../app/ui/query-state';
import { InvitationLink, type LinkKind } from './invitation-link';
import { InviteForm, type Invitation } from './invite-form';
import { UsersTable } from './users-table';

export function UsersPage() {
  const { t } = useTranslation('users');
  const list = useQuery(UsersListDocument);
  const me = useQuery(MeDocument, { fetchPolicy: 'cache-first' }).data?.me ?? null;
  const hasDesk = !!list.data?.users.some((user) => user.role === 'DESK');
  const drives = useQuery(UsersDriveNamesDocument, { skip: !hasDesk });
  const driveTitles = useMemo(() => new Map((drives.data?.drives.edges ?? []).map(({ node }) => [node.id, node.title])), [drives.data]);
  const [inviting, setInviting] = useState(false);
  const [shown, setShown] = useState<{ invitation: Invitation; kind: LinkKind } | null>(null);

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
          <InvitationLink name={shown.invitation.user.name} url={shown.invitation.setPasswordUrl} expiresAt={shown.invitation.expiresAt} kind={shown.kind} />
        </Stack>
      )}
      <QueryState data={list.data} loading={list.loading} error={list.error} onRetry={() => void list.refetch()}>
        {({ users }) => (users.length === 0 ? <EmptyState title={t('empty')} /> : <UsersTable users={users} me={me} driveTitles={driveTitles} onLink={(invitation, kind) => setShown({ invitation, kind })} />)}
      </QueryState>
      <Modal opened={inviting} onClose={() => setInviting(false)} title={t('invite.title')}>
        <InviteForm
          onCancel={() => setInviting(false)}
          onInvited={(invitation) => {
            setInviting(false);
            setShown({ invitation, kind: 'invitation' });
          }}
        />
      </Modal>
    </>
  );
}
