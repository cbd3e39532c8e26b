// The drive a call-out invites people to sign up for: only published drives take sign-ups.
import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MessagesCallOutDrivesDocument, type DriveKind } from '../../generated/graphql';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDate } from '../../app/ui/format';

interface CallOutDriveSelectProps {
  value: string | null;
  error?: string | null | React.ReactNode;
  onChange: (driveId: string | null, kind: DriveKind | null) => void;
}

export function CallOutDriveSelect({ value, error, onChange }: CallOutDriveSelectProps) {
  const { t } = useTranslation('messages');
  const [locale] = useOrganizerLocale();
  const { data, loading } = useQuery(MessagesCallOutDrivesDocument);
  const drives = data?.drives.edges.map((edge) => edge.node) ?? [];
  return (
    <Select
      label={t('callOut.drive')}
      description={t('callOut.driveHint')}
      placeholder={loading ? t('callOut.drivesLoading') : drives.length ? t('callOut.noDrive') : t('callOut.noPublishedDrive')}
      data={drives.map((drive) => ({ value: drive.id, label: `${drive.title} · ${formatDate(drive.startsAt, locale, drive.timeZone)}` }))}
      value={value}
      onChange={(id) => onChange(id, drives.find((drive) => drive.id === id)?.kind ?? null)}
      error={error}
      clearable
      searchable
      nothingFoundMessage={t('callOut.noDriveFound')}
    />
  );
}
