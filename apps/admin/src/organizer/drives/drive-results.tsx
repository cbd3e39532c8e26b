// One page of the drive list for the chosen filters, with the pager. The API pages by cursor, so
// "previous" walks back through the cursors this list has seen.
import { useQuery } from '@apollo/client/react';
import { Button, Group, Loader, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DrivesListDocument, type DriveStatus } from '../../generated/graphql';
import { useOrganizerLocale } from '../i18n/i18n';
import { formatNumber } from '../ui/format';
import { EmptyState, ErrorNotice, Loading } from '../ui/query-state';
import { DrivesTable } from './drives-table';

export const DRIVES_PER_PAGE = 20;

interface DriveResultsProps {
  status: DriveStatus | null;
  search: string;
  onClearFilters: () => void;
}

export function DriveResults({ status, search, onClearFilters }: DriveResultsProps) {
  const { t } = useTranslation('drives');
  const [locale] = useOrganizerLocale();
  // Other filters start again at the first page.
  const filters = `${status}|${search}`;
  const [paging, setPaging] = useState<{ filters: string; cursors: (string | null)[] }>({ filters, cursors: [null] });
  const cursors = paging.filters === filters ? paging.cursors : [null];
  const after = cursors[cursors.length - 1];

  const { data, previousData, loading, error, refetch } = useQuery(DrivesListDocument, {
    variables: { first: DRIVES_PER_PAGE, after, status, search: search || null },
  });
  // While the next filter's answer is on its way, the last one stays on screen.
  const shown = data ?? previousData;

  if (!shown) {
    if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
    return <Loading />;
  }
  const { totalCount, edges, pageInfo } = shown.drives;
  const filtered = status !== null || search !== '';

  if (totalCount === 0 && !loading) {
    return filtered ? (
      <EmptyState title={t('list.noMatchTitle')}>
        {search ? t('list.noMatchSearch', { search }) : t('list.noMatchStatus')}
        <br />
        <Button variant="light" mt="sm" onClick={onClearFilters}>
          {t('list.clearFilters')}
        </Button>
      </EmptyState>
    ) : (
      <EmptyState title={t('list.emptyTitle')}>
        {t('list.emptyBody')}
        <br />
        <Button component={Link} href="/drives/new" mt="sm" leftSection={<IconPlus size={16} />}>
          {t('list.createFirst')}
        </Button>
      </EmptyState>
    );
  }

  const first = (cursors.length - 1) * DRIVES_PER_PAGE + 1;
  const last = first + edges.length - 1;
  // Showing the last answer while the next one loads: its cursors are not this page's.
  const stale = loading && !data;
  const go = (next: (string | null)[]) => setPaging({ filters, cursors: next });

  return (
    <>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      <div style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 120ms' }} aria-busy={loading}>
        <DrivesTable drives={edges.map((edge) => edge.node)} />
      </div>
      <Group justify="space-between" mt="md" wrap="wrap" component="nav" aria-label={t('list.pages')}>
        <Group gap="xs">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('list.range', { from: formatNumber(first, locale), to: formatNumber(last, locale), total: formatNumber(totalCount, locale) })}
          </Text>
          {loading && <Loader size="xs" aria-hidden />}
        </Group>
        {(cursors.length > 1 || pageInfo.hasNextPage) && (
          <Group gap="xs">
            <Button variant="default" size="xs" disabled={cursors.length <= 1 || stale} onClick={() => go(cursors.slice(0, -1))}>
              {t('list.previous')}
            </Button>
            <Button
              variant="default"
              size="xs"
              disabled={!pageInfo.hasNextPage || !pageInfo.endCursor || stale}
              onClick={() => go([...cursors, pageInfo.endCursor])}
            >
              {t('list.next')}
            </Button>
          </Group>
        )}
      </Group>
    </>
  );
}
