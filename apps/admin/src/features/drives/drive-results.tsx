// One page of the drive list for the chosen filters, with the pager.
import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DrivesListDocument, type DriveStatus } from '../../generated/graphql';
import { useMayChange } from '../../app/auth/use-session';
import { PagerBar, useCursorPages } from '../../app/ui/cursor-pages';
import { EmptyState, ErrorNotice, Loading } from '../../app/ui/query-state';
import { DrivesTable } from './drives-table';

export const DRIVES_PER_PAGE = 20;

interface DriveResultsProps {
  status: DriveStatus | null;
  search: string;
  onClearFilters: () => void;
}

export function DriveResults({ status, search, onClearFilters }: DriveResultsProps) {
  const { t } = useTranslation('drives');
  const pages = useCursorPages(`${status}|${search}`, DRIVES_PER_PAGE);
  const mayChange = useMayChange();
  const { data, previousData, loading, error, refetch } = useQuery(DrivesListDocument, {
    variables: { first: DRIVES_PER_PAGE, after: pages.after, status, search: search || null },
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
        {mayChange && (
          <>
            {t('list.emptyBody')}
            <br />
            <Button component={Link} href="/drives/new" mt="sm" leftSection={<IconPlus size={16} />}>
              {t('list.createFirst')}
            </Button>
          </>
        )}
      </EmptyState>
    );
  }

  // Showing the last answer while the next one loads: its cursors are not this page's.
  const stale = loading && !data;

  return (
    <>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      <div style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 120ms' }} aria-busy={loading}>
        <DrivesTable drives={edges.map((edge) => edge.node)} />
      </div>
      <PagerBar pages={pages} rows={edges.length} total={totalCount} pageInfo={pageInfo} label={t('list.pages')} loading={loading} stale={stale} />
    </>
  );
}
