// The three states every page has besides its content: loading, failed (with a retry), empty.
import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation('common');
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{label ?? t('state.loading')}</Text>
      </Group>
    </Center>
  );
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('common');
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(error, t)}</Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('state.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack align="center" py="xl" gap="xs">
      <IconInbox size={36} stroke={1.4} color="var(--mantine-color-dimmed)" aria-hidden />
      <Text fw={500}>{title}</Text>
      {children && (
        <Text c="dimmed" size="sm" ta="center" maw={480}>
          {children}
        </Text>
      )}
    </Stack>
  );
}

interface QueryStateProps<T> {
  data: T | undefined;
  loading: boolean;
  error: unknown;
  onRetry?: () => void;
  children: (data: T) => ReactNode;
}

/** Render `children` with the data once there is some; cached data stays up while a refetch runs. */
export function QueryState<T>({ data, loading, error, onRetry, children }: QueryStateProps<T>) {
  if (data) return <>{children(data)}</>;
  if (error) return <ErrorNotice error={error} onRetry={onRetry} />;
  if (loading) return <Loading />;
  return null;
}
