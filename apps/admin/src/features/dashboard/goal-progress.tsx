// How far the drive is from its goals: sign-ups against the sign-up goal and donations against
// the donation goal, in numbers and as bars. A drive without a goal says so instead of a 0% bar.
import { Anchor, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useMayChange } from '../../app/auth/use-session';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatNumber } from '../../app/ui/format';
import { goalFigure } from './dashboard-figures';
import { DashboardCard } from './dashboard-card';
import type { DashboardDrive } from './drive-summary';
import { wordFor } from '../../app/i18n/registry-words';

export function GoalProgress({ drive }: { drive: DashboardDrive }) {
  const { t } = useTranslation('dashboard');
  const { stats } = drive;
  return (
    <DashboardCard id="goals-heading" title={t('goals.title')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <GoalBar testId="goal-sign-ups" what={t('goals.signUps')} count={stats.signUps} goal={stats.signUpGoal} driveId={drive.id} color="red" />
        <GoalBar testId="goal-donations" what={t(wordFor(drive.kind, 'goals.donations'))} count={stats.donated} goal={stats.donationGoal} driveId={drive.id} color="teal" />
      </SimpleGrid>
    </DashboardCard>
  );
}

interface GoalBarProps {
  what: string;
  count: number;
  goal: number | null;
  driveId: string;
  color: string;
  testId: string;
}

function GoalBar({ what, count, goal, driveId, color, testId }: GoalBarProps) {
  const { t } = useTranslation('dashboard');
  const [locale] = useOrganizerLocale();
  const mayChange = useMayChange();
  const figure = goalFigure(count, goal);
  const numbers = { count: formatNumber(count, locale), goal: formatNumber(figure.goal ?? 0, locale) };
  return (
    <Stack gap={6} data-testid={testId}>
      <Group justify="space-between" align="baseline" wrap="nowrap">
        <Text fw={500}>{what}</Text>
        {figure.goal !== null && (
          <Text size="sm" c={figure.reached ? 'teal.8' : 'dimmed'}>
            {figure.reached ? t('goals.reached') : t('goals.percent', { percent: figure.percent })}
          </Text>
        )}
      </Group>
      {figure.goal === null ? (
        <>
          <Text size="xl" fw={700}>
            {numbers.count}
          </Text>
          <Text size="sm" c="dimmed">
            {t('goals.noGoal')}
            {mayChange && (
              <>
                {' '}
                <Anchor component={Link} href={`/drives/${driveId}/edit`} size="sm">
                  {t('goals.setGoal')}
                </Anchor>
              </>
            )}
          </Text>
        </>
      ) : (
        <>
          <Text size="xl" fw={700}>
            {t('goals.ofGoal', numbers)}
          </Text>
          <Progress value={figure.percent} color={figure.reached ? 'teal' : color} size="lg" aria-label={t('goals.barLabel', { what, ...numbers })} />
        </>
      )}
    </Stack>
  );
}
