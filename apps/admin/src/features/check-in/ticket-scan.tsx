// "Scan ticket" at the desk: the camera looks for the QR code on the person's phone or printout
// and opens their card. A ticket of another drive, or of nobody, says so; the search box stays
// for everyone else.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, Modal, Stack, Text, Title } from '@mantine/core';
import { IconQrcode } from '@tabler/icons-react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckInByTicketDocument, type DriveKind } from '../../generated/graphql';
import { errorCode } from '../../app/api/errors';
import { ErrorNotice } from '../../app/ui/query-state';
import { CheckInCard } from './check-in-card';
import { useTicketScanner } from './use-ticket-scanner';

export function ScanTicketButton({ driveId, onFound }: { driveId: string; onFound: (ticket: string) => void }) {
  const { t } = useTranslation('checkIn');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="xl" variant="light" leftSection={<IconQrcode size={26} />} onClick={() => setOpen(true)}>
        {t('scan.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('scan.title')} size="lg">
        {open && (
          <Scanner
            driveId={driveId}
            onFound={(ticket) => {
              setOpen(false);
              onFound(ticket);
            }}
          />
        )}
      </Modal>
    </>
  );
}

function Scanner({ driveId, onFound }: { driveId: string; onFound: (ticket: string) => void }) {
  const { t } = useTranslation('checkIn');
  const client = useApolloClient();
  const videoRef = useRef<HTMLVideoElement>(null);
  // A ticket read is looked up once; the camera starts again after a miss.
  const [looking, setLooking] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [missed, setMissed] = useState(false);

  const lookUp = useCallback(
    async (ticket: string) => {
      setLooking(true);
      setMissed(false);
      setFailure(null);
      try {
        const { data } = await client.query({ query: CheckInByTicketDocument, variables: { driveId, ticket }, fetchPolicy: 'network-only' });
        // Found: the answer is in the cache, where the card reads it (ScannedPerson).
        if (data) return onFound(ticket);
      } catch (error) {
        if (errorCode(error) === 'NOT_FOUND') setMissed(true);
        else setFailure(error);
      }
      setLooking(false);
    },
    [client, driveId, onFound],
  );
  const state = useTicketScanner(videoRef, !looking, (ticket) => void lookUp(ticket));

  return (
    <Stack>
      <video ref={videoRef} muted playsInline aria-label={t('scan.video')} data-testid="ticket-video" style={{ width: '100%', maxHeight: '60vh', background: '#000', borderRadius: 8 }} />
      {missed && (
        <Alert color="orange" title={t('scan.notFound')}>
          {t('scan.notFoundHint')}
        </Alert>
      )}
      {failure ? <ErrorNotice error={failure} /> : null}
      <Text size="lg" role="status" aria-live="polite">
        {looking ? t('scan.looking') : t(`scan.state.${state}`)}
      </Text>
    </Stack>
  );
}

/**
 * The card of the person whose ticket was scanned, read from what the scan fetched and kept up to
 * date as the desk checks them in and records what happened.
 */
export function ScannedPerson({ driveId, ticket, drive, day }: { driveId: string; ticket: string; drive: { kind: DriveKind; minAge: number | null; maxAge: number | null; timeZone: string }; day: string }) {
  const { t } = useTranslation('checkIn');
  const scanned = useQuery(CheckInByTicketDocument, { variables: { driveId, ticket } });
  if (!scanned.data) return scanned.error ? <ErrorNotice error={scanned.error} /> : null;
  return (
    <Stack gap="md">
      <Title order={2} size="h4" c="dimmed">
        {t('scan.found')}
      </Title>
      <CheckInCard signUp={scanned.data.signUpByTicket} drive={drive} day={day} />
    </Stack>
  );
}
