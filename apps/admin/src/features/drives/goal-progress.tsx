// A count against its goal: "23 of 40" over a bar, or the bare count when the drive set no goal.
import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatNumber, formatPercent } from '../../app/ui/format';

interface GoalProgressProps {
  /** What is counted, for the bar's accessible name: "Sign-ups". */
  label: string;
  value: number;
  goal: number | null;
  /** value / goal as the API computed it (1 = reached). */
  progress: number | null;
}

export function GoalProgress({ label, value, goal, progress }: GoalProgressProps) {
  const { t } = useTranslation('drives');
  const [locale] = useOrganizerLocale();
  if (goal === null || progress === null) {
    return (
      <Stack gap={0}>
        <Text size="sm">{formatNumber(value, locale)}</Text>
        <Text size="xs" c="dimmed">
          {t('list.noGoal')}
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap={4} miw={96}>
      <Text size="sm">
        {t('list.ofGoal', { value: formatNumber(value, locale), goal: formatNumber(goal, locale) })}
        <Text span size="xs" c="dimmed" ml={6}>
          {formatPercent(progress, locale)}
        </Text>
      </Text>
      <Progress
        value={Math.min(100, progress * 100)}
        color={progress >= 1 ? 'teal' : 'red'}
        size="sm"
        aria-label={t('list.goalLabel', { what: label, value: formatNumber(value, locale), goal: formatNumber(goal, locale) })}
      />
    </Stack>
  );
}
