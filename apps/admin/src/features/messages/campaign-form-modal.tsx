// Create or edit a campaign: its name, what it is for, its own goals, and as a contest its public
// link, what its boards rank by and the time zone its stage days are in.
import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MessagesCampaignsDocument,
  MessagesCreateCampaignDocument,
  MessagesUpdateCampaignDocument,
  type CampaignInput,
  type CampaignRanking,
  type MessagesCampaignItemFragment,
} from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';
import { timeZoneOptions } from '../drives/time-zones';

interface CampaignValues {
  name: string;
  description: string;
  signUpGoal: number | string;
  donationGoal: number | string;
  slug: string;
  ranking: CampaignRanking;
  /** Empty for a new campaign: the API takes its organization's latest drive's. */
  timeZone: string;
}

const RANKINGS: CampaignRanking[] = ['DONATED', 'JOINED', 'CAME', 'SIGN_UPS', 'CONVERSION'];

function toInput(values: CampaignValues): CampaignInput {
  const goal = (value: number | string) => (value === '' || value === null ? null : Number(value));
  return {
    name: values.name.trim(),
    description: values.description.trim() || null,
    signUpGoal: goal(values.signUpGoal),
    donationGoal: goal(values.donationGoal),
    slug: values.slug.trim() || null,
    ranking: values.ranking,
    timeZone: values.timeZone || null,
  };
}

export function CampaignFormModal({ campaign, onClose }: { campaign: MessagesCampaignItemFragment | null; onClose: () => void }) {
  const { t } = useTranslation('messages');
  const { t: tc } = useTranslation('common');
  const form = useForm<CampaignValues>({
    initialValues: {
      name: campaign?.name ?? '',
      description: campaign?.description ?? '',
      signUpGoal: campaign?.signUpGoal ?? '',
      donationGoal: campaign?.donationGoal ?? '',
      slug: campaign?.slug ?? '',
      ranking: campaign?.ranking ?? 'DONATED',
      timeZone: campaign?.timeZone ?? '',
    },
    validate: { name: (value) => (value.trim() ? null : t('campaigns.errors.nameBlank')) },
  });
  const zones = useMemo(() => timeZoneOptions(campaign?.timeZone), [campaign?.timeZone]);
  const refetchQueries = [MessagesCampaignsDocument];
  const [create, created] = useMutation(MessagesCreateCampaignDocument, { refetchQueries });
  const [update, updated] = useMutation(MessagesUpdateCampaignDocument, { refetchQueries });

  const save = async (values: CampaignValues) => {
    try {
      if (campaign) await update({ variables: { id: campaign.id, input: toInput(values) } });
      else await create({ variables: { input: toInput(values) } });
      notifications.show({ color: 'green', message: tc('saved') });
      onClose();
    } catch (error) {
      const fields = fieldErrors(error);
      form.setErrors(fields);
      if (Object.keys(fields).length === 0) notifications.show({ color: 'red', message: errorMessage(error, tc) });
    }
  };

  return (
    <Modal opened onClose={onClose} title={campaign ? t('campaigns.editTitle') : t('campaigns.newTitle')}>
      <form onSubmit={form.onSubmit((values) => void save(values))} noValidate>
        <Stack>
          <TextInput label={t('campaigns.name')} required data-autofocus {...form.getInputProps('name')} />
          <Textarea label={t('campaigns.descriptionField')} autosize minRows={2} {...form.getInputProps('description')} />
          <Group grow>
            <NumberInput label={t('campaigns.signUpGoal')} min={1} allowDecimal={false} {...form.getInputProps('signUpGoal')} />
            <NumberInput label={t('campaigns.donationGoal')} min={1} allowDecimal={false} {...form.getInputProps('donationGoal')} />
          </Group>
          <TextInput label={t('campaigns.slug')} description={t('campaigns.slugHint')} {...form.getInputProps('slug')} />
          <Select
            label={t('campaigns.ranking')}
            data={RANKINGS.map((value) => ({ value, label: t(`campaigns.rankings.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('ranking')}
          />
          <Select
            label={t('campaigns.timeZone')}
            description={t('campaigns.timeZoneHint')}
            placeholder={t('campaigns.timeZoneDefault')}
            searchable
            clearable={!campaign}
            data={zones}
            {...form.getInputProps('timeZone')}
            onChange={(zone) => form.setFieldValue('timeZone', zone ?? '')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={created.loading || updated.loading}>
              {tc('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
