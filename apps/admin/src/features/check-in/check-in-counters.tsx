// The desk's tally for the drive: who came, who donated (at a registry drive: joined), who was deferred, who is still expected.
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatNumber } from '../../app/ui/format';
import type { DriveKind } from '../../generated/graphql';
import { deskWord } from './desk-actions';

interface Stats {
  checkedIn: number;
  donated: number;
  deferred: number;
  noShow: number;
  signUps: number;
}

export function CheckInCounters({ stats, driveKind }: { stats: Stats; driveKind: DriveKind }) {
  const { t } = useTranslation('checkIn');
  const [locale] = useOrganizerLocale();
  // signUps holds everyone with a place; those who have neither come nor been marked absent are still expected.
  const expected = Math.max(0, stats.signUps - stats.checkedIn - stats.noShow);
  const counters = [
    { key: 'checkedIn', value: stats.checkedIn, color: 'cyan' },
    { key: 'donated', value: stats.donated, color: 'teal' },
    { key: 'deferred', value: stats.deferred, color: 'orange' },
    { key: 'expected', value: expected, color: 'blue' },
  ] as const;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mb="md" aria-live="polite">
      {counters.map((c) => (
        <Paper key={c.key} withBorder p="sm" radius="md" data-counter={c.key}>
          <Text size="sm" c="dimmed">
            {t(deskWord(driveKind, `counters.${c.key}`))}
          </Text>
          <Text fz={32} fw={700} c={`${c.color}.7`} lh={1.2}>
            {formatNumber(c.value, locale)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
