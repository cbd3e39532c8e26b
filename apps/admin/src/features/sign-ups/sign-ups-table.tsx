// One page of a drive's sign-ups: who, how to reach them, their shift on the drive's clocks, the
// team and channel that brought them, where they are in the lifecycle and what happened. A row
// opens the person's details (the name is a real button, for the keyboard).
import { Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DriveKind, SignUpsRowFragment } from '../../generated/graphql';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDate, formatDateTime, formatTime } from '../../app/ui/format';
import { ZoneLabel } from '../../app/ui/zone-label';
import { isErased, usePersonName } from './person-name';
import { SignUpStatusBadge } from './sign-up-status-badge';

interface SignUpsTableProps {
  rows: readonly SignUpsRowFragment[];
  timeZone: string;
  /** At a stem-cell registry drive DONATED reads "joined the registry", with its sample id. */
  driveKind: DriveKind;
  waitlist: ReadonlyMap<string, number>;
  onOpen: (row: SignUpsRowFragment) => void;
}

export function SignUpsTable({ rows, timeZone, driveKind, waitlist, onOpen }: SignUpsTableProps) {
  const { t } = useTranslation('signUps');
  const [locale] = useOrganizerLocale();
  const personName = usePersonName();
  // One zone note per column: the times below are all on the drive's clock.
  const at = rows[0]?.shift.startsAt ?? new Date().toISOString();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="sign-ups-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.name')}</Table.Th>
            <Table.Th>{t('table.contact')}</Table.Th>
            <Table.Th>
              {t('table.shift')}
              <ZoneLabel timeZone={timeZone} at={at} />
            </Table.Th>
            <Table.Th>{t('table.team')}</Table.Th>
            <Table.Th>{t('table.channel')}</Table.Th>
            <Table.Th>{t('table.status')}</Table.Th>
            <Table.Th>{t('table.outcome')}</Table.Th>
            <Table.Th>
              {t('table.signedUpAt')}
              <ZoneLabel timeZone={timeZone} at={at} />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} onClick={() => onOpen(row)} style={{ cursor: 'pointer' }} data-sign-up={row.volunteer.email}>
              <Table.Td>
                <UnstyledButton
                  fw={600}
                  fz="sm"
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(row);
                  }}
                  aria-label={t('table.open', { name: personName(row.volunteer) })}
                  c={isErased(row.volunteer) ? 'dimmed' : undefined}
                >
                  {personName(row.volunteer)}
                </UnstyledButton>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{row.volunteer.phone ?? '—'}</Text>
                  <Text size="xs" c="dimmed">
                    {row.volunteer.email}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(row.shift.startsAt, locale, timeZone)}–{formatTime(row.shift.endsAt, locale, timeZone)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.team?.name ?? '—'}</Text>
                {row.team?.college && (
                  <Text size="xs" c="dimmed">
                    {row.team.college.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{t(`channel.${row.channel}`)}</Text>
              </Table.Td>
              <Table.Td>
                <SignUpStatusBadge status={row.status} driveKind={driveKind} />
                {row.status === 'WAITLISTED' && waitlist.has(row.id) && (
                  <Text size="xs" c="dimmed">
                    {t('table.waitlistPosition', { position: waitlist.get(row.id) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <OutcomeCell row={row} driveKind={driveKind} />
              </Table.Td>
              <Table.Td>
                <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(row.createdAt, locale, timeZone)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function OutcomeCell({ row, driveKind }: { row: SignUpsRowFragment; driveKind: DriveKind }) {
  const { t } = useTranslation('signUps');
  const [locale] = useOrganizerLocale();
  if (row.status === 'DONATED' && driveKind === 'STEM_CELL_REGISTRY') return <Text size="sm">{row.sampleId ? t('table.sample', { sampleId: row.sampleId }) : '—'}</Text>;
  if (row.status === 'DONATED') return <Text size="sm">{t('table.volume', { ml: row.volumeMl ?? 0 })}</Text>;
  if (row.status === 'DEFERRED') {
    return (
      <>
        <Text size="sm" lineClamp={2}>
          {row.deferralReason}
        </Text>
        {row.retryOn && (
          <Text size="xs" c="dimmed">
            {t('table.retryOn', { date: formatDate(`${row.retryOn}T12:00:00Z`, locale, 'UTC') })}
          </Text>
        )}
      </>
    );
  }
  if (row.status === 'CHECKED_IN') return <Text size="sm" c="dimmed">{t('table.screening')}</Text>;
  return <Text c="dimmed">—</Text>;
}
