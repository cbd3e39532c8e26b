// The audit page's state: the filters (action, actor) kept in the address so a filtered view
// survives a reload and can be shared with another admin, the events loaded so far (newest
// first) and "load more", which appends the next page below them.
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useSearchParams } from 'wouter';
import { AuditAction as Actions } from '@life-relay/domain';
import { AuditActorsDocument, AuditEventsDocument, type AuditAction } from '../../generated/graphql';

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_ACTIONS = Object.values(Actions) as AuditAction[];

const isAuditAction = (value: string | null): value is AuditAction => AUDIT_ACTIONS.includes(value as AuditAction);

export function useAuditLog() {
  const [params, setParams] = useSearchParams();
  const actionParam = params.get('action');
  const action = isAuditAction(actionParam) ? actionParam : null;
  const actorId = params.get('actor') || null;

  const setFilter = useCallback(
    (name: 'action' | 'actor', value: string | null) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const events = useQuery(AuditEventsDocument, { variables: { first: AUDIT_PAGE_SIZE, action, actorId }, notifyOnNetworkStatusChange: true });
  const actors = useQuery(AuditActorsDocument);
  const page = events.data?.auditEvents;

  const { fetchMore } = events;
  const endCursor = page?.pageInfo.endCursor ?? null;
  const loadMore = useCallback(() => {
    if (!endCursor) return;
    void fetchMore({
      variables: { after: endCursor },
      // The next page goes below the ones shown (not instead of them).
      updateQuery: (previous, { fetchMoreResult }) => ({
        auditEvents: { ...fetchMoreResult.auditEvents, edges: [...previous.auditEvents.edges, ...fetchMoreResult.auditEvents.edges] },
      }),
    });
  }, [fetchMore, endCursor]);

  return {
    action,
    actorId,
    setAction: (value: string | null) => setFilter('action', value),
    setActorId: (value: string | null) => setFilter('actor', value),
    clearFilters: () => setParams(new URLSearchParams(), { replace: true }),
    filtered: action !== null || actorId !== null,
    events: page?.edges.map((edge) => edge.node) ?? [],
    totalCount: page?.totalCount ?? 0,
    hasMore: page?.pageInfo.hasNextPage ?? false,
    loadMore,
    loading: events.networkStatus === NetworkStatus.loading || events.networkStatus === NetworkStatus.setVariables,
    loadingMore: events.networkStatus === NetworkStatus.fetchMore,
    loaded: page !== undefined,
    error: events.error,
    retry: () => void events.refetch(),
    actors: (actors.data?.users ?? []).map((user) => ({ value: user.id, label: `${user.name} · ${user.email}` })),
  };
}

export type AuditLogState = ReturnType<typeof useAuditLog>;
