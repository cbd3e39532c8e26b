// The desk's connection and queue at a glance: offline or not, how many taps wait to be synced
// ("3 waiting to sync"), and the taps the server refused ("Could not sync"), each with the person's
// name and what happened, until someone at the desk has read it. Mounting it starts the sync and
// the service worker: only the desk's page does.
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, CloseButton, Group, List, Paper, Text } from '@mantine/core';
import { IconCloudOff, IconRefresh } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { deskQueue } from './desk-queue';
import { syncDeskQueue, syncWhenOnline } from './desk-sync';
import { registerDeskWorker } from './register-desk-worker';
import { useDeskQueue, useOnline } from './use-desk-queue';

export function DeskSyncBar() {
  const { t } = useTranslation('deskOffline');
  const { t: tc } = useTranslation('checkIn');
  const client = useApolloClient();
  const { pending, failed } = useDeskQueue();
  const online = useOnline();

  useEffect(() => syncWhenOnline(client), [client]);
  useEffect(() => registerDeskWorker(), []);

  return (
    <>
      {(!online || pending.length > 0) && (
        <Paper withBorder p="sm" mb="sm" bg={online ? undefined : 'yellow.0'} role="status" aria-live="polite" data-desk-sync>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Group gap="xs" wrap="nowrap">
              {!online && <IconCloudOff size={20} aria-hidden />}
              <Text fw={600}>{!online ? t('offline') : null}</Text>
              {pending.length > 0 && <Text fw={700}>{t('waiting', { count: pending.length })}</Text>}
            </Group>
            {online && pending.length > 0 && (
              <Button variant="light" leftSection={<IconRefresh size={16} />} onClick={() => void syncDeskQueue(client)}>
                {t('syncNow')}
              </Button>
            )}
          </Group>
        </Paper>
      )}
      {failed.length > 0 && (
        <Alert color="red" title={t('failedTitle')} mb="sm" role="alert" data-desk-failed>
          <Text size="sm" mb="xs">
            {t('failedHint')}
          </Text>
          <List spacing="xs">
            {failed.map((tap) => (
              <List.Item key={tap.operationId}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="sm">{t('failedItem', { name: tap.name, action: tc(`actions.${tap.action}`), message: tap.message })}</Text>
                  <CloseButton size="sm" aria-label={t('dismissLabel', { name: tap.name })} onClick={() => void deskQueue.dismiss(tap.operationId)} />
                </Group>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}

/** Above search results found on the tablet rather than on the server. */
export function OfflineResultsNote() {
  const { t } = useTranslation('deskOffline');
  return (
    <Text c="orange.8" size="sm">
      {t('offlineResults')}
    </Text>
  );
}
