// The signed-in person's new password: the current one, the new one twice. On success the API has
// ended every session of the account, this one's included, and answered with a new session for
// this tab, which replaces the old token here; other tabs and devices are signed out.
import { useMutation } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { MIN_PASSWORD_LENGTH } from '@life-relay/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordDocument } from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../api/errors';
import { session } from './session';

export function useChangePasswordForm() {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation('common');
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('changePassword.currentRequired')),
      newPassword: (value) => (value.length >= MIN_PASSWORD_LENGTH ? null : t('changePassword.tooShort', { min: MIN_PASSWORD_LENGTH })),
      repeat: (value, values) => (value === values.newPassword ? null : t('setPassword.mismatch')),
    },
  });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setProblem(null);
    setDone(false);
    try {
      const { data } = await changePassword({ variables: { input: { currentPassword, newPassword } } });
      if (data) {
        session.start(data.changePassword);
        form.reset();
        setDone(true);
      }
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) form.setErrors(fields);
      else setProblem(errorMessage(error, tc));
    }
  });

  return { form, submit, loading, problem, done };
}
