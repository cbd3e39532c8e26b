// The walk-in form's fields, big enough for a tablet: who (name, phone and/or e-mail, birth date),
// the health consent and the blood type that needs it, the team that brought them and the shift.
import { Alert, Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BloodType, DriveKind } from '../../generated/graphql';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatTime } from '../../app/ui/format';
import { useWalkInForm, type WalkInResult } from './use-walk-in-form';

const BLOOD_TYPES: readonly BloodType[] = ['A_POS', 'A_NEG', 'B_POS', 'B_NEG', 'AB_POS', 'AB_NEG', 'O_POS', 'O_NEG'];

interface WalkInFormProps {
  driveId: string;
  drive: { kind: DriveKind; timeZone: string };
  onRegistered: (result: WalkInResult) => void;
  onCancel: () => void;
}

export function WalkInForm({ driveId, drive, onRegistered, onCancel }: WalkInFormProps) {
  const { t } = useTranslation('checkIn');
  const { t: tc } = useTranslation('common');
  const [locale] = useOrganizerLocale();
  const walkIn = useWalkInForm({ driveId, driveKind: drive.kind, onRegistered });
  const { form } = walkIn;
  const time = (iso: string) => formatTime(iso, locale, drive.timeZone);
  const shiftOptions = walkIn.shifts.map((s) => ({
    value: s.id,
    label: `${time(s.startsAt)}–${time(s.endsAt)} · ${t('walkIn.places', { taken: s.registeredCount, capacity: s.capacity })}`,
  }));
  const teamOptions = walkIn.teams.map((team) => ({ value: team.id, label: [team.name, team.collegeName].filter(Boolean).join(' · ') }));

  return (
    <form onSubmit={walkIn.submit} noValidate aria-describedby="walk-in-intro">
      <Stack>
        <Text id="walk-in-intro" c="dimmed" size="sm">
          {t('walkIn.intro')}
        </Text>
        <TextInput size="md" label={t('walkIn.name')} required data-autofocus autoComplete="off" {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput size="md" label={t('walkIn.phone')} type="tel" inputMode="tel" autoComplete="off" description={t('walkIn.contactHint')} {...form.getInputProps('phone')} />
          <TextInput size="md" label={t('walkIn.email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput size="md" label={t('walkIn.birthDate')} type="date" description={t('walkIn.birthDateHint')} {...form.getInputProps('birthDate')} />
          <Select
            size="md"
            label={t('walkIn.bloodType')}
            description={form.values.healthConsent ? t('walkIn.bloodTypeHint') : t('walkIn.bloodTypeNeedsConsent')}
            data={BLOOD_TYPES.map((type) => ({ value: type, label: t(`bloodType.${type}`) }))}
            disabled={!form.values.healthConsent}
            clearable
            {...form.getInputProps('bloodType')}
          />
        </SimpleGrid>
        {form.values.healthConsent && (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput size="md" label={t('walkIn.donatedElsewhereOn')} type="date" description={t('walkIn.selfReportedHint')} {...form.getInputProps('donatedElsewhereOn')} />
            <Select
              size="md"
              label={t('walkIn.donatedElsewhereKind')}
              data={(['WHOLE_BLOOD', 'PLATELETS'] as const).map((kind) => ({ value: kind, label: t(`walkIn.donationKinds.${kind}`) }))}
              clearable
              {...form.getInputProps('donatedElsewhereKind')}
            />
            <TextInput size="md" label={t('walkIn.earlierDonations')} inputMode="numeric" {...form.getInputProps('earlierDonations')} />
          </SimpleGrid>
        )}
        <Checkbox
          size="md"
          label={t(walkIn.healthConsentRequired ? 'walkIn.healthConsentRequiredLabel' : 'walkIn.healthConsentLabel')}
          description={t('walkIn.healthConsentHint')}
          {...form.getInputProps('healthConsent', { type: 'checkbox' })}
        />
        <Select
          size="md"
          label={t('walkIn.team')}
          description={t('walkIn.teamHint')}
          placeholder={walkIn.teams.length ? t('walkIn.noTeam') : t('walkIn.noTeams')}
          data={teamOptions}
          searchable
          clearable
          nothingFoundMessage={t('walkIn.noTeamFound')}
          {...form.getInputProps('teamId')}
        />
        <Select
          size="md"
          label={t('walkIn.shift')}
          description={t('walkIn.shiftHint')}
          data={shiftOptions}
          allowDeselect={false}
          required
          disabled={walkIn.choicesLoading}
          {...form.getInputProps('shiftId')}
        />
        {walkIn.problem && (
          <Alert color="red" role="alert">
            {walkIn.problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={onCancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" size="md" loading={walkIn.loading}>
            {t('walkIn.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
