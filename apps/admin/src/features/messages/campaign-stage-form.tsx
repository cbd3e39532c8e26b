// Adds a stage to a contest: a name and a date window (the drives that start in it are its drives).
import { useMutation } from '@apollo/client/react';
import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { MessagesAddCampaignStageDocument, MessagesCampaignBoardDocument } from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';

interface StageValues {
  name: string;
  startsAt: string;
  endsAt: string;
}

/** A day typed in the organizer's browser as the start of that day there (`after`: of the next day, so the last day counts). */
const startOfDay = (day: string, after = 0) => {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + after);
  return date.toISOString();
};

export function CampaignStageForm({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation('messages');
  const { t: tc } = useTranslation('common');
  const form = useForm<StageValues>({ initialValues: { name: '', startsAt: '', endsAt: '' } });
  const [add, adding] = useMutation(MessagesAddCampaignStageDocument, { refetchQueries: [MessagesCampaignBoardDocument] });

  const save = async (values: StageValues) => {
    if (!values.name.trim() || !values.startsAt || !values.endsAt) {
      const missing = (['name', 'startsAt', 'endsAt'] as const).filter((f) => !values[f].trim());
      form.setErrors(Object.fromEntries(missing.map((f) => [f, t('campaigns.stageRequired')])));
      return;
    }
    try {
      await add({ variables: { campaignId, input: { name: values.name.trim(), startsAt: startOfDay(values.startsAt), endsAt: startOfDay(values.endsAt, 1) } } });
      form.reset();
    } catch (error) {
      const fields = fieldErrors(error);
      form.setErrors(fields);
      if (Object.keys(fields).length === 0) notifications.show({ color: 'red', message: errorMessage(error, tc) });
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void save(values))} noValidate aria-label={t('campaigns.addStage')}>
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t('campaigns.stageName')} required {...form.getInputProps('name')} />
        <TextInput type="date" label={t('campaigns.stageStarts')} required {...form.getInputProps('startsAt')} />
        <TextInput type="date" label={t('campaigns.stageEnds')} description={t('campaigns.stageEndsHint')} required {...form.getInputProps('endsAt')} />
        <Button type="submit" loading={adding.loading}>
          {t('campaigns.addStage')}
        </Button>
      </Group>
    </form>
  );
}
