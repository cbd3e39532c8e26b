// Every drive the organizers run, newest first: find one by status or by a word of its title or
// place, see how far it is from its goals, and act on it from its row. The filters live in the
// address (?status=&q=), so going back from a drive returns to the same list.
import { Button, Group, SegmentedControl, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import type { DriveStatus } from '../../generated/graphql';
import { useMayChange } from '../../app/auth/use-session';
import { PageHeader } from '../../app/ui/page-header';
import { ShortagePanel } from '../organizations/shortage-panel';
import { DriveResults } from './drive-results';

const STATUSES: readonly DriveStatus[] = ['DRAFT', 'PUBLISHED', 'CLOSED'];
const ALL = 'ALL';

function statusFrom(value: string | null): DriveStatus | null {
  return STATUSES.includes(value as DriveStatus) ? (value as DriveStatus) : null;
}

export function DrivesPage() {
  const { t } = useTranslation('drives');
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params.get('status'));
  const search = params.get('q')?.trim() ?? '';
  const [typed, setTyped] = useState(search);
  const mayChange = useMayChange();

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  // Ask the API once the organizer pauses typing, not at every key.
  const searchLater = useDebouncedCallback((text: string) => update({ q: text.trim() || null }), 300);

  const clearFilters = () => {
    searchLater.cancel();
    setTyped('');
    update({ q: null, status: null });
  };

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          mayChange && (
            <Button component={Link} href="/drives/new" leftSection={<IconPlus size={16} />}>
              {t('list.newDrive')}
            </Button>
          )
        }
      />
      <ShortagePanel />
      <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          aria-label={t('list.search')}
          type="search"
          placeholder={t('list.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={typed}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            searchLater(event.currentTarget.value);
          }}
          style={{ flex: '1 1 260px' }}
        />
        <SegmentedControl
          aria-label={t('list.statusFilter')}
          value={status ?? ALL}
          onChange={(value) => update({ status: value === ALL ? null : value })}
          data={[{ value: ALL, label: t('list.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
        />
      </Group>
      <DriveResults status={status} search={search} onClearFilters={clearFilters} />
    </>
  );
}
