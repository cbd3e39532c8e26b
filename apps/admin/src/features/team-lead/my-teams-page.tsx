// A team lead's start page: each of their teams with its standing in every drive it recruits for,
// and the way to its link and QR code as soon as the organization has a published drive.
// Names and statuses only; contact and health data stay with the organizers.
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconQrcode } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { TeamLeadMyTeamsDocument } from '../../generated/graphql';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDate, formatNumber } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/page-header';
import { EmptyState, QueryState } from '../../app/ui/query-state';
import { Rank, TeamNumbers } from './team-standing';

export function MyTeamsPage() {
  const { t } = useTranslation('teamLead');
  const { t: td } = useTranslation('drives');
  const [locale] = useOrganizerLocale();
  const query = useQuery(TeamLeadMyTeamsDocument);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState data={query.data} loading={query.loading} error={query.error} onRetry={() => void query.refetch()}>
        {({ myTeams }) =>
          myTeams.length === 0 ? (
            <EmptyState title={t('none')}>{t('noneBody')}</EmptyState>
          ) : (
            <Stack gap="md">
              {myTeams.map(({ team, totals, drives, recruitingDrives }) => (
                <Card key={team.id} withBorder component="section" aria-labelledby={`team-${team.id}`}>
                  <Group justify="space-between" mb="sm" wrap="wrap">
                    <div>
                      <Title order={2} size="h3" id={`team-${team.id}`}>
                        <Anchor component={Link} href={`/my-teams/${team.id}`} inherit>
                          {team.name}
                        </Anchor>
                      </Title>
                      <Text size="sm" c="dimmed">
                        {team.college?.name} · {t('code', { code: team.code })}
                      </Text>
                    </div>
                    {/* Straight to the link and QR code: a new team has nothing else to look at yet. */}
                    {recruitingDrives.length > 0 && (
                      <Button component={Link} href={`/my-teams/${team.id}`} variant="light" leftSection={<IconQrcode size={16} />}>
                        {t('getLink', { count: recruitingDrives.length })}
                      </Button>
                    )}
                  </Group>
                  <TeamNumbers stats={totals} />
                  {drives.length > 0 && (
                    <Table.ScrollContainer minWidth={520} mt="md">
                      <Table verticalSpacing="xs">
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t('columns.drive')}</Table.Th>
                            <Table.Th>{t('columns.standing')}</Table.Th>
                            <Table.Th ta="right">{t('numbers.signUps')}</Table.Th>
                            <Table.Th ta="right">{t('numbers.donated')}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {drives.map((d) => (
                            <Table.Tr key={d.driveId}>
                              <Table.Td>
                                <Text size="sm" fw={500}>
                                  {d.driveTitle}
                                </Text>
                                <Group gap={6}>
                                  <Text size="xs" c="dimmed">
                                    {formatDate(d.driveStartsAt, locale)}
                                  </Text>
                                  <Badge size="xs" variant="light" color={d.driveStatus === 'PUBLISHED' ? 'teal' : 'gray'}>
                                    {td(`status.${d.driveStatus}`)}
                                  </Badge>
                                  {d.driveStatus !== 'DRAFT' && (
                                    <Anchor href={`/d/${d.driveSlug}/leaderboard`} target="_blank" rel="noopener" size="xs">
                                      {t('leaderboard')}
                                    </Anchor>
                                  )}
                                </Group>
                              </Table.Td>
                              <Table.Td>
                                <Rank rank={d.rank ?? null} of={d.teamsRanked} />
                              </Table.Td>
                              <Table.Td ta="right">{formatNumber(d.stats.signUps, locale)}</Table.Td>
                              <Table.Td ta="right">
                                {formatNumber(d.stats.donated, locale)}
                                {d.driveKind === 'STEM_CELL_REGISTRY' && (
                                  <Text span size="xs" c="dimmed">
                                    {' '}
                                    {t('numbers.joinedNote')}
                                  </Text>
                                )}
                              </Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                  )}
                </Card>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
