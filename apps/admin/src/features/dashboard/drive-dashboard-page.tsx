// One drive at a glance, kept live: the funnel, the goals, sign-ups over time, where they came
// from, the team and college leaderboards, and the volunteers who recruited the most.
import { useQuery } from '@apollo/client/react';
import { ActionIcon, Group, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DashboardDriveDocument } from '../../generated/graphql';
import { useBoardTops } from '../../public/leaderboard/board-tops';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { DriveNav } from '../../app/layout/drive-nav';
import { EmptyState, ErrorNotice, Loading } from '../../app/ui/query-state';
import { ChannelsCard } from './channels-card';
import { hasNoSignUps } from './dashboard-figures';
import { DriveSummary } from './drive-summary';
import { FunnelCard } from './funnel-card';
import { GoalProgress } from './goal-progress';
import { LeaderboardCard, SHOWN_ROWS } from './leaderboard-card';
import { RecruitersCard } from './recruiters-card';
import { useLiveRefresh } from './live-refresh';
import { SignUpsOverTimeCard } from './sign-ups-over-time-card';

export function DriveDashboardPage({ id }: { id: string }) {
  const { t } = useTranslation('dashboard');
  const [locale] = useOrganizerLocale();
  const boards = useBoardTops(SHOWN_ROWS);
  const { data, previousData, loading, error, refetch } = useQuery(DashboardDriveDocument, {
    variables: { id, ...boards.first },
    notifyOnNetworkStatusChange: false,
  });
  const live = useLiveRefresh(refetch);
  // Asking for a whole board is a new question: this drive's dashboard stays on screen meanwhile.
  const answer = data ?? (previousData?.drive?.id === id ? previousData : undefined);
  const drive = answer?.drive;

  if (!drive) {
    if (loading) return <Loading />;
    if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
    return <EmptyState title={t('notFound')} />;
  }

  return (
    <>
      <DriveSummary drive={drive} />
      <DriveNav driveId={id} active="dashboard" />
      <Group justify="flex-end" gap={6} mb="sm">
        <Text size="xs" c={live.stale ? 'red' : 'dimmed'} aria-live="polite">
          {live.stale
            ? t('live.stale', { time: live.updatedAt.toLocaleTimeString(locale) })
            : t('live.updated', { time: live.updatedAt.toLocaleTimeString(locale) })}
        </Text>
        <Tooltip label={t('live.refresh')}>
          <ActionIcon variant="subtle" color="gray" onClick={live.refreshNow} aria-label={t('live.refresh')}>
            <IconRefresh size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Stack gap="md">
        {hasNoSignUps(drive.stats) && <EmptyState title={t('noSignUpsTitle')}>{t(drive.status === 'DRAFT' ? 'noSignUpsDraft' : 'noSignUpsBody')}</EmptyState>}
        <GoalProgress drive={drive} />
        <FunnelCard stats={drive.stats} kind={drive.kind} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <SignUpsOverTimeCard days={drive.signUpsByDay} />
          <ChannelsCard channels={drive.channels} kind={drive.kind} />
        </SimpleGrid>
        <LeaderboardCard drive={drive} boards={boards} />
        <RecruitersCard driveId={id} kind={drive.kind} />
      </Stack>
    </>
  );
}
