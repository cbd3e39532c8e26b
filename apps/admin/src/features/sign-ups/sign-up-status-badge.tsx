import { Badge, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SignUpStatus } from '../../generated/graphql';

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

export function SignUpStatusBadge({ status, size = 'sm' }: { status: SignUpStatus; size?: MantineSize }) {
  const { t } = useTranslation('signUps');
  return (
    <Badge color={COLORS[status]} variant={status === 'CANCELLED' || status === 'NO_SHOW' ? 'outline' : 'light'} size={size}>
      {t(`status.${status}`)}
    </Badge>
  );
}
