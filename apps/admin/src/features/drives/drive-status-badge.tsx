import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DriveStatus } from '../../generated/graphql';

const COLORS: Record<DriveStatus, string> = { DRAFT: 'gray', PUBLISHED: 'teal', CLOSED: 'dark' };

export function DriveStatusBadge({ status }: { status: DriveStatus }) {
  const { t } = useTranslation('drives');
  return (
    <Badge color={COLORS[status]} variant={status === 'PUBLISHED' ? 'filled' : 'light'}>
      {t(`status.${status}`)}
    </Badge>
  );
}
