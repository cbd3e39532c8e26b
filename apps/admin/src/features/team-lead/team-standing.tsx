// A team's numbers in one drive: its place on the leaderboard and its small funnel, as the public
// board shows them (the API withholds a few who came without donating: they would be deferrals).
import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MIN_DISCLOSED_GROUP } from '@life-relay/domain';
import type { DriveKind, TeamLeadStatsFragment } from '../../generated/graphql';
import { wordFor } from '../../app/i18n/registry-words';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatNumber, formatPercent } from '../../app/ui/format';

/** Of one drive (`kind`): at a stem-cell registry drive its people joined, they did not donate. */
export function TeamNumbers({ stats, kind }: { stats: TeamLeadStatsFragment; kind?: DriveKind | null }) {
  const { t } = useTranslation('teamLead');
  const [locale] = useOrganizerLocale();
  const cells = [
    ['signUps', formatNumber(stats.signUps, locale)],
    ['came', formatNumber(stats.checkedIn, locale)],
    ['donated', formatNumber(stats.donated, locale)],
    ['conversion', formatPercent(stats.conversionRate, locale)],
  ] as const;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={4} spacing="xs">
        {cells.map(([key, value]) => (
          <Stack key={key} gap={0} align="center">
            <Text fw={700} size="lg" data-testid={`team-${key}`}>
              {value}
            </Text>
            <Text size="xs" c="dimmed">
              {t(wordFor(kind, `numbers.${key}`))}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('numbers.withheld', { size: MIN_DISCLOSED_GROUP })}
      </Text>
    </Stack>
  );
}

export function Rank({ rank, of }: { rank: number | null; of: number }) {
  const { t } = useTranslation('teamLead');
  if (rank === null) return <Text size="sm" c="dimmed">{t('rank.none')}</Text>;
  return (
    <Group gap={6}>
      <Badge size="lg" color={rank <= 3 ? 'red' : 'gray'} variant={rank <= 3 ? 'filled' : 'light'}>
        #{rank}
      </Badge>
      <Text size="sm" c="dimmed">
        {t('rank.of', { count: of })}
      </Text>
    </Group>
  );
}
