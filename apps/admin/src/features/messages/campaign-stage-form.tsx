// Adds a stage to a contest: a name and a date window (the drives that start in it are its drives),
// its days on the clocks of the contest's time zone.
import { useMutation } from '@apollo/client/react';
import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { MessagesAddCampaignStageDocument, MessagesCampaignBoardDocument } from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';
import { wallTimeToInstant } from '../drives/wall-time';

interface StageValues {
  name: string;
  startsAt: string;
  endsAt: string;
}

/**
 * A day typed as the start of that day on the contest's clocks, wherever the organizer's laptop
 * is (`after`: of the next day, so the last day counts); null for anything that is not a day.
 */
export function startOfDay(day: string, timeZone: string, after = 0): string | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!parts) return null;
  const [year, month, date] = parts.slice(1).map(Number);
  const typed = new Date(Date.UTC(year, month - 1, date));
  if (typed.getUTCMonth() !== month - 1 || typed.getUTCDate() !== date) return null;
  const next = new Date(Date.UTC(year, month - 1, date + after));
  return wallTimeToInstant(`${next.toISOString().slice(0, 10)}T00:00`, timeZone);
}

export function CampaignStageForm({ campaignId, timeZone }: { campaignId: string; timeZone: string }) {
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
    const startsAt = startOfDay(values.startsAt, timeZone);
    const endsAt = startOfDay(values.endsAt, timeZone, 1);
    if (!startsAt || !endsAt) {
      form.setErrors({ ...(startsAt ? {} : { startsAt: t('campaigns.stageRequired') }), ...(endsAt ? {} : { endsAt: t('campaigns.stageRequired') }) });
      return;
    }
    try {
      await add({ variables: { campaignId, input: { name: values.name.trim(), startsAt, endsAt } } });
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
        <TextInput type="date" label={t('campaigns.stageStarts')} description={t('campaigns.stageInZone', { zone: timeZone })} required {...form.getInputProps('startsAt')} />
        <TextInput type="date" label={t('campaigns.stageEnds')} description={t('campaigns.stageEndsHint')} required {...form.getInputProps('endsAt')} />
        <Button type="submit" loading={adding.loading}>
          {t('campaigns.addStage')}
        </Button>
      </Group>
    </form>
  );
}
