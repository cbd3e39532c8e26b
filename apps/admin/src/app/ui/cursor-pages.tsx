// Paging through a filtered list the way the API pages: by cursor. Another filter starts again at
// the first page; "previous" walks back through the cursors this list has seen. One bar for every
// list: "21–40 of 312", a spinner while the next page loads, and the two buttons.
import { Button, Group, Loader, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganizerLocale } from '../i18n/organizer-i18n';
import { formatNumber } from './format';

export interface CursorPages {
  /** The `after` of the page on screen. */
  after: string | null;
  /** Its first row's number, from 1. */
  firstRow: number;
  hasPrevious: boolean;
  previous: () => void;
  next: (endCursor: string | null | undefined) => void;
}

/** `filtersKey` names the filters (e.g. their JSON): when it changes, paging starts again. */
export function useCursorPages(filtersKey: string, pageSize: number): CursorPages {
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({ key: filtersKey, cursors: [null] });
  const cursors = paging.key === filtersKey ? paging.cursors : [null];
  return {
    after: cursors[cursors.length - 1],
    firstRow: (cursors.length - 1) * pageSize + 1,
    hasPrevious: cursors.length > 1,
    previous: () => setPaging({ key: filtersKey, cursors: cursors.slice(0, -1) }),
    next: (endCursor) => {
      if (endCursor) setPaging({ key: filtersKey, cursors: [...cursors, endCursor] });
    },
  };
}

interface PagerBarProps {
  pages: CursorPages;
  /** Rows on this page, and in all. */
  rows: number;
  total: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  /** The navigation's accessible name: "Pages of drives". */
  label: string;
  loading?: boolean;
  /** The rows on screen are the last filter's, while this one's load: their cursors are not ours. */
  stale?: boolean;
  testId?: string;
  /** More status beside the count (e.g. "refreshing while messages go out"). */
  children?: ReactNode;
}

export function PagerBar({ pages, rows, total, pageInfo, label, loading = false, stale = false, testId, children }: PagerBarProps) {
  const { t } = useTranslation('common');
  const [locale] = useOrganizerLocale();
  const n = (value: number) => formatNumber(value, locale);
  return (
    <Group justify="space-between" mt="md" wrap="wrap" component="nav" aria-label={label}>
      <Group gap="xs">
        <Text size="sm" c="dimmed" aria-live="polite" data-testid={testId}>
          {t('pager.range', { from: n(pages.firstRow), to: n(pages.firstRow + rows - 1), total: n(total) })}
        </Text>
        {loading && <Loader size="xs" aria-hidden />}
        {children}
      </Group>
      {(pages.hasPrevious || pageInfo.hasNextPage) && (
        <Group gap="xs">
          <Button variant="default" size="xs" disabled={!pages.hasPrevious || stale} onClick={pages.previous}>
            {t('pager.previous')}
          </Button>
          <Button variant="default" size="xs" disabled={!pageInfo.hasNextPage || !pageInfo.endCursor || stale} onClick={() => pages.next(pageInfo.endCursor)}>
            {t('pager.next')}
          </Button>
        </Group>
      )}
    </Group>
  );
}
