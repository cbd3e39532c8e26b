// Log in: e-mail and password, for organizers and team leads alike; the start page follows the role.
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LoginDocument } from '../../generated/graphql';
import { errorCode, errorMessage } from '../api/errors';
import { LanguageSwitch } from '../layout/language-switch';
import { usePageTitle } from '../ui/page-title';
import { session } from './session';

export function LoginPage({ expired = false }: { expired?: boolean }) {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation('common');
  usePageTitle(t('login.title'));
  const [login, { loading, error }] = useMutation(LoginDocument);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (value.trim() ? null : t('login.email')),
      password: (value) => (value ? null : t('login.password')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const { data } = await login({ variables: { email: values.email.trim(), password: values.password } });
      if (data) session.start(data.login);
    } catch {
      // Shown below from `error`.
    }
  });

  const problem = error ? (errorCode(error) === 'UNAUTHENTICATED' ? t('login.failed') : errorMessage(error, tc)) : null;

  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <Stack>
          <div>
            <Title order={1} c="red.8">
              {tc('productName')}
            </Title>
            <Text c="dimmed" size="sm">
              {tc('tagline')}
            </Text>
          </div>
          <form onSubmit={submit} noValidate>
            <Stack>
              <Title order={2} size="h3">
                {t('login.title')}
              </Title>
              {expired && !problem && <Alert color="yellow">{t('login.expired')}</Alert>}
              {problem && (
                <Alert color="red" role="alert">
                  {problem}
                </Alert>
              )}
              <TextInput label={t('login.email')} type="email" autoComplete="username" required {...form.getInputProps('email')} />
              <PasswordInput label={t('login.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
              <Button type="submit" loading={loading}>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
          <LanguageSwitch />
        </Stack>
      </Paper>
    </Center>
  );
}
