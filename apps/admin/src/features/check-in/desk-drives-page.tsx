// Desk staff's start page: the drives whose check-in desk they work, each opening its desk. One
// drive is the usual case; its desk is one tap away.
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconClipboardCheck, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { PageHeader } from '../../app/ui/page-header';
import { EmptyState, QueryState } from '../../app/ui/query-state';
import { DriveStatusBadge } from '../drives/drive-status-badge';
import { ZoneLabel } from '../../app/ui/zone-label';
import { formatDriveWhen } from '../drives/drive-when';
import { useDeskDrives, type DeskDrive } from './use-desk-drives';

export function DeskDrivesPage() {
  const { t } = useTranslation('checkIn');
  const { drives, loading, error, retry } = useDeskDrives();
  return (
    <>
      <PageHeader title={t('desks.title')} description={t('desks.description')} />
      <QueryState data={drives} loading={loading} error={error} onRetry={retry}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('desks.emptyTitle')}>{t('desks.emptyBody')}</EmptyState>
          ) : (
            <Stack gap="md" data-testid="desk-drives">
              {list.map((drive) => (
                <DeskDriveCard key={drive.id} drive={drive} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}

function DeskDriveCard({ drive }: { drive: DeskDrive }) {
  const { t } = useTranslation('checkIn');
  const [locale] = useOrganizerLocale();
  const headingId = `desk-drive-${drive.id}`;
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" align="center" wrap="wrap" gap="md">
        <Stack gap={4}>
          <Group gap="sm">
            <Text id={headingId} fz="xl" fw={700}>
              {drive.title}
            </Text>
            <DriveStatusBadge status={drive.status} />
          </Group>
          <Text size="sm">
            {formatDriveWhen(drive.startsAt, drive.endsAt, locale, drive.timeZone)}
            <ZoneLabel timeZone={drive.timeZone} at={drive.startsAt} />
          </Text>
          <Group gap={4} wrap="nowrap">
            <IconMapPin size={14} aria-hidden />
            <Text size="sm" c="dimmed">
              {drive.location}
            </Text>
          </Group>
        </Stack>
        <Button component={Link} href={`/drives/${drive.id}/check-in`} size="lg" leftSection={<IconClipboardCheck size={20} />} aria-label={t('desks.openNamed', { title: drive.title })}>
          {t('desks.open')}
        </Button>
      </Group>
    </Card>
  );
}
