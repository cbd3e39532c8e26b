// Organizers: whose personal data the daily retention job erases, and when (RETENTION_DAYS after
// the last drive they signed up for closed, unless they sign up again). A person who asks to be
// erased sooner is erased from here.
import { Button, SegmentedControl, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { PageHeader } from '../../app/ui/page-header';
import { EmptyState, QueryState } from '../../app/ui/query-state';
import { formatDate } from '../../app/ui/format';
import { useErasureDue, WINDOWS } from './use-erasure-due';

export function ErasureDuePage() {
  const { t } = useTranslation('privacy');
  const [locale] = useOrganizerLocale();
  const { withinDays, setWithinDays, list, erase, overdue } = useErasureDue();
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <SegmentedControl
        mb="md"
        aria-label={t('within')}
        value={String(withinDays)}
        onChange={(value) => setWithinDays(Number(value))}
        data={WINDOWS.map((days) => ({ value: String(days), label: t('days', { count: days }) }))}
      />
      <QueryState data={list.data} loading={list.loading} error={list.error} onRetry={() => void list.refetch()}>
        {({ volunteersDueForErasure: due }) =>
          due.length === 0 ? (
            <EmptyState title={t('empty')} />
          ) : (
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('columns.name')}</Table.Th>
                  <Table.Th>{t('columns.lastDriveClosedAt')}</Table.Th>
                  <Table.Th>{t('columns.dueAt')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {due.map((person) => (
                  <Table.Tr key={person.volunteerId}>
                    <Table.Td>{person.name}</Table.Td>
                    <Table.Td>{formatDate(person.lastDriveClosedAt, locale)}</Table.Td>
                    <Table.Td>{overdue(person.dueAt) ? <Text c="red" size="sm">{t('nextRun')}</Text> : formatDate(person.dueAt, locale)}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="subtle" color="red" onClick={() => void erase(person)}>
                        {t('erase.button')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </>
  );
}
