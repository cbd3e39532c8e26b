import { Badge, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DriveKind, SignUpStatus } from '../../generated/graphql';
import { wordFor } from '../../app/i18n/registry-words';

// Colours follow the funnel: blue waiting, cyan came, green donated, orange follow-up, grey gone.
const COLORS: Record<SignUpStatus, string> = {
  REGISTERED: 'blue',
  WAITLISTED: 'violet',
  CHECKED_IN: 'cyan',
  DONATED: 'teal',
  DEFERRED: 'orange',
  NO_SHOW: 'gray',
  CANCELLED: 'gray',
};

/** At a stem-cell registry drive (`driveKind`) DONATED reads "joined the registry", never "donated". */
export function SignUpStatusBadge({ status, size = 'sm', driveKind }: { status: SignUpStatus; size?: MantineSize; driveKind?: DriveKind }) {
  const { t } = useTranslation('signUps');
  return (
    <Badge color={COLORS[status]} variant={status === 'CANCELLED' || status === 'NO_SHOW' ? 'outline' : 'light'} size={size}>
      {t(wordFor(driveKind, `status.${status}`))}
    </Badge>
  );
}
