// A team's recruiters in one drive (issue 22): its members ranked by the friends their own share
// links brought. The API gives a member's donations only where they cannot tell a friend's
// deferral (the lead sees who came); a dash stands for one withheld.
import { useQuery } from '@apollo/client/react';
import { Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TeamLeadRecruitersDocument, type DriveKind } from '../../generated/graphql';
import { wordFor } from '../../app/i18n/registry-words';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatNumber } from '../../app/ui/format';
import { ErrorNotice, Loading } from '../../app/ui/query-state';

export function TeamRecruiters({ teamId, driveId, kind }: { teamId: string; driveId: string; kind: DriveKind }) {
  const { t } = useTranslation('teamLead');
  const [locale] = useOrganizerLocale();
  const { data, error, refetch } = useQuery(TeamLeadRecruitersDocument, { variables: { teamId, driveId } });
  const rows = data?.teamRecruiters ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="recruiters-heading" mb="md">
      <Title order={2} size="h4" id="recruiters-heading" mb="xs">
        {t('recruiters.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('recruiters.hint')}
      </Text>
      {!data ? (
        error ? (
          <ErrorNotice error={error} onRetry={() => void refetch()} />
        ) : (
          <Loading />
        )
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('recruiters.none')}
        </Text>
      ) : (
        <Table striped verticalSpacing={6} data-testid="team-recruiters">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('recruiters.rank')}</Table.Th>
              <Table.Th>{t('members.name')}</Table.Th>
              <Table.Th ta="right">{t('recruiters.brought')}</Table.Th>
              <Table.Th ta="right">{t(wordFor(kind, 'numbers.donated'))}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.rank}>
                <Table.Td fw={700}>{row.rank}</Table.Td>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td ta="right">{formatNumber(row.signUps, locale)}</Table.Td>
                <Table.Td ta="right">
                  {row.donated === null ? <span aria-label={t('recruiters.withheld')} title={t('recruiters.withheld')}>–</span> : formatNumber(row.donated, locale)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
