// Which drives' check-in desks a desk person works, chosen among their organization's drives
// (admins and organizers; from the People page's menu). The new list replaces the old one.
import { Alert, Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../app/ui/query-state';
import { useDeskDrivesForm, type DeskPerson } from './use-desk-drives-form';

interface DeskDrivesFormProps {
  user: DeskPerson;
  onSaved: () => void;
  onCancel: () => void;
}

export function DeskDrivesForm({ user, onSaved, onCancel }: DeskDrivesFormProps) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const desk = useDeskDrivesForm({ user, onSaved });

  return (
    <form onSubmit={desk.submit} noValidate>
      <Stack>
        <Text size="sm">{t('deskDrives.body', { name: user.name })}</Text>
        {desk.drivesLoading ? (
          <Loading />
        ) : (
          <MultiSelect
            label={t('invite.deskDrives')}
            description={t('invite.deskDrivesHint')}
            placeholder={desk.choices.length ? undefined : (desk.drivesProblem ?? t('invite.noDrives'))}
            data={desk.choices}
            searchable
            required
            data-autofocus
            {...desk.form.getInputProps('driveIds')}
          />
        )}
        {desk.problem && (
          <Alert color="red" role="alert">
            {desk.problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={desk.loading}>
            {t('deskDrives.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
