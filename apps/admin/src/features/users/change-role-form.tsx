// An admin gives an account another role. The person is signed out everywhere and signs in again
// with it; the admin role is neither given nor taken here (the API refuses it too).
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UsersChangeRoleDocument, type Role } from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';

/** Every role but ADMIN: a role added to the schema fails the build here until it is decided. */
export const ASSIGNABLE_ROLES = Object.keys({ ORGANIZER: true, VIEWER: true, DESK: true, TEAM_LEAD: true } satisfies Record<Exclude<Role, 'ADMIN'>, true>) as Role[];

interface ChangeRoleFormProps {
  user: { id: string; name: string; role: Role };
  onChanged: (role: Role) => void;
  onCancel: () => void;
}

export function ChangeRoleForm({ user, onChanged, onCancel }: ChangeRoleFormProps) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  // The role decides what other lists show (a team's lead picker), so everything on screen reloads.
  const [changeRole, { loading }] = useMutation(UsersChangeRoleDocument, { refetchQueries: 'active' });
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({ initialValues: { role: user.role } });

  const submit = form.onSubmit(async ({ role }) => {
    if (role === user.role) return onCancel();
    setProblem(null);
    try {
      await changeRole({ variables: { userId: user.id, role } });
      onChanged(role);
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields['role']) form.setErrors({ role: fields['role'] });
      else setProblem(errorMessage(error, tc));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('role.body', { name: user.name })}</Text>
        <Select
          label={t('role.label')}
          data={ASSIGNABLE_ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
          allowDeselect={false}
          data-autofocus
          description={form.values.role === 'DESK' ? t('role.deskHint') : t(`invite.roleHints.${form.values.role}`)}
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
            {t('role.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
