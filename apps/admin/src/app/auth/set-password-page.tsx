// The invitation link (/set-password#token=…): the invited person chooses a password and is signed
// in. The token travels in the fragment so it never reaches a server log or a Referer header.
import { useMutation } from '@apollo/client/react';
import { MIN_PASSWORD_LENGTH } from '@life-relay/domain';
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { SetPasswordDocument } from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../api/errors';
import { usePageTitle } from '../ui/page-title';
import { session } from './session';

function tokenFromFragment(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

export function SetPasswordPage() {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation('common');
  usePageTitle(t('setPassword.title'));
  const [, navigate] = useLocation();
  const [token, setToken] = useState(tokenFromFragment);
  useEffect(() => {
    // Pasting the whole link into a tab already on /set-password changes only the fragment.
    const onHashChange = () => setToken(tokenFromFragment());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const [setPassword, { loading, error }] = useMutation(SetPasswordDocument);
  const form = useForm({
    initialValues: { password: '', repeat: '' },
    validate: {
      password: (value) => (value.length >= MIN_PASSWORD_LENGTH ? null : t('setPassword.intro')),
      repeat: (value, values) => (value === values.password ? null : t('setPassword.mismatch')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const { data } = await setPassword({ variables: { input: { token, password: values.password } } });
      if (data) {
        session.start(data.setPassword);
        navigate('/', { replace: true });
      }
    } catch (e) {
      form.setErrors(fieldErrors(e));
    }
  });

  const fields = fieldErrors(error);
  const problem = error ? (fields['token'] ?? (fields['password'] ? null : errorMessage(error, tc))) : null;

  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h2">
              {t('setPassword.title')}
            </Title>
            {!token ? (
              <Alert color="red" role="alert">
                {t('setPassword.missingToken')}
              </Alert>
            ) : (
              <>
                <Text size="sm">{t('setPassword.intro')}</Text>
                {problem && (
                  <Alert color="red" role="alert">
                    {problem}
                  </Alert>
                )}
                <PasswordInput label={t('setPassword.password')} autoComplete="new-password" required {...form.getInputProps('password')} />
                <PasswordInput label={t('setPassword.repeat')} autoComplete="new-password" required {...form.getInputProps('repeat')} />
                <Button type="submit" loading={loading}>
                  {t('setPassword.submit')}
                </Button>
              </>
            )}
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
