// The accounts that can log in: organizers and team leads, where each account stands (invited,
// active, deactivated) and which teams each leads. Invite someone; admins make new set-password
// links and change roles; accounts are deactivated and reactivated from each row's menu.
import { useQuery } from '@apollo/client/react';
import { Button, Modal, Stack } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MeDocument, UsersListDocument } from '../../generated/graphql';
import { PageHeader } from '../../app/ui/page-header';
import { EmptyState, QueryState } from '../../app/ui/query-state';
import { InvitationLink, type LinkKind } from './invitation-link';
import { InviteForm, type Invitation } from './invite-form';
import { UsersTable } from './users-table';

export function UsersPage() {
  const { t } = useTranslation('users');
  const list = useQuery(UsersListDocument);
  const me = useQuery(MeDocument, { fetchPolicy: 'cache-first' }).data?.me ?? null;
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
        {({ users }) => (users.length === 0 ? <EmptyState title={t('empty')} /> : <UsersTable users={users} me={me} onLink={(invitation, kind) => setShown({ invitation, kind })} />)}
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
