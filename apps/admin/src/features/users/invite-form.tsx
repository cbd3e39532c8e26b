// Invite a person: name, e-mail and role, as the signed-in person may give them (admins:
// organizers, viewers, desk staff and team leads, into the organization they pick; organizers:
// desk staff and team leads, into their own). Desk staff are given the drives whose desk they work.
import { Alert, Button, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../generated/graphql';
import { useInviteForm, type Invitation } from './use-invite-form';

export type { Invitation };

interface InviteFormProps {
  /** Fixed role, e.g. a team lead invited from a team's page. */
  role?: Role;
  /** Fixed organization, e.g. invited from the Organizations page. */
  organizationId?: string;
  onInvited: (invitation: Invitation) => void | Promise<void>;
  onCancel: () => void;
}

export function InviteForm({ role, organizationId, onInvited, onCancel }: InviteFormProps) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const invite = useInviteForm({ role, organizationId, onInvited });
  const { form, roles } = invite;
  const chosenRole = form.values.role;

  return (
    <form onSubmit={invite.submit} noValidate>
      <Stack>
        <TextInput label={t('invite.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('invite.email')} type="email" required {...form.getInputProps('email')} />
        {invite.pickOrganization && (
          <Select
            label={t('invite.organization')}
            data={invite.organizations.map((o) => ({ value: o.id, label: o.name }))}
            allowDeselect={false}
            searchable
            {...form.getInputProps('organizationId')}
            value={invite.chosenOrganization}
            onChange={invite.chooseOrganization}
          />
        )}
        <Select
          label={t('invite.role')}
          data={roles.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
          allowDeselect={false}
          disabled={roles.length === 1}
          description={t(`invite.roleHints.${chosenRole}`)}
          {...form.getInputProps('role')}
          onChange={(next) => next && form.setValues({ role: next as Role, deskDriveIds: [] })}
        />
        {!role && !invite.admin && (
          <Text size="xs" c="dimmed">
            {t('invite.organizerMayInvite')}
          </Text>
        )}
        {chosenRole === 'DESK' && (
          <MultiSelect
            label={t('invite.deskDrives')}
            description={t('invite.deskDrivesHint')}
            placeholder={invite.deskDrives.length || invite.deskDrivesLoading ? undefined : (invite.deskDrivesProblem ?? t('invite.noDrives'))}
            data={invite.deskDrives.map((drive) => ({ value: drive.id, label: drive.title }))}
            searchable
            required
            {...form.getInputProps('deskDriveIds')}
          />
        )}
        {invite.problem && (
          <Alert color="red" role="alert">
            {invite.problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={invite.loading}>
            {t('invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
