// One sign-up in full: the person's contact and details, their shift and team, what happened, the
// history of changes, and their donor history across drives, with the desk's actions where the
// status allows (checking someone in who came without stopping at the desk, a late correction),
// the merging of another record of the same person into this one, and erasing the person on their
// request.
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Divider, Drawer, Group, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { dayInZone } from '@life-relay/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SignUpsVolunteerDocument, type DriveKind, type SignUpsRowFragment } from '../../generated/graphql';
import { DeskButtons } from '../check-in/desk-buttons';
import { useMayChange, useMayWorkDesk } from '../../app/auth/use-session';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDate, formatDateTime, formatNumber, formatTime } from '../../app/ui/format';
import { ZoneLabel } from '../../app/ui/zone-label';
import { ErrorNotice, Loading } from '../../app/ui/query-state';
import { EraseVolunteerSection } from './erase-volunteer-section';
import { MergeVolunteerSection } from './merge-volunteer-section';
import { isErased, usePersonName } from './person-name';
import { SignUpStatusBadge } from './sign-up-status-badge';

interface SignUpDrawerProps {
  signUp: SignUpsRowFragment | null;
  drive: { kind: DriveKind; timeZone: string; startsAt: string };
  waitlistPosition?: number;
  onClose: () => void;
}

export function SignUpDrawer({ signUp, drive, waitlistPosition, onClose }: SignUpDrawerProps) {
  const personName = usePersonName();
  return (
    <Drawer opened={!!signUp} onClose={onClose} position="right" size="lg" title={signUp && personName(signUp.volunteer)}>
      {signUp && <SignUpDetails signUp={signUp} drive={drive} waitlistPosition={waitlistPosition} onClose={onClose} />}
    </Drawer>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function SignUpDetails({ signUp, drive, waitlistPosition, onClose }: SignUpDrawerProps & { signUp: SignUpsRowFragment }) {
  const { t } = useTranslation('signUps');
  const personName = usePersonName();
  const [locale] = useOrganizerLocale();
  const { data, loading, error, refetch } = useQuery(SignUpsVolunteerDocument, { variables: { id: signUp.volunteer.id } });
  const volunteer = data?.volunteer;
  const tz = drive.timeZone;
  const day = (d: string) => formatDate(`${d}T12:00:00Z`, locale, 'UTC');
  const today = dayInZone(new Date(), tz);
  const driveDay = dayInZone(new Date(drive.startsAt), tz);
  const events = volunteer?.signUps.find((s) => s.id === signUp.id)?.events ?? [];
  // A viewer reads the person; checking in, outcomes, merging and erasing are for those who change
  // them (and erasing not for the desk: it is the organization's decision on a request).
  const mayWorkDesk = useMayWorkDesk();
  const mayChange = useMayChange();

  return (
    <Stack gap="md">
      <Group gap="sm">
        <SignUpStatusBadge status={signUp.status} driveKind={drive.kind} size="lg" />
        {signUp.status === 'WAITLISTED' && waitlistPosition && <Text size="sm">{t('table.waitlistPosition', { position: waitlistPosition })}</Text>}
      </Group>
      {mayWorkDesk && <DeskButtons signUp={{ ...signUp, volunteer: { name: personName(signUp.volunteer) } }} driveKind={drive.kind} day={today > driveDay ? today : driveDay} />}

      <SimpleGrid cols={2} spacing="sm">
        <Field label={t('drawer.email')}>
          {signUp.volunteer.email ? <Anchor href={`mailto:${signUp.volunteer.email}`}>{signUp.volunteer.email}</Anchor> : '—'}
        </Field>
        <Field label={t('drawer.phone')}>{signUp.volunteer.phone ? <Anchor href={`tel:${signUp.volunteer.phone}`}>{signUp.volunteer.phone}</Anchor> : '—'}</Field>
        <Field label={t('table.shift')}>
          {formatDateTime(signUp.shift.startsAt, locale, tz)}–{formatTime(signUp.shift.endsAt, locale, tz)}
          <ZoneLabel timeZone={tz} at={signUp.shift.startsAt} />
        </Field>
        <Field label={t('table.team')}>{signUp.team ? [signUp.team.name, signUp.team.college?.name].filter(Boolean).join(' · ') : '—'}</Field>
        <Field label={t('table.channel')}>
          {t(`channel.${signUp.channel}`)}
          {signUp.source && ` (${signUp.source})`}
        </Field>
        <Field label={t('table.signedUpAt')}>
          {formatDateTime(signUp.createdAt, locale, tz)}
          <ZoneLabel timeZone={tz} at={signUp.createdAt} />
        </Field>
        {signUp.checkedInAt && (
          <Field label={t('drawer.checkedInAt')}>
            {formatDateTime(signUp.checkedInAt, locale, tz)}
            <ZoneLabel timeZone={tz} at={signUp.checkedInAt} />
          </Field>
        )}
        {signUp.status === 'DONATED' && drive.kind === 'STEM_CELL_REGISTRY' && <Field label={t('drawer.sampleId')}>{signUp.sampleId ?? '—'}</Field>}
        {signUp.status === 'DONATED' && drive.kind !== 'STEM_CELL_REGISTRY' && <Field label={t('drawer.volume')}>{t('table.volume', { ml: signUp.volumeMl ?? 0 })}</Field>}
        {signUp.status === 'DEFERRED' && (
          <>
            <Field label={t('drawer.deferralReason')}>{signUp.deferralReason}</Field>
            <Field label={t('drawer.retryOn')}>{signUp.retryOn ? day(signUp.retryOn) : '—'}</Field>
          </>
        )}
      </SimpleGrid>

      <Divider />
      <Title order={3} size="h5">
        {t('drawer.person')}
      </Title>
      {!volunteer ? (
        error ? <ErrorNotice error={error} onRetry={() => void refetch()} /> : loading ? <Loading /> : null
      ) : (
        <>
          <SimpleGrid cols={2} spacing="sm">
            <Field label={t('drawer.birthDate')}>{volunteer.birthDate ? day(volunteer.birthDate) : '—'}</Field>
            <Field label={t('drawer.bloodType')}>{volunteer.bloodType ? t(`bloodType.${volunteer.bloodType}`) : t('drawer.unknown')}</Field>
            <Field label={t('drawer.donations')}>
              {volunteer.donorHistory.donationCount === 0
                ? t('drawer.noDonations')
                : t('drawer.donationCount', { count: volunteer.donorHistory.donationCount, volume: formatNumber(volunteer.donorHistory.totalVolumeMl, locale) })}
            </Field>
            <Field label={t('drawer.lastDonated')}>{volunteer.donorHistory.lastDonatedOn ? day(volunteer.donorHistory.lastDonatedOn) : '—'}</Field>
            {volunteer.registryJoinedOn && <Field label={t('drawer.registryJoinedOn')}>{day(volunteer.registryJoinedOn)}</Field>}
          </SimpleGrid>
          {volunteer.donorHistory.milestones.length > 0 && (
            <Group gap={6}>
              {volunteer.donorHistory.milestones.map((m) => (
                <Badge key={m} variant="light" color="red">
                  {t('drawer.milestone', { n: m })}
                </Badge>
              ))}
            </Group>
          )}
          {volunteer.donorHistory.nextEligible.map((n) => (
            <Text key={n.kind} size="sm" c="orange.8">
              {t('drawer.nextEligible', { kind: t(`kind.${n.kind}`), date: day(n.date) })}
            </Text>
          ))}
          {events.length > 0 && (
            <>
              <Title order={3} size="h5">
                {t('drawer.history')}
              </Title>
              <Timeline bulletSize={12} lineWidth={2}>
                {events.map((e, i) => (
                  <Timeline.Item key={i} title={`${t(`status.${e.fromStatus}`)} → ${t(`status.${e.toStatus}`)}${e.correction ? ` · ${t('drawer.correction')}` : ''}`}>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(e.at, locale, tz)}
                      <ZoneLabel timeZone={tz} at={e.at} />
                      {e.actorName && ` · ${e.actorName}`}
                    </Text>
                  </Timeline.Item>
                ))}
              </Timeline>
            </>
          )}
          {volunteer.signUps.length > 1 && (
            <>
              <Title order={3} size="h5">
                {t('drawer.otherSignUps')}
              </Title>
              <Stack gap={4}>
                {volunteer.signUps
                  .filter((s) => s.id !== signUp.id)
                  .map((s) => (
                    <Group key={s.id} gap="sm">
                      <Text size="sm">{formatDate(s.shift.startsAt, locale, tz)}</Text>
                      <SignUpStatusBadge status={s.status} />
                      {s.status === 'DONATED' && <Text size="xs">{t('table.volume', { ml: s.volumeMl ?? 0 })}</Text>}
                    </Group>
                  ))}
              </Stack>
            </>
          )}
          {isErased(volunteer) && (
            <Text size="sm" c="dimmed">
              {t('erased.note')}
            </Text>
          )}
          {mayChange && (
            <>
              <Divider />
              <MergeVolunteerSection key={volunteer.id} keep={volunteer} />
              {/* An erased person has nothing left to erase. */}
              {!isErased(volunteer) && <EraseVolunteerSection key={`erase-${volunteer.id}`} volunteerId={volunteer.id} onErased={onClose} />}
            </>
          )}
        </>
      )}
    </Stack>
  );
}
