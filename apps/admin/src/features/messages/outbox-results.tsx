// One page of the outbox for the chosen filters, with the pager.
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MessagesOutboxDocument, type OutboxState } from '../../generated/graphql';
import { PagerBar, useCursorPages } from '../../app/ui/cursor-pages';
import { EmptyState, ErrorNotice, Loading } from '../../app/ui/query-state';
import { isBeingSent, type Purpose } from './message-words';
import { OutboxTable } from './outbox-table';

export const MESSAGES_PER_PAGE = 25;
/** How often the list looks again while something on it is still queued. */
export const SENDING_POLL_MS = 4000;
/** How often "is anything due soon?" is asked again (a retry 30 minutes away starts refreshing when it nears). */
const CLOCK_TICK_MS = 15000;

/** The time, renewed every `tickMs`: render stays pure, and time-based decisions still move on. */
function useNow(tickMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);
  return now;
}

interface OutboxResultsProps {
  state: OutboxState | null;
  purpose: Purpose | null;
  recipient: string;
  /** Bumped by the Refresh button. */
  refreshKey: number;
  onClearFilters: () => void;
}

export function OutboxResults({ state, purpose, recipient, refreshKey, onClearFilters }: OutboxResultsProps) {
  const { t } = useTranslation('messages');
  const pages = useCursorPages(`${state}|${purpose}|${recipient}`, MESSAGES_PER_PAGE);
  const after = pages.after;

  const { data, previousData, loading, error, refetch, networkStatus, startPolling, stopPolling } = useQuery(MessagesOutboxDocument, {
    variables: { first: MESSAGES_PER_PAGE, after, state, purpose, recipient: recipient || null },
    notifyOnNetworkStatusChange: true,
  });

  useEffect(() => {
    if (refreshKey > 0) void refetch();
  }, [refreshKey, refetch]);

  const now = useNow(CLOCK_TICK_MS);
  const sending = data?.outbox.edges.some((edge) => isBeingSent(edge.node, now)) ?? false;
  useEffect(() => {
    if (!sending) return;
    startPolling(SENDING_POLL_MS);
    return () => stopPolling();
  }, [sending, startPolling, stopPolling]);

  // While the next filter's answer is on its way, the last one stays on screen.
  const shown = data ?? previousData;
  if (!shown) {
    if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
    return <Loading />;
  }
  const { totalCount, edges, pageInfo } = shown.outbox;
  const filtered = state !== null || purpose !== null || recipient !== '';

  if (totalCount === 0 && !loading) {
    return filtered ? (
      <EmptyState title={t('outbox.noMatchTitle')}>
        {recipient ? t('outbox.noMatchRecipient', { recipient }) : t('outbox.noMatchBody')}
        <br />
        <Button variant="light" mt="sm" onClick={onClearFilters}>
          {t('outbox.clearFilters')}
        </Button>
      </EmptyState>
    ) : (
      <EmptyState title={t('outbox.emptyTitle')}>{t('outbox.emptyBody')}</EmptyState>
    );
  }

  // Showing the last answer while the next one loads: its cursors are not this page's.
  const stale = loading && !data;
  const refreshing = networkStatus === NetworkStatus.refetch || networkStatus === NetworkStatus.poll;

  return (
    <>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      <div style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 120ms' }} aria-busy={loading}>
        <OutboxTable messages={edges.map((edge) => edge.node)} />
      </div>
      <PagerBar
        pages={pages}
        rows={edges.length}
        total={totalCount}
        pageInfo={pageInfo}
        label={t('outbox.pages')}
        loading={loading || refreshing}
        stale={stale}
      >
        {sending && (
          <Text size="sm" c="blue">
            {t('outbox.autoRefresh')}
          </Text>
        )}
      </PagerBar>
    </>
  );
}
