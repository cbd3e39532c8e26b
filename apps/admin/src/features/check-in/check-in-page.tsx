// The check-in desk, made for a tablet at the entrance: one big search box (name, phone, part of
// an e-mail, the manage link on the volunteer's phone) and a camera for their ticket, big result cards, one tap to check in and one more to
// record what happened, with the drive's tally on top.
import { useQuery } from '@apollo/client/react';
import { ActionIcon, Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowLeft, IconSearch, IconX } from '@tabler/icons-react';
import { dayInZone } from '@life-relay/domain';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { CheckInDriveDocument, CheckInSearchDocument } from '../../generated/graphql';
import { useSession } from '../../app/auth/use-session';
import { DriveNav } from '../../app/layout/drive-nav';
import { PageHeader } from '../../app/ui/page-header';
import { EmptyState, ErrorNotice, Loading } from '../../app/ui/query-state';
import { CheckInCard } from './check-in-card';
import { CheckInCounters } from './check-in-counters';
import { ScanTicketButton, ScannedPerson } from './ticket-scan';
import { WalkInDesk } from './walk-in-desk';
import { DeskSyncBar, OfflineResultsNote } from './offline/desk-sync-bar';
import { useKeptDrive, useKeptSearch } from './offline/use-kept-desk';

/** Typing this much searches by itself; Enter searches at once. */
const TYPED_ENOUGH = 2;

export function CheckInPage({ id }: { id: string }) {
  const { t } = useTranslation('checkIn');
  const driveQuery = useQuery(CheckInDriveDocument, { variables: { id } });
  // Without a signal, the drive as this tablet last saw it (offline/).
  const drive = useKeptDrive(id, driveQuery.data?.drive, driveQuery.error);
  // Desk staff have no drive tabs: their way back is to the list of their desks.
  const desk = useSession()?.role === 'DESK';

  if (!drive) {
    if (driveQuery.loading) return <Loading />;
    if (driveQuery.error) return <ErrorNotice error={driveQuery.error} onRetry={() => void driveQuery.refetch()} />;
    return <EmptyState title={t('notFound')} />;
  }

  // The drive's day on its own clocks: ages and retry dates count from it, not from the tablet's zone.
  const today = dayInZone(new Date(), drive.timeZone);
  const driveDay = dayInZone(new Date(drive.startsAt), drive.timeZone);
  const day = today > driveDay ? today : driveDay;

  return (
    <>
      {desk && (
        <Anchor component={Link} href="/desk" size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
          <IconArrowLeft size={14} aria-hidden />
          {t('desks.back')}
        </Anchor>
      )}
      <PageHeader title={t('title')} description={drive.title} />
      <DriveNav driveId={id} active="checkIn" />
      <CheckInCounters stats={drive.stats} driveKind={drive.kind} />
      <DeskSyncBar />
      {drive.status === 'DRAFT' && (
        <Text c="orange" mb="sm">
          {t('draftNote')}
        </Text>
      )}
      <WalkInDesk driveId={id} drive={drive} day={day} />
      <DeskSearch driveId={id} drive={drive} day={day} />
    </>
  );
}

interface DeskSearchProps {
  driveId: string;
  drive: { kind: import('../../generated/graphql').DriveKind; minAge: number | null; maxAge: number | null; timeZone: string };
  day: string;
}

function DeskSearch({ driveId, drive, day }: DeskSearchProps) {
  const { t } = useTranslation('checkIn');
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState('');
  // The person whose ticket was scanned: their card alone, until the search box is used again.
  const [scanned, setScanned] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(text.trim(), 400);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  // Enter searches what is typed now; otherwise the search follows the typing after a pause.
  const query = submitted || (debounced.length >= TYPED_ENOUGH ? debounced : '');
  const search = useQuery(CheckInSearchDocument, { variables: { driveId, text: query }, skip: !query, fetchPolicy: 'network-only' });
  // Without a signal, the people already found at this desk (offline/).
  const { results, offline } = useKeptSearch(driveId, query, search.data?.checkInSearch, search.error);

  const clear = () => {
    setText('');
    setSubmitted('');
    setScanned(null);
    inputRef.current?.focus();
  };

  // Up and down move between the result cards; Tab reaches each card's buttons.
  const onResultsKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const cards = Array.from(resultsRef.current?.querySelectorAll<HTMLElement>('[data-desk-card]') ?? []);
    const current = cards.findIndex((card) => card.contains(document.activeElement));
    const next = event.key === 'ArrowDown' ? Math.min(cards.length - 1, current + 1) : current - 1;
    event.preventDefault();
    if (next < 0) inputRef.current?.focus();
    else cards[next]?.focus();
  };

  return (
    <Stack>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(text.trim());
          if (text.trim() === submitted) void search.refetch();
        }}
      >
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            ref={inputRef}
            flex={1}
            size="xl"
            label={t('search.label')}
            description={t('search.hint')}
            placeholder={t('search.placeholder')}
            value={text}
            // Desk staff come back to the box between people: it is where the cursor belongs.
            autoFocus
            autoComplete="off"
            inputMode="search"
            leftSection={<IconSearch size={24} />}
            rightSection={
              text ? (
                <ActionIcon variant="subtle" color="gray" size="xl" onClick={clear} aria-label={t('search.clear')}>
                  <IconX size={22} />
                </ActionIcon>
              ) : null
            }
            onChange={(event) => {
              setText(event.currentTarget.value);
              setSubmitted('');
              setScanned(null);
            }}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') {
                event.preventDefault();
                resultsRef.current?.querySelector<HTMLElement>('[data-desk-card]')?.focus();
              }
            }}
          />
          <Button type="submit" size="xl">
            {t('search.submit')}
          </Button>
          <ScanTicketButton driveId={driveId} onFound={setScanned} />
        </Group>
      </form>
      <div ref={resultsRef} onKeyDown={onResultsKey} aria-live="polite">
        {scanned ? (
          <ScannedPerson driveId={driveId} ticket={scanned} drive={drive} day={day} />
        ) : !query ? (
          <Text c="dimmed" ta="center" py="lg">
            {t('search.start')}
          </Text>
        ) : search.error && !offline ? (
          <ErrorNotice error={search.error} onRetry={() => void search.refetch()} />
        ) : !results ? (
          <Loading label={t('search.searching')} />
        ) : results.length === 0 ? (
          <EmptyState title={t('search.none', { text: query })}>{t('search.noneHint')}</EmptyState>
        ) : (
          <Stack gap="md">
            <Title order={2} size="h4" c="dimmed">
              {t('search.found', { count: results.length })}
            </Title>
            {offline && <OfflineResultsNote />}
            {results.map((signUp) => (
              <CheckInCard key={signUp.id} signUp={signUp} drive={drive} day={day} />
            ))}
          </Stack>
        )}
      </div>
    </Stack>
  );
}
