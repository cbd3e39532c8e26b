// How many volunteers a call-out would reach, asked as the organizer changes the filters.
import { useQuery } from '@apollo/client/react';
import { Alert, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MessagesCallOutAudienceDocument, type CallOutInput } from '../../generated/graphql';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatNumber } from '../../app/ui/format';
import { ErrorNotice } from '../../app/ui/query-state';

export function useAudienceCount(input: CallOutInput) {
  // Always asked again: the audience changes as people sign up, donate or unsubscribe.
  const { data, previousData, loading, error, refetch } = useQuery(MessagesCallOutAudienceDocument, {
    variables: { input },
    fetchPolicy: 'network-only',
  });
  const shown = data ?? previousData;
  return { count: shown ? shown.callOutAudience : null, loading, error, refetch };
}

interface AudienceCountProps {
  count: number | null;
  counting: boolean;
  error: unknown;
  onRetry: () => void;
}

export function AudienceCount({ count, counting, error, onRetry }: AudienceCountProps) {
  const { t } = useTranslation('messages');
  const [locale] = useOrganizerLocale();
  if (error && count === null) return <ErrorNotice error={error} onRetry={onRetry} />;
  if (count === 0 && !counting) {
    return (
      <Alert color="yellow" title={t('callOut.nobodyTitle')} role="status" data-testid="call-out-audience">
        {t('callOut.nobodyBody')}
      </Alert>
    );
  }
  return (
    <Paper withBorder p="md" role="status" aria-live="polite" aria-busy={counting} data-testid="call-out-audience">
      <Group gap="md" wrap="nowrap">
        <IconUsers size={28} aria-hidden color="var(--mantine-color-red-6)" />
        <Stack gap={0} style={{ flex: 1 }}>
          <Group gap="xs">
            <Text size="xl" fw={700} data-testid="call-out-count" style={{ opacity: counting ? 0.5 : 1 }}>
              {count === null ? '…' : formatNumber(count, locale)}
            </Text>
            {counting && <Loader size="xs" aria-label={t('callOut.counting')} />}
          </Group>
          <Text size="sm">{t('callOut.audience', { count: count ?? 0 })}</Text>
          <Text size="xs" c="dimmed">
            {t('callOut.audienceRule')}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
