// "Copy as template": last year's Dec 5 drive becomes this year's draft, details and shifts moved
// together to the new start the organizer types, on the drive's own clocks.
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DrivesCopyDriveDocument } from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDateTime, withZone } from '../../app/ui/format';
import { suggestedCopyStart, wallTimeToInstant } from './wall-time';

export interface CopySource {
  id: string;
  title: string;
  startsAt: string;
  timeZone: string;
}

interface CopyDriveFormProps {
  drive: CopySource;
  onCopied: (newDriveId: string) => void;
  onCancel: () => void;
}

export function CopyDriveForm({ drive, onCopied, onCancel }: CopyDriveFormProps) {
  const { t } = useTranslation('drives');
  const { t: tc } = useTranslation('common');
  const [locale] = useOrganizerLocale();
  const [copyDrive, { loading }] = useMutation(DrivesCopyDriveDocument, { refetchQueries: 'active' });
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm({
    initialValues: { startsAt: suggestedCopyStart(drive.startsAt, drive.timeZone) },
    validate: {
      startsAt: (value) => {
        if (!value) return t('validation.required');
        return wallTimeToInstant(value, drive.timeZone) ? null : t('validation.invalidTime');
      },
    },
  });

  const submit = form.onSubmit(async ({ startsAt }) => {
    setFailure(null);
    try {
      const { data } = await copyDrive({ variables: { id: drive.id, startsAt: wallTimeToInstant(startsAt, drive.timeZone) as string } });
      if (data) onCopied(data.copyDrive.id);
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) form.setErrors({ startsAt: Object.values(fields).join(' ') });
      else setFailure(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('copy.explain', { title: drive.title, startsAt: withZone(formatDateTime(drive.startsAt, locale, drive.timeZone), drive.timeZone, locale, drive.startsAt) })}</Text>
        <TextInput
          type="datetime-local"
          label={t('copy.newStart')}
          description={t('form.inZone', { zone: drive.timeZone })}
          required
          data-autofocus
          {...form.getInputProps('startsAt')}
        />
        {failure !== null && (
          <Alert color="red" role="alert">
            {errorMessage(failure, tc)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('copy.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
