// A drive's sign-ups for organizers: filter by status, shift, team or college, search by name,
// e-mail or phone, page through them, open a person, write to them, take them away as CSV or
// bring paper forms in. The filters live in the address, so a filtered view can be bookmarked or sent to a colleague.
import { useQuery } from '@apollo/client/react';
import { Button, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconMail, IconUpload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { SignUpsDriveDocument, SignUpsListDocument, SignUpsWaitlistDocument, type SignUpsDriveQuery, type SignUpsRowFragment } from '../../generated/graphql';
import { useMayChange } from '../../app/auth/use-session';
import { DriveNav } from '../../app/layout/drive-nav';
import { PagerBar, useCursorPages } from '../../app/ui/cursor-pages';
import { PageHeader } from '../../app/ui/page-header';
import { EmptyState, ErrorNotice, Loading } from '../../app/ui/query-state';
import { downloadSignUpsCsv } from './csv-export';
import { ImportModal } from './import-modal';
import { MessageSignUpsModal } from './message-sign-ups-modal';
import { wallTime } from './import-template';
import { SignUpDrawer } from './sign-up-drawer';
import { activeFilterCount, filtersFromQuery, queryWithFilters, waitlistPositions, type SignUpsFilters } from './sign-ups-filters';
import { SignUpsFiltersBar } from './sign-ups-filters-bar';
import { SignUpsTable } from './sign-ups-table';

export const SIGN_UPS_PER_PAGE = 50;

type Drive = NonNullable<SignUpsDriveQuery['drive']>;

export function SignUpsPage({ id }: { id: string }) {
  const { t } = useTranslation('signUps');
  const driveQuery = useQuery(SignUpsDriveDocument, { variables: { id } });
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromQuery(params), [params]);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [messaging, setMessaging] = useState(false);
  // Viewers take the list away as CSV; bringing paper forms in changes it.
  const mayChange = useMayChange();

  const drive = driveQuery.data?.drive;
  if (!drive) {
    if (driveQuery.loading) return <Loading />;
    if (driveQuery.error) return <ErrorNotice error={driveQuery.error} onRetry={() => void driveQuery.refetch()} />;
    return <EmptyState title={t('notFound')} />;
  }

  const exportCsv = async () => {
    setExporting(true);
    try {
      await downloadSignUpsCsv(drive.id, drive.slug);
    } catch {
      notifications.show({ color: 'red', message: t('export.failed') });
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t('title', { title: drive.title })}
        actions={
          <>
            <Tooltip label={t('export.hint')} multiline w={260}>
              <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void exportCsv()} loading={exporting}>
                {t('export.button')}
              </Button>
            </Tooltip>
            {mayChange && (
              <Button variant="default" leftSection={<IconMail size={16} />} onClick={() => setMessaging(true)}>
                {t('message.button')}
              </Button>
            )}
            {mayChange && (
              <Button variant="default" leftSection={<IconUpload size={16} />} onClick={() => setImporting(true)} disabled={drive.status === 'CLOSED'}>
                {t('import.button')}
              </Button>
            )}
          </>
        }
      />
      <DriveNav driveId={drive.id} active="signUps" />
      <SignUpsFiltersBar
        filters={filters}
        options={{
          timeZone: drive.timeZone,
          driveKind: drive.kind,
          shifts: drive.shifts,
          teams: drive.leaderboard.map((row) => row.team),
          colleges: drive.collegeLeaderboard.map((row) => row.college),
        }}
        onChange={(next) => setParams((previous) => queryWithFilters(previous, next), { replace: true })}
      />
      <SignUpsList drive={drive} filters={filters} onClear={() => setParams((previous) => queryWithFilters(previous, {}), { replace: true })} />
      <MessageSignUpsModal opened={messaging} onClose={() => setMessaging(false)} drive={drive} teams={drive.leaderboard.map((row) => row.team)} />
      <ImportModal
        opened={importing}
        onClose={() => setImporting(false)}
        drive={drive}
        exampleShift={drive.shifts[0] ? wallTime(drive.shifts[0].startsAt, drive.timeZone) : wallTime(drive.startsAt, drive.timeZone)}
      />
    </>
  );
}

interface SignUpsListProps {
  drive: Drive;
  filters: SignUpsFilters;
  onClear: () => void;
}

/** The filtered sign-ups, a page at a time; changing a filter starts again at the first page. */
function SignUpsList({ drive, filters, onClear }: SignUpsListProps) {
  const { t } = useTranslation('signUps');
  const pages = useCursorPages(JSON.stringify(filters), SIGN_UPS_PER_PAGE);
  const [open, setOpen] = useState<SignUpsRowFragment | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(SignUpsListDocument, {
    variables: { driveId: drive.id, first: SIGN_UPS_PER_PAGE, after: pages.after, ...filters },
  });
  const waitlistQuery = useQuery(SignUpsWaitlistDocument, { variables: { driveId: drive.id } });
  const waitlist = useMemo(() => waitlistPositions(waitlistQuery.data?.signUps.edges.map((e) => e.node) ?? []), [waitlistQuery.data]);

  const shown = data ?? previousData;
  if (!shown) {
    if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
    return <Loading />;
  }
  const { totalCount, edges, pageInfo } = shown.signUps;
  const rows = edges.map((e) => e.node);
  // The drawer follows the row as actions change it (the cache updates the list).
  const current = open ? (rows.find((row) => row.id === open.id) ?? open) : null;
  const filtered = activeFilterCount(filters) > 0;
  const stale = loading && !data;

  return (
    <>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {totalCount === 0 && !loading ? (
        <EmptyState title={filtered ? t('empty.noMatch') : t('empty.none')}>
          {filtered ? (
            <Button variant="light" mt="sm" onClick={onClear}>
              {t('filters.clear')}
            </Button>
          ) : (
            t(drive.status === 'DRAFT' ? 'empty.draft' : 'empty.noneBody')
          )}
        </EmptyState>
      ) : (
        <>
          <div style={{ opacity: stale ? 0.6 : 1 }} aria-busy={loading}>
            <SignUpsTable rows={rows} timeZone={drive.timeZone} driveKind={drive.kind} waitlist={waitlist} onOpen={setOpen} />
          </div>
          <PagerBar pages={pages} rows={edges.length} total={totalCount} pageInfo={pageInfo} label={t('pages')} loading={loading} stale={stale} testId="sign-ups-count" />
        </>
      )}
      <SignUpDrawer signUp={current} drive={drive} waitlistPosition={current ? waitlist.get(current.id) : undefined} onClose={() => setOpen(null)} />
    </>
  );
}
