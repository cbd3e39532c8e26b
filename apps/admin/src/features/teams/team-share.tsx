// A team's share link for a drive and its QR code: copy the link for a chat, download the QR as a
// PNG for slides, or print an A4 poster for the noticeboard. Team leads use it on their pages too.
import { useQuery } from '@apollo/client/react';
import { ActionIcon, Button, CopyButton, Group, Image, Portal, SegmentedControl, Select, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload, IconPrinter } from '@tabler/icons-react';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TeamsShareableDrivesDocument } from '../../generated/graphql';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDateTime } from '../../app/ui/format';
import { EmptyState } from '../../app/ui/query-state';
import { qrFileName, shareLink, type ShareChannel } from './share-link';
import './team-share.css';

export interface TeamShareProps {
  team: { code: string; name: string; collegeName?: string | null };
  /** The drive to share; when absent, the component lets the user pick a published drive. */
  drive?: { slug: string; title: string; startsAt?: string; location?: string; timeZone?: string } | null;
}

/** Big enough to print sharp on A4 and to scan from across a corridor. */
const QR_PIXELS = 1024;
const CHANNELS: ShareChannel[] = ['LINK', 'CHAT', 'QR', 'POSTER'];

export function TeamShare({ team, drive: given }: TeamShareProps) {
  const { t } = useTranslation('teams');
  const [locale] = useOrganizerLocale();
  const drives = useQuery(TeamsShareableDrivesDocument, { skip: Boolean(given) });
  const options = drives.data?.drives.edges.map((e) => e.node) ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  const drive = given ?? options.find((d) => d.slug === picked) ?? options[0] ?? null;
  const [channel, setChannel] = useState<ShareChannel>('LINK');
  const [qr, setQr] = useState<{ screen: string; poster: string } | null>(null);

  const link = drive ? shareLink(window.location.origin, drive.slug, team.code, channel) : null;
  // A scanned code says where it hung: a screen or slide (QR), or the printed poster.
  const qrLink = drive ? shareLink(window.location.origin, drive.slug, team.code, channel === 'POSTER' ? 'POSTER' : 'QR') : null;
  const posterLink = drive ? shareLink(window.location.origin, drive.slug, team.code, 'POSTER') : null;
  useEffect(() => {
    if (!qrLink || !posterLink) return;
    let current = true;
    const draw = (text: string) => QRCode.toDataURL(text, { errorCorrectionLevel: 'M', width: QR_PIXELS, margin: 2 });
    void Promise.all([draw(qrLink), draw(posterLink)]).then(([screen, poster]) => current && setQr({ screen, poster }));
    return () => {
      current = false;
    };
  }, [qrLink, posterLink]);

  if (!drive) {
    return drives.loading ? null : <EmptyState title={t('share.noDrive')}>{t('share.noDriveBody')}</EmptyState>;
  }
  const when = drive.startsAt ? formatDateTime(drive.startsAt, locale, drive.timeZone) : null;
  return (
    <Stack gap="sm">
      {!given && options.length > 1 && (
        <Select
          label={t('share.drive')}
          data={options.map((d) => ({ value: d.slug, label: d.title }))}
          value={drive.slug}
          onChange={setPicked}
          allowDeselect={false}
        />
      )}
      <SegmentedControl
        aria-label={t('share.channel')}
        value={channel}
        onChange={(value) => setChannel(value as ShareChannel)}
        data={CHANNELS.map((c) => ({ value: c, label: t(`share.channels.${c}`) }))}
      />
      <TextInput
        label={t('share.link', { title: drive.title })}
        value={link ?? ''}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        data-testid="share-link"
        rightSection={
          <CopyButton value={link ?? ''} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('share.copied') : t('share.copy')}>
                <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={t('share.copy')}>
                  {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        }
      />
      {qr && (
        <Group align="flex-start" gap="md" wrap="wrap">
          <Image src={qr.screen} w={180} h={180} alt={t('share.qrAlt', { team: team.name, title: drive.title })} radius="sm" style={{ border: '1px solid var(--mantine-color-gray-3)' }} />
          <Stack gap="xs">
            <Text size="sm" c="dimmed" maw={320}>
              {t('share.qrHelp')}
            </Text>
            <Button component="a" href={qr.screen} download={qrFileName(team.name, drive.slug)} variant="light" leftSection={<IconDownload size={16} />}>
              {t('share.downloadPng')}
            </Button>
            <Button variant="light" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
              {t('share.printPoster')}
            </Button>
          </Stack>
        </Group>
      )}
      {qr && (
        // Only printed: the rest of the app hides itself on paper (team-share.css).
        <Portal>
          <div className="team-poster" data-testid="team-poster">
            <Title order={1}>{drive.title}</Title>
            {(when || drive.location) && <p className="team-poster-when">{[when, drive.location].filter(Boolean).join(' · ')}</p>}
            <p className="team-poster-team">{t('share.posterTeam', { team: team.name, college: team.collegeName ?? '' }).replace(/ · $/, '')}</p>
            <img src={qr.poster} alt="" className="team-poster-qr" />
            <p className="team-poster-cta">{t('share.posterCta')}</p>
            <p className="team-poster-link">{posterLink?.replace(/^https?:\/\//, '')}</p>
            <p className="team-poster-code">{t('share.posterCode', { code: team.code })}</p>
          </div>
        </Portal>
      )}
    </Stack>
  );
}
