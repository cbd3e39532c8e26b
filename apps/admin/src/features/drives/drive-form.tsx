// The fields of a drive, for both creating and editing. Times are typed on the drive's own clocks
// (the zone chosen here), whatever zone the organizer's computer is in.
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Divider, Group, MultiSelect, NumberInput, Paper, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { REGIONS } from '@life-relay/domain';
import { DrivesCampaignOptionsDocument, type DriveStatus } from '../../generated/graphql';
import { defaultAgeWindow, DRIVE_KINDS, kindLocked, withTimeZone, type DriveFormValues } from './drive-form-values';
import { RegionSelect } from '../../app/ui/region-select';
import { ShiftsEditor } from './shifts-editor';
import { timeZoneOptions } from './time-zones';

const REMINDER_HOURS = [72, 48, 24, 12, 6, 2, 1];

interface DriveFormProps {
  form: UseFormReturnType<DriveFormValues>;
  status: DriveStatus | null;
  saving: boolean;
  submitLabel: string;
  cancelHref: string;
  onSubmit: (values: DriveFormValues) => void;
  /** A refusal that belongs to no field. */
  problem?: ReactNode;
}

export function DriveForm({ form, status, saving, submitLabel, cancelHref, onSubmit, problem }: DriveFormProps) {
  const { t, i18n } = useTranslation('drives');
  const { t: tc } = useTranslation('common');
  const campaigns = useQuery(DrivesCampaignOptionsDocument);
  const values = form.getValues();
  const zones = useMemo(() => timeZoneOptions(values.timeZone), [values.timeZone]);
  const ages = defaultAgeWindow(values.kind);

  return (
    <form onSubmit={form.onSubmit(onSubmit)} noValidate>
      <Stack gap="lg" maw={920}>
        <Paper withBorder p="md">
          <Stack>
            <TextInput label={t('form.title')} required maxLength={160} data-autofocus {...form.getInputProps('title')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('form.kind')}
                required
                allowDeselect={false}
                disabled={kindLocked(status)}
                description={kindLocked(status) ? t('form.kindLocked') : undefined}
                data={DRIVE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
                {...form.getInputProps('kind')}
              />
              <Select
                label={t('form.campaign')}
                placeholder={t('form.noCampaign')}
                clearable
                data={(campaigns.data?.campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))}
                {...form.getInputProps('campaignId')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('form.location')} required maxLength={300} {...form.getInputProps('location')} />
              <Select
                label={t('form.region')}
                description={t('form.regionHint')}
                placeholder={t('form.noRegion')}
                clearable
                searchable
                data={REGIONS.map((r) => ({ value: r.code, label: i18n.language === 'zh-CN' ? r.zh : `${r.en} ${r.zh}` }))}
                {...form.getInputProps('regionCode')}
              />
              {/* Everyone unless the organizer picks a city, not the drive's own city by default: the
                  announcement reaches a city's people by the city they gave, else that of a drive they
                  signed up at, so a default would silently leave out everyone whose city is not known
                  (who never gave one and signed up only at drives with no city), and would narrow what
                  publishing a drive did before this field existed. */}
              <RegionSelect
                label={t('form.announceTo')}
                description={t('form.announceToHint')}
                placeholder={t('form.announceToEveryone')}
                {...form.getInputProps('announceRegionCode')}
              />
            </SimpleGrid>
            <Textarea label={t('form.description')} maxLength={4000} autosize minRows={2} maxRows={8} {...form.getInputProps('description')} />
          </Stack>
        </Paper>

        <Paper withBorder p="md">
          <Stack>
            <Select
              label={t('form.timeZone')}
              required
              searchable
              allowDeselect={false}
              data={zones}
              {...form.getInputProps('timeZone')}
              onChange={(zone) => zone && form.setValues(withTimeZone(form.getValues(), zone))}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput type="datetime-local" label={t('form.startsAt')} required description={t('form.inZone', { zone: values.timeZone })} {...form.getInputProps('startsAt')} />
              <TextInput type="datetime-local" label={t('form.endsAt')} required description={t('form.inZone', { zone: values.timeZone })} {...form.getInputProps('endsAt')} />
            </SimpleGrid>
            <Divider />
            <ShiftsEditor form={form} status={status} />
          </Stack>
        </Paper>

        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput label={t('form.signUpGoal')} min={1} allowDecimal={false} placeholder={t('form.noGoal')} {...form.getInputProps('signUpGoal')} />
            <NumberInput label={t('form.donationGoal')} min={1} allowDecimal={false} placeholder={t('form.noGoal')} {...form.getInputProps('donationGoal')} />
            <NumberInput
              label={t('form.minAge')}
              min={0}
              allowDecimal={false}
              placeholder={ages ? t('form.defaultAge', { age: ages.minAge }) : t('form.noLimit')}
              {...form.getInputProps('minAge')}
            />
            <NumberInput
              label={t('form.maxAge')}
              min={0}
              allowDecimal={false}
              placeholder={ages ? t('form.defaultAge', { age: ages.maxAge }) : t('form.noLimit')}
              {...form.getInputProps('maxAge')}
            />
          </SimpleGrid>
          <MultiSelect
            mt="md"
            label={t('form.reminders')}
            description={t('form.remindersHelp')}
            data={REMINDER_HOURS.map((h) => ({ value: String(h), label: t('form.hoursBefore', { count: h }) }))}
            {...form.getInputProps('reminderHoursBefore')}
          />
        </Paper>

        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button component={Link} href={cancelHref} variant="default">
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
