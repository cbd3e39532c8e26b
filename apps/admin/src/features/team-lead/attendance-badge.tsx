// Whether a member of a lead's team came: the only thing a lead learns of a sign-up's outcome.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Attendance } from '../../generated/graphql';

// The colours of the sign-up statuses they stand for (sign-up-status-badge.tsx): blue waiting, cyan came, grey gone.
const COLORS: Record<Attendance, string> = {
  REGISTERED: 'blue',
  WAITLISTED: 'violet',
  CAME: 'cyan',
  DID_NOT_COME: 'gray',
  CANCELLED: 'gray',
};

export function AttendanceBadge({ attendance }: { attendance: Attendance }) {
  const { t } = useTranslation('teamLead');
  return (
    <Badge color={COLORS[attendance]} variant={attendance === 'CANCELLED' || attendance === 'DID_NOT_COME' ? 'outline' : 'light'} size="sm">
      {t(`attendance.${attendance}`)}
    </Badge>
  );
}
