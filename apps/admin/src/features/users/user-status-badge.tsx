// Where an account stands: invited (no password yet), active since it was made, or deactivated.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserStatus } from '../../generated/graphql';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDate } from '../../app/ui/format';

const COLORS: Record<UserStatus, string> = { INVITED: 'orange', ACTIVE: 'teal', DEACTIVATED: 'gray' };

export function UserStatusBadge({ user }: { user: { status: UserStatus; createdAt: string; deactivatedAt: string | null } }) {
  const { t } = useTranslation('users');
  const [locale] = useOrganizerLocale();
  const since = formatDate(user.status === 'DEACTIVATED' && user.deactivatedAt ? user.deactivatedAt : user.createdAt, locale);
  return (
    <Badge color={COLORS[user.status]} variant="light">
      {t(`state.${user.status}`, { since })}
    </Badge>
  );
}
