// Organizers and viewers: the reserve roster (issue 23) — filtered by blood group, verified types,
// opt-in to call-outs and city, sorted, exported as CSV (audited), with availability notes an
// organizer keeps on each person, and the blood service's file of verified types to import.
import { Button, Checkbox, Group, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bloodTypeLabel } from '@life-relay/domain';
import type { BloodType, ReserveSort } from '../../generated/graphql';
import { errorMessage } from '../../app/api/errors';
import { useMayChange } from '../../app/auth/use-session';
import { PageHeader } from '../../app/ui/page-header';
import { EmptyState, ErrorNotice, Loading } from '../../app/ui/query-state';
import { RegionSelect } from '../../app/ui/region-select';
import { BLOOD_TYPES } from '../messages/message-words';
import { BloodServiceImportModal } from './blood-service-import-modal';
import { RESERVE_SORTS } from './reserve-filters';
import { ReserveTable } from './reserve-table';
import { useReserveRoster, type ReserveRosterState } from './use-reserve-roster';

export function ReservePage() {
  const { t } = useTranslation('reserve');
  const { t: tc } = useTranslation('common');
  const roster = useReserveRoster();
  const mayChange = useMayChange();
  const [importing, setImporting] = useState(false);
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            {mayChange && (
              <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setImporting(true)}>
                {t('import.open')}
              </Button>
            )}
            <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={roster.exporting} onClick={() => void roster.exportCsv()}>
              {t('export')}
            </Button>
          </>
        }
      />
      <BloodServiceImportModal opened={importing} onClose={() => setImporting(false)} />
      {roster.exportError !== null && (
        <Text c="red.8" size="sm" mb="sm" role="alert">
          {t('exportFailed')} {errorMessage(roster.exportError, tc)}
        </Text>
      )}
      <ReserveFiltersBar roster={roster} />
      <ReserveResults roster={roster} />
    </>
  );
}

function ReserveFiltersBar({ roster }: { roster: ReserveRosterState }) {
  const { t } = useTranslation('reserve');
  const { filters, change } = roster;
  return (
    <Group mb="md" gap="sm" wrap="wrap" align="flex-end" role="search" aria-label={t('filters.label')}>
      <MultiSelect
        label={t('filters.bloodTypes')}
        placeholder={filters.bloodTypes.length ? undefined : t('filters.everyType')}
        data={BLOOD_TYPES.map((type) => ({ value: type, label: bloodTypeLabel(type) }))}
        value={filters.bloodTypes}
        onChange={(value) => change({ bloodTypes: value as BloodType[] })}
        clearable
        w={260}
      />
      <RegionSelect
        label={t('filters.city')}
        placeholder={t('filters.everyCity')}
        value={filters.regionCode}
        onChange={(regionCode) => change({ regionCode })}
        w={240}
      />
      <Select
        label={t('filters.sort')}
        data={RESERVE_SORTS.map((sort) => ({ value: sort, label: t(`sort.${sort}`) }))}
        value={filters.sort}
        onChange={(sort) => sort && change({ sort: sort as ReserveSort })}
        allowDeselect={false}
        w={240}
      />
      <Stack gap={6} pb={4}>
        <Checkbox label={t('filters.verifiedOnly')} checked={filters.verifiedOnly} onChange={(e) => change({ verifiedOnly: e.currentTarget.checked })} />
        <Checkbox label={t('filters.optedInOnly')} checked={filters.optedInOnly} onChange={(e) => change({ optedInOnly: e.currentTarget.checked })} />
      </Stack>
    </Group>
  );
}

function ReserveResults({ roster }: { roster: ReserveRosterState }) {
  const { t } = useTranslation('reserve');
  if (!roster.loaded || roster.loading) {
    if (roster.error) return <ErrorNotice error={roster.error} onRetry={roster.retry} />;
    return <Loading />;
  }
  if (roster.rows.length === 0) {
    return roster.filtered ? (
      <EmptyState title={t('noMatch')}>
        <Button variant="light" mt="sm" onClick={roster.clearFilters}>
          {t('filters.clear')}
        </Button>
      </EmptyState>
    ) : (
      <EmptyState title={t('empty')} />
    );
  }
  return (
    <Stack gap="sm">
      {roster.error && <ErrorNotice error={roster.error} onRetry={roster.retry} />}
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="reserve-count">
        {t('shown', { count: roster.rows.length })}
      </Text>
      <ReserveTable rows={roster.rows} onSaveNotes={roster.setAvailabilityNotes} />
    </Stack>
  );
}
