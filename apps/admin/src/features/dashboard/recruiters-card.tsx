// Personal recruiting credit (issue 22): the drive's volunteers ranked by the friends their own
// share links brought, and how many of those donated. Names are personal data: the card asks for
// them once per visit (each read is audited), not with the dashboard's live poll.
import { useQuery } from '@apollo/client/react';
import { ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DashboardRecruitersDocument, type DriveKind } from '../../generated/graphql';
import { wordFor } from '../../app/i18n/registry-words';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatNumber } from '../../app/ui/format';
import { ErrorNotice, Loading } from '../../app/ui/query-state';
import { DashboardCard } from './dashboard-card';

/** The top of the board: a drive's best recruiters, not everyone who brought one friend. */
export const SHOWN_RECRUITERS = 50;

/** At a stem-cell registry drive (`kind`) those friends joined the registry: they donated nothing. */
export function RecruitersCard({ driveId, kind }: { driveId: string; kind: DriveKind }) {
  const { t } = useTranslation('dashboard');
  const [locale] = useOrganizerLocale();
  const { data, loading, error, refetch } = useQuery(DashboardRecruitersDocument, { variables: { id: driveId, first: SHOWN_RECRUITERS } });
  const rows = data?.drive?.recruiters ?? [];
  const n = (value: number) => formatNumber(value, locale);

  return (
    <DashboardCard id="recruiters-heading" title={t('recruiters.title')} description={t(wordFor(kind, 'recruiters.description'), { count: SHOWN_RECRUITERS })}>
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      ) : rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('recruiters.empty')}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={480} type="auto">
          <Table aria-label={t('recruiters.title')} striped verticalSpacing={6} stickyHeader data-testid="recruiters-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('leaderboard.rank')}</Table.Th>
                <Table.Th scope="col">{t('recruiters.name')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('recruiters.brought')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t(wordFor(kind, 'leaderboard.donated'))}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.rank}>
                  <Table.Td fw={700}>{row.rank}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {row.name}
                  </Table.Th>
                  <Table.Td ta="right">{n(row.signUps)}</Table.Td>
                  <Table.Td ta="right">{n(row.donated)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </DashboardCard>
  );
}
