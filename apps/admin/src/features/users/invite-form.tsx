// Invite a person: name, e-mail and role. Admins may invite organizers and team leads, organizers
// only team leads, so only the roles the signed-in person may give are offered.
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UsersInviteDocument, type Role, type UsersInviteMutation } from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';
import { useSession } from '../../app/auth/use-session';

export type Invitation = UsersInviteMutation['inviteUser'];

export function rolesToInvite(role: Role | undefined): Role[] {
  return role === 'ADMIN' ? ['TEAM_LEAD', 'ORGANIZER'] : ['TEAM_LEAD'];
}

interface InviteFormProps {
  /** Fixed role, e.g. a team lead invited from a team's page. */
  role?: Role;
  onInvited: (invitation: Invitation) => void | Promise<void>;
  onCancel: () => void;
}

export function InviteForm({ role, onInvited, onCancel }: InviteFormProps) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const current = useSession();
  const roles = role ? [role] : rolesToInvite(current?.role);
  const [invite, { loading }] = useMutation(UsersInviteDocument, { refetchQueries: ['UsersList', 'TeamsLeadOptions'] });
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', email: '', role: roles[0] },
    validate: {
      name: (v) => (v.trim() ? null : t('invite.required')),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('invite.invalidEmail')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const { data } = await invite({ variables: { input: { name: values.name.trim(), email: values.email.trim(), role: values.role } } });
      if (data) await onInvited(data.inviteUser);
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) form.setErrors(fields);
      else setProblem(errorMessage(error, tc));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('invite.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('invite.email')} type="email" required {...form.getInputProps('email')} />
        <Select
          label={t('invite.role')}
          data={roles.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
          allowDeselect={false}
          disabled={roles.length === 1}
          description={roles.length === 1 && !role ? t('invite.onlyTeamLeads') : undefined}
          {...form.getInputProps('role')}
        />
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

