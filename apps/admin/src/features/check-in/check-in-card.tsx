// One person found at the desk, big enough to read and tap on a tablet: who, which shift, which
// team, where they are in the lifecycle, anything the screening should know, and the next steps.
import { Alert, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDna2, IconDroplet } from '@tabler/icons-react';
import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInSignUpFragment, DriveKind } from '../../generated/graphql';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { SignUpStatusBadge } from '../sign-ups/sign-up-status-badge';
import { formatDate, formatTime } from '../../app/ui/format';
import { ZoneLabel } from '../../app/ui/zone-label';
import { DeskButtons } from './desk-buttons';
import { eligibilityNotes, type EligibilityNote } from './eligibility-notes';
import { deskWord, donationsBefore } from './desk-actions';
import { usePendingSignUp, WaitingBadge } from './offline/pending-sign-up';
import { VerifyBloodTypeModal } from './verify-blood-type-modal';

interface CheckInCardProps {
  signUp: CheckInSignUpFragment;
  drive: { kind: DriveKind; minAge: number | null; maxAge: number | null; timeZone: string };
  day: string;
}

export const CheckInCard = forwardRef<HTMLDivElement, CheckInCardProps>(function CheckInCard({ signUp: synced, drive, day }, ref) {
  const { t } = useTranslation('checkIn');
  // With taps waiting to sync, the card shows (and acts on) what they will make of it.
  const { shown: signUp, waiting } = usePendingSignUp(synced);
  const [locale] = useOrganizerLocale();
  const { volunteer, shift, team } = signUp;
  // The history before this drive: what was just recorded here is neither a donation "before" nor a reason to wait.
  const notes = eligibilityNotes({ birthDate: volunteer.birthDate, donorHistory: signUp.donorHistoryBefore }, drive, day);
  const before = donationsBefore(signUp);
  const headingId = `desk-card-${signUp.id}`;
  const [verifying, setVerifying] = useState(false);

  const noteText = (note: EligibilityNote) => {
    if (note.kind === 'age') return t('notes.age', { age: note.age, min: note.minAge, max: note.maxAge });
    if (note.kind === 'interval') return t('notes.interval', { date: formatDate(`${note.until}T12:00:00Z`, locale, 'UTC') });
    return t('notes.noBirthDate');
  };

  return (
    <Card ref={ref} withBorder radius="md" padding="lg" tabIndex={-1} data-desk-card aria-labelledby={headingId} component="article">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text id={headingId} fz={24} fw={700} lh={1.2}>
              {volunteer.name}
            </Text>
            <Text c="dimmed" size="md">
              {[volunteer.phone, volunteer.email].filter(Boolean).join(' · ')}
            </Text>
          </div>
          <Group gap="xs">
            <WaitingBadge waiting={waiting} />
            <SignUpStatusBadge status={signUp.status} driveKind={drive.kind} size="xl" />
          </Group>
        </Group>
        <Group gap="xl" wrap="wrap">
          <Text size="lg">
            <Text span c="dimmed" size="sm">
              {t('card.shift')}{' '}
            </Text>
            {formatTime(shift.startsAt, locale, drive.timeZone)}–{formatTime(shift.endsAt, locale, drive.timeZone)}
            <ZoneLabel timeZone={drive.timeZone} at={shift.startsAt} />
          </Text>
          <Text size="lg">
            <Text span c="dimmed" size="sm">
              {t('card.team')}{' '}
            </Text>
            {team ? [team.name, team.college?.name].filter(Boolean).join(' · ') : t('card.noTeam')}
          </Text>
          {volunteer.bloodType && (
            <Text size="lg">
              <Text span c="dimmed" size="sm">
                {t('card.bloodType')}{' '}
              </Text>
              {t(`bloodType.${volunteer.bloodType}`)}
            </Text>
          )}
          {before > 0 && (
            <Text size="lg">
              <Text span c="dimmed" size="sm">
                {t('card.donations')}{' '}
              </Text>
              {before}
            </Text>
          )}
        </Group>
        <OutcomeLine signUp={signUp} driveKind={drive.kind} />
        {/* A typing card or a lab result makes the type verified (the reserve roster counts on it). */}
        <Group>
          <Button variant="light" size="sm" leftSection={<IconDroplet size={16} aria-hidden />} onClick={() => setVerifying(true)} aria-label={t('verify.openFor', { name: volunteer.name })}>
            {t('verify.open')}
          </Button>
        </Group>
        <VerifyBloodTypeModal volunteer={verifying ? volunteer : null} onClose={() => setVerifying(false)} />
        {signUp.alreadyInRegistrySince && signUp.status !== 'DONATED' && (
          <Alert color="teal" icon={<IconDna2 size={20} />} p="sm" data-already-in-registry>
            {t('card.alreadyInRegistry', { date: formatDate(`${signUp.alreadyInRegistrySince}T12:00:00Z`, locale, 'UTC') })}
          </Alert>
        )}
        {notes.length > 0 && (
          <Alert color="yellow" icon={<IconAlertTriangle size={20} />} title={t('notes.title')} p="sm">
            <List size="sm" spacing={2}>
              {notes.map((note) => (
                <List.Item key={note.kind}>{noteText(note)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <DeskButtons signUp={signUp} driveKind={drive.kind} day={day} large />
        {signUp.status === 'CANCELLED' && <Text c="dimmed">{t('card.cancelled')}</Text>}
        {signUp.status === 'WAITLISTED' && <Text c="dimmed">{t('card.waitlisted')}</Text>}
      </Stack>
    </Card>
  );
});

function OutcomeLine({ signUp, driveKind }: { signUp: CheckInSignUpFragment; driveKind: DriveKind }) {
  const { t } = useTranslation('checkIn');
  const [locale] = useOrganizerLocale();
  const word = <K extends string>(key: K) => deskWord(driveKind, key);
  if (signUp.status === 'DONATED' && driveKind === 'STEM_CELL_REGISTRY') {
    return <Text c="teal">{signUp.sampleId ? t('card.joinedSample', { sampleId: signUp.sampleId }) : t('card.joined')}</Text>;
  }
  if (signUp.status === 'DONATED') return <Text c="teal">{t('card.donatedMl', { volume: signUp.volumeMl ?? 0 })}</Text>;
  if (signUp.status === 'DEFERRED') {
    return (
      <Text c="orange">
        {signUp.retryOn
          ? t(word('card.deferredUntil'), { reason: signUp.deferralReason ?? '', date: formatDate(`${signUp.retryOn}T12:00:00Z`, locale, 'UTC') })
          : t(word('card.deferred'), { reason: signUp.deferralReason ?? '' })}
      </Text>
    );
  }
  return null;
}
