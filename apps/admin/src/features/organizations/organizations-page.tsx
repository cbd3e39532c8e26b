// Admins: the organizations that share this installation (a blood centre, a Red Cross branch, a
// registry), a new one by name, and inviting its first people into it. Each organization sees
// only its own drives, teams and volunteers.
import { Alert, Button, Card, Group, Modal, Stack, Table, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { IconBuildingPlus, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/ui/page-header';
import { EmptyState, QueryState } from '../../app/ui/query-state';
import { InvitationLink } from '../users/invitation-link';
import { InviteForm } from '../users/invite-form';
import { ORGANIZATION_NAME_MAX, useOrganizationsPage, type Organization } from './use-organizations-page';

export function OrganizationsPage() {
  const { t } = useTranslation('organizations');
  const page = useOrganizationsPage();
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="lg">
        <Card withBorder component="section" aria-labelledby="new-organization">
          <Title order={2} size="h4" id="new-organization" mb="sm">
            {t('create.title')}
          </Title>
          <form onSubmit={page.submit} noValidate>
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label={t('create.name')}
                description={t('create.nameHint')}
                required
                maxLength={ORGANIZATION_NAME_MAX}
                style={{ flex: '1 1 320px' }}
                {...page.form.getInputProps('name')}
              />
              <Button type="submit" mt={{ base: 0, sm: 46 }} loading={page.creating} leftSection={<IconBuildingPlus size={16} />}>
                {t('create.submit')}
              </Button>
            </Group>
            {page.problem && (
              <Alert color="red" role="alert" mt="sm">
                {page.problem}
              </Alert>
            )}
          </form>
        </Card>
        {page.invitation && (
          <InvitationLink name={page.invitation.user.name} url={page.invitation.setPasswordUrl} expiresAt={page.invitation.expiresAt} />
        )}
        <QueryState data={page.organizations} loading={page.loading} error={page.error} onRetry={page.retry}>
          {(organizations) =>
            organizations.length === 0 ? <EmptyState title={t('empty')} /> : <OrganizationsTable organizations={organizations} onInvite={page.invite} />
          }
        </QueryState>
      </Stack>
      <Modal opened={page.inviting} onClose={page.closeInvite} title={t('invite.title', { name: page.invitingInto?.name ?? '' })}>
        {page.invitingInto && <InviteForm key={page.invitingInto.id} organizationId={page.invitingInto.id} onCancel={page.closeInvite} onInvited={page.invited} />}
      </Modal>
    </>
  );
}

function OrganizationsTable({ organizations, onInvite }: { organizations: readonly Organization[]; onInvite: (organization: Organization) => void }) {
  const { t } = useTranslation('organizations');
  return (
    <Table striped verticalSpacing="sm" data-testid="organizations">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('columns.name')}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {organizations.map((organization) => (
          <Table.Tr key={organization.id}>
            <Table.Td fw={500}>{organization.name}</Table.Td>
            <Table.Td ta="right">
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconUserPlus size={14} aria-hidden />}
                onClick={() => onInvite(organization)}
                aria-label={t('invite.buttonNamed', { name: organization.name })}
              >
                {t('invite.button')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
