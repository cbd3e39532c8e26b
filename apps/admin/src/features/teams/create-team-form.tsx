// A new team: its name and its college, picked from the list or typed as a new one (the API finds
// a college by name, whatever the case, or creates it).
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Autocomplete, Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TeamsCollegesDocument, TeamsCreateTeamDocument, type TeamsCreateTeamMutation } from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';

interface CreateTeamFormProps {
  onCreated: (team: TeamsCreateTeamMutation['createTeam']) => void;
  onCancel: () => void;
}

export function CreateTeamForm({ onCreated, onCancel }: CreateTeamFormProps) {
  const { t } = useTranslation('teams');
  const { t: tc } = useTranslation('common');
  const colleges = useQuery(TeamsCollegesDocument);
  const [createTeam, { loading }] = useMutation(TeamsCreateTeamDocument, { refetchQueries: ['TeamsList', 'TeamsColleges'] });
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', collegeName: '' },
    validate: {
      name: (v) => (v.trim() ? null : t('create.required')),
      collegeName: (v) => (v.trim() ? null : t('create.collegeRequired')),
    },
  });

  const submit = form.onSubmit(async ({ name, collegeName }) => {
    setProblem(null);
    try {
      const { data } = await createTeam({ variables: { input: { name: name.trim(), collegeName: collegeName.trim() } } });
      if (data) onCreated(data.createTeam);
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) form.setErrors(fields);
      else setProblem(errorMessage(error, tc));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('create.name')} required data-autofocus {...form.getInputProps('name')} />
        <Autocomplete
          label={t('create.college')}
          description={t('create.collegeHelp')}
          required
          data={(colleges.data?.colleges ?? []).map((c) => c.name)}
          {...form.getInputProps('collegeName')}
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
            {t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
