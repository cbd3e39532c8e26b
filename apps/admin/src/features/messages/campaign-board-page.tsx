// /campaigns/<id>: a contest's standings for its organizers (and viewers): a tab per stage with its
// teams and colleges, the funnel as organizers see it (deferrals included), a stage frozen once it
// has ended. Organizers add stages (date windows) and remove those that have not ended.
import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { MessagesCampaignBoardDocument, MessagesRemoveCampaignStageDocument, type MessagesCampaignBoardQuery } from '../../generated/graphql';
import { errorMessage } from '../../app/api/errors';
import { useMayChange } from '../../app/auth/use-session';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDate, formatDateTime, formatPercent } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/page-header';
import { EmptyState, QueryState } from '../../app/ui/query-state';
import { CampaignStageForm } from './campaign-stage-form';

/** A stage ends at the start of the day after its last: the last day is the one before that instant. */
const lastMoment = (endsAt: string) => new Date(Date.parse(endsAt) - 1).toISOString();

type Stage = NonNullable<MessagesCampaignBoardQuery['campaign']>['stages'][number];

export function CampaignBoardPage({ id }: { id: string }) {
  const { t } = useTranslation('messages');
  const query = useQuery(MessagesCampaignBoardDocument, { variables: { id } });
  const mayChange = useMayChange();
  return (
    <QueryState data={query.data} loading={query.loading} error={query.error} onRetry={() => void query.refetch()}>
      {({ campaign }) =>
        !campaign ? (
          <EmptyState title={t('campaigns.boardTitle')} />
        ) : (
          <Stack>
            <PageHeader
              title={t('campaigns.boardNamed', { name: campaign.name })}
              description={`${t('campaigns.ranking')}: ${t(`campaigns.rankings.${campaign.ranking}`)}`}
              actions={
                campaign.slug ? (
                  <Anchor href={`/c/${encodeURIComponent(campaign.slug)}`} target="_blank" rel="noopener">
                    {t('campaigns.publicPage')}: /c/{campaign.slug}
                  </Anchor>
                ) : undefined
              }
            />
            {mayChange && <CampaignStageForm campaignId={campaign.id} timeZone={campaign.timeZone} />}
            {campaign.stages.length === 0 ? (
              <EmptyState title={t('campaigns.stages')}>{t('campaigns.noStages')}</EmptyState>
            ) : (
              <Tabs defaultValue={campaign.stages[campaign.stages.length - 1].id} keepMounted={false}>
                <Tabs.List>
                  {campaign.stages.map((stage) => (
                    <Tabs.Tab key={stage.id} value={stage.id}>
                      {stage.name}
                    </Tabs.Tab>
                  ))}
                </Tabs.List>
                {campaign.stages.map((stage) => (
                  <Tabs.Panel key={stage.id} value={stage.id} pt="md">
                    <StagePanel stage={stage} mayChange={mayChange} timeZone={campaign.timeZone} />
                  </Tabs.Panel>
                ))}
              </Tabs>
            )}
          </Stack>
        )
      }
    </QueryState>
  );
}

function StagePanel({ stage, mayChange, timeZone }: { stage: Stage; mayChange: boolean; timeZone: string }) {
  const { t } = useTranslation('messages');
  const { t: tc } = useTranslation('common');
  const [locale] = useOrganizerLocale();
  const [remove, removing] = useMutation(MessagesRemoveCampaignStageDocument, { refetchQueries: [MessagesCampaignBoardDocument] });
  const onRemove = async () => {
    try {
      await remove({ variables: { id: stage.id } });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, tc) });
    }
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="xs">
          <Text size="sm">
            {formatDate(stage.startsAt, locale, timeZone)} – {formatDate(lastMoment(stage.endsAt), locale, timeZone)}
          </Text>
          <Badge color={stage.frozenAt ? 'gray' : 'green'} variant="light">
            {stage.frozenAt ? t('campaigns.frozen', { time: formatDateTime(stage.frozenAt, locale) }) : t('campaigns.live')}
          </Badge>
          <Text size="sm" c="dimmed">
            {t(`campaigns.rankings.${stage.ranking}`)}
          </Text>
        </Group>
        {mayChange && !stage.frozenAt && (
          <Button variant="subtle" color="red" size="xs" leftSection={<IconTrash size={14} aria-hidden />} loading={removing.loading} onClick={() => void onRemove()} aria-label={t('campaigns.removeStageNamed', { name: stage.name })}>
            {t('campaigns.removeStage')}
          </Button>
        )}
      </Group>
      {stage.leaderboard.length === 0 ? (
        <Text c="dimmed">{t('campaigns.noRows')}</Text>
      ) : (
        <>
          <Title order={3}>{t('campaigns.teams')}</Title>
          <Table.ScrollContainer minWidth={640}>
            <Table striped data-testid="stage-team-board">
              <Table.Thead>
                <Table.Tr>
                  {(['rank', 'team', 'signUps', 'came', 'donated', 'deferred', 'conversion'] as const).map((c) => (
                    <Table.Th key={c}>{t(`campaigns.columns.${c}`)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {stage.leaderboard.map((row) => (
                  <Table.Tr key={row.team.id}>
                    <Table.Td>{row.rank}</Table.Td>
                    <Table.Td>
                      {row.team.name}
                      {row.team.college && (
                        <Text size="xs" c="dimmed">
                          {row.team.college.name}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{row.signUps}</Table.Td>
                    <Table.Td>{row.checkedIn}</Table.Td>
                    <Table.Td>{row.donated}</Table.Td>
                    <Table.Td>{row.deferred ?? '—'}</Table.Td>
                    <Table.Td>{formatPercent(row.conversionRate, locale)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {stage.collegeLeaderboard.length > 0 && (
            <>
              <Title order={3}>{t('campaigns.colleges')}</Title>
              <Table.ScrollContainer minWidth={520}>
                <Table striped data-testid="stage-college-board">
                  <Table.Thead>
                    <Table.Tr>
                      {(['rank', 'college', 'teamCount', 'signUps', 'donated', 'deferred'] as const).map((c) => (
                        <Table.Th key={c}>{t(`campaigns.columns.${c}`)}</Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {stage.collegeLeaderboard.map((row) => (
                      <Table.Tr key={row.college.id}>
                        <Table.Td>{row.rank}</Table.Td>
                        <Table.Td>{row.college.name}</Table.Td>
                        <Table.Td>{row.teams}</Table.Td>
                        <Table.Td>{row.signUps}</Table.Td>
                        <Table.Td>{row.donated}</Table.Td>
                        <Table.Td>{row.deferred ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )}
        </>
      )}
    </Stack>
  );
}
