// A team lead invites a co-lead of their own team: a name and an e-mail, nothing else. The API
// makes the person a team lead of this team only; the one-time set-password link is shown here
// once (and e-mailed), as when an organizer invites.
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TeamLeadInviteCoLeadDocument, type TeamLeadInviteCoLeadMutation } from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';
import { InvitationLink } from '../users/invitation-link';

type Invitation = TeamLeadInviteCoLeadMutation['inviteCoLead'];

export function CoLeadInvite({ teamId }: { teamId: string }) {
  const { t } = useTranslation('teamLead');
  const [opened, setOpened] = useState(false);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="light" leftSection={<IconUserPlus size={16} />} onClick={() => setOpened(true)}>
        {t('coLead.open')}
      </Button>
      {invitation && <InvitationLink name={invitation.user.name} url={invitation.setPasswordUrl} expiresAt={invitation.expiresAt} />}
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('coLead.title')}>
        <CoLeadForm
          teamId={teamId}
          onCancel={() => setOpened(false)}
          onInvited={(next) => {
            setOpened(false);
            setInvitation(next);
          }}
        />
      </Modal>
    </Stack>
  );
}

export function CoLeadForm({ teamId, onInvited, onCancel }: { teamId: string; onInvited: (invitation: Invitation) => void; onCancel: () => void }) {
  const { t } = useTranslation('teamLead');
  const { t: tc } = useTranslation('common');
  const [invite, { loading }] = useMutation(TeamLeadInviteCoLeadDocument, { refetchQueries: ['TeamLeadCoLeads'] });
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', email: '' },
    validate: {
      name: (v) => (v.trim() ? null : t('coLead.required')),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('coLead.invalidEmail')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const { data } = await invite({ variables: { teamId, input: { name: values.name.trim(), email: values.email.trim() } } });
      if (data) onInvited(data.inviteCoLead);
    } catch (error) {
      const fields = fieldErrors(error);
      form.setErrors(fields);
      if (!Object.keys(fields).length) setProblem(errorMessage(error, tc));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('coLead.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('coLead.email')} type="email" required description={t('coLead.hint')} {...form.getInputProps('email')} />
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
            {t('coLead.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
