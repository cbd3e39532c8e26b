// The dashboard's header: which drive, its status, when and where (in the drive's own time zone),
// its lifecycle buttons, and the links organizers hand out: the public form and the leaderboard.
import { ActionIcon, Anchor, Card, CopyButton, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconExternalLink, IconMapPin, IconTrophy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DashboardDriveQuery } from '../../generated/graphql';
import { DriveActions } from '../drives/drive-actions';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDateTime, formatTime } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/page-header';
import { ZoneLabel } from '../../app/ui/zone-label';
import { dayIn } from './dashboard-figures';
import { DriveStatusBadge } from '../drives/drive-status-badge';

export type DashboardDrive = NonNullable<DashboardDriveQuery['drive']>;

function When({ drive }: { drive: DashboardDrive }) {
  const [locale] = useOrganizerLocale();
  const sameDay = dayIn(drive.startsAt, drive.timeZone) === dayIn(drive.endsAt, drive.timeZone);
  const end = sameDay ? formatTime(drive.endsAt, locale, drive.timeZone) : formatDateTime(drive.endsAt, locale, drive.timeZone);
  return (
    <Text span size="sm">
      {formatDateTime(drive.startsAt, locale, drive.timeZone)} – {end}
      <ZoneLabel timeZone={drive.timeZone} at={drive.startsAt} />
    </Text>
  );
}

export function DriveSummary({ drive }: { drive: DashboardDrive }) {
  const { t: td } = useTranslation('drives');
  return (
    <>
      <PageHeader
        title={drive.title}
        description={
          <Stack gap={4}>
            <Group gap="xs" wrap="wrap">
              <DriveStatusBadge status={drive.status} />
              <Text span size="sm" c="dimmed">
                {td(`kinds.${drive.kind}`)}
              </Text>
              <When drive={drive} />
            </Group>
            <Group gap={4} wrap="nowrap">
              <IconMapPin size={14} aria-hidden />
              <Text span size="sm">
                {drive.location}
              </Text>
            </Group>
          </Stack>
        }
        actions={<DriveActions drive={drive} />}
      />
      <PublicLinks drive={drive} />
    </>
  );
}

/** The sign-up form's address to paste into a chat, and the leaderboard to put on a screen. */
function PublicLinks({ drive }: { drive: DashboardDrive }) {
  const { t } = useTranslation('dashboard');
  const path = `/d/${encodeURIComponent(drive.slug)}`;
  const signUpUrl = `${window.location.origin}${path}`;
  const note = drive.status === 'DRAFT' ? t('links.draftNote') : drive.status === 'CLOSED' ? t('links.closedNote') : t('links.publishedNote');
  return (
    <Card withBorder padding="sm" mb="lg">
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          label={t('links.signUp')}
          description={note}
          value={signUpUrl}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: '1 1 320px' }}
          data-testid="sign-up-link"
          rightSection={
            <CopyButton value={signUpUrl} timeout={2000}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('links.copied') : t('links.copy')} withArrow>
                  <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={copied ? t('links.copied') : t('links.copy')}>
                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          }
        />
        <Group gap="md" pb={drive.status === 'DRAFT' ? 0 : 6} wrap="wrap">
          {drive.status !== 'DRAFT' && (
            <>
              <Anchor href={path} target="_blank" rel="noopener" size="sm">
                <Group gap={4} wrap="nowrap" component="span">
                  <IconExternalLink size={14} aria-hidden />
                  {t('links.openForm')}
                </Group>
              </Anchor>
              <Anchor href={`${path}/leaderboard`} target="_blank" rel="noopener" size="sm">
                <Group gap={4} wrap="nowrap" component="span">
                  <IconTrophy size={14} aria-hidden />
                  {t('links.leaderboard')}
                </Group>
              </Anchor>
            </>
          )}
        </Group>
      </Group>
    </Card>
  );
}
