// Any signed-in person changes their own password here; every other session of the account ends.
import { Alert, Button, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { MIN_PASSWORD_LENGTH } from '@life-relay/domain';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../ui/page-header';
import { useChangePasswordForm } from './use-change-password-form';

export function ChangePasswordPage() {
  const { t } = useTranslation('auth');
  const { form, submit, loading, problem, done } = useChangePasswordForm();
  return (
    <Stack maw={460}>
      <PageHeader title={t('changePassword.title')} description={t('changePassword.intro', { min: MIN_PASSWORD_LENGTH })} />
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            {done && (
              <Alert color="teal" role="status">
                {t('changePassword.done')}
              </Alert>
            )}
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
            <PasswordInput label={t('changePassword.current')} autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
            <PasswordInput label={t('changePassword.new')} autoComplete="new-password" required {...form.getInputProps('newPassword')} />
            <PasswordInput label={t('changePassword.repeat')} autoComplete="new-password" required {...form.getInputProps('repeat')} />
            <Text size="xs" c="dimmed">
              {t('changePassword.signsOut')}
            </Text>
            <Button type="submit" loading={loading}>
              {t('changePassword.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
