// The pages of one drive, as tabs: dashboard, sign-ups, check-in desk, edit; each only for the
// roles that may open it (a viewer reads but neither checks in nor edits; desk staff have only
// the desk, so no tabs at all).
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Role } from '../../generated/graphql';
import { DESK_ROLES, ORGANIZER_ROLES, READER_ROLES, useSession } from '../auth/use-session';

export type DrivePage = 'dashboard' | 'signUps' | 'checkIn' | 'edit';

const PATHS: Record<DrivePage, string> = { dashboard: '', signUps: '/sign-ups', checkIn: '/check-in', edit: '/edit' };
const OPENED_BY: Record<DrivePage, readonly Role[]> = { dashboard: READER_ROLES, signUps: READER_ROLES, checkIn: DESK_ROLES, edit: ORGANIZER_ROLES };

/** The drive's pages this role may open, in tab order. */
export function drivePagesFor(role: Role | undefined): DrivePage[] {
  return (Object.keys(PATHS) as DrivePage[]).filter((page) => !!role && OPENED_BY[page].includes(role));
}

export function DriveNav({ driveId, active }: { driveId: string; active: DrivePage }) {
  const { t } = useTranslation('common');
  const [, navigate] = useLocation();
  const pages = drivePagesFor(useSession()?.role);
  if (pages.length < 2) return null;
  return (
    <Tabs value={active} onChange={(value) => value && navigate(`/drives/${driveId}${PATHS[value as DrivePage]}`)} mb="md">
      <Tabs.List>
        {pages.map((page) => (
          <Tabs.Tab key={page} value={page}>
            {t(`driveNav.${page}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
