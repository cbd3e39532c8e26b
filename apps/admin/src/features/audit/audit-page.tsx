// Admins: the audit log — who read or exported personal data, changed accounts or sent call-outs,
// when and from where, newest first, filtered by action and by person, "load more" for older ones.
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/ui/page-header';
import { EmptyState, ErrorNotice, Loading } from '../../app/ui/query-state';
import { AuditTable } from './audit-table';
import { AUDIT_ACTIONS, useAuditLog, type AuditLogState } from './use-audit-log';

export function AuditPage() {
  const { t } = useTranslation('audit');
  const log = useAuditLog();
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <AuditFilters log={log} />
      <AuditResults log={log} />
    </>
  );
}

function AuditFilters({ log }: { log: AuditLogState }) {
  const { t } = useTranslation('audit');
  return (
    <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
      <Select
        label={t('filters.action')}
        placeholder={t('filters.allActions')}
        data={AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`action.${action}`) }))}
        value={log.action}
        onChange={log.setAction}
        clearable
        w={260}
      />
      <Select
        label={t('filters.actor')}
        placeholder={t('filters.everyone')}
        data={log.actors}
        value={log.actorId}
        onChange={log.setActorId}
        searchable
        clearable
        w={320}
      />
    </Group>
  );
}

function AuditResults({ log }: { log: AuditLogState }) {
  const { t } = useTranslation('audit');
  if (!log.loaded || log.loading) {
    if (log.error) return <ErrorNotice error={log.error} onRetry={log.retry} />;
    return <Loading />;
  }
  if (log.totalCount === 0) {
    return log.filtered ? (
      <EmptyState title={t('noMatch')}>
        <Button variant="light" mt="sm" onClick={log.clearFilters}>
          {t('filters.clear')}
        </Button>
      </EmptyState>
    ) : (
      <EmptyState title={t('empty')} />
    );
  }
  return (
    <Stack gap="sm">
      {log.error && <ErrorNotice error={log.error} onRetry={log.retry} />}
      <AuditTable events={log.events} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('shown', { shown: log.events.length, total: log.totalCount })}
        </Text>
        {log.hasMore && (
          <Button variant="default" onClick={log.loadMore} loading={log.loadingMore}>
            {t('loadMore')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
