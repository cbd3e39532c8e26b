// The roster as a table: who, how to reach them, the blood type and how sure we are of it (verified
// at the desk or by the blood service, by whom and when, or self-reported), city, donations,
// opt-in, and the availability notes (organizers edit them; viewers read).
import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bloodTypeLabel, regionName } from '@life-relay/domain';
import type { ReserveRosterRowFragment } from '../../generated/graphql';
import { useMayChange } from '../../app/auth/use-session';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDate, formatDateTime } from '../../app/ui/format';
import { AvailabilityNotes } from './availability-notes';

interface ReserveTableProps {
  rows: ReserveRosterRowFragment[];
  onSaveNotes: (volunteerId: string, notes: string) => Promise<unknown>;
}

export function ReserveTable({ rows, onSaveNotes }: ReserveTableProps) {
  const { t } = useTranslation('reserve');
  const mayChange = useMayChange();
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table striped verticalSpacing="xs" data-testid="reserve-roster">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.name')}</Table.Th>
            <Table.Th>{t('columns.contact')}</Table.Th>
            <Table.Th>{t('columns.bloodType')}</Table.Th>
            <Table.Th>{t('columns.city')}</Table.Th>
            <Table.Th>{t('columns.lastDonation')}</Table.Th>
            <Table.Th>{t('columns.nextEligible')}</Table.Th>
            <Table.Th>{t('columns.callOuts')}</Table.Th>
            <Table.Th>{t('columns.notes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <ReserveRow key={row.id} row={row} mayChange={mayChange} onSaveNotes={onSaveNotes} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ReserveRow({ row, mayChange, onSaveNotes }: { row: ReserveRosterRowFragment; mayChange: boolean; onSaveNotes: ReserveTableProps['onSaveNotes'] }) {
  const { t } = useTranslation('reserve');
  const [locale] = useOrganizerLocale();
  const day = (value: string | null) => (value ? formatDate(`${value}T12:00:00Z`, locale, 'UTC') : null);
  return (
    <Table.Tr data-testid="reserve-row">
      <Table.Td>
        <Text size="sm" fw={500}>
          {row.name}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{[row.phone, row.email].filter(Boolean).join(' · ')}</Text>
      </Table.Td>
      <Table.Td>
        <BloodTypeCell row={row} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{row.regionCode ? regionName(row.regionCode, locale) : (row.lastDriveLocation ?? t('never'))}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{day(row.lastDonatedOn) ?? t('never')}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{day(row.nextEligibleOn) ?? t('eligibleNow')}</Text>
      </Table.Td>
      <Table.Td>
        {row.callOutOptIn ? (
          <Badge color="teal" variant="light">
            {t('optedIn')}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {t('notOptedIn')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <AvailabilityNotes name={row.name} notes={row.availabilityNotes} editable={mayChange} onSave={(notes) => onSaveNotes(row.id, notes)} />
      </Table.Td>
    </Table.Tr>
  );
}

/** The type, then how it is known: verified (by the desk or the blood service, who, when) or self-reported. */
function BloodTypeCell({ row }: { row: ReserveRosterRowFragment }) {
  const { t } = useTranslation('reserve');
  const [locale] = useOrganizerLocale();
  if (!row.bloodType) {
    return (
      <Text size="sm" c="dimmed">
        {t('verification.unknown')}
      </Text>
    );
  }
  const when = row.bloodTypeVerifiedAt ? formatDateTime(row.bloodTypeVerifiedAt, locale) : '';
  return (
    <Stack gap={2} data-testid="blood-type-cell">
      <Text size="sm" fw={600}>
        {bloodTypeLabel(row.bloodType)}
        {row.phenotypes.length > 0 && (
          <Text span size="xs" c="dimmed" ml={6}>
            {row.phenotypes.join(' ')}
          </Text>
        )}
      </Text>
      {row.bloodTypeVerified && row.bloodTypeSource ? (
        <Text size="xs" c="teal.9">
          {t(`verification.${row.bloodTypeSource}`)} ·{' '}
          {row.bloodTypeVerifiedBy ? t('verification.byWhen', { who: row.bloodTypeVerifiedBy, when }) : t('verification.when', { when })}
        </Text>
      ) : (
        <Text size="xs" c="dimmed">
          {t('verification.selfReported')}
        </Text>
      )}
    </Stack>
  );
}
