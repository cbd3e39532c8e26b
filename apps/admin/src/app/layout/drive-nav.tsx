// The pages of one drive, as tabs: dashboard, sign-ups, check-in desk, edit.
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

export type DrivePage = 'dashboard' | 'signUps' | 'checkIn' | 'edit';

const PATHS: Record<DrivePage, string> = { dashboard: '', signUps: '/sign-ups', checkIn: '/check-in', edit: '/edit' };

export function DriveNav({ driveId, active }: { driveId: string; active: DrivePage }) {
  const { t } = useTranslation('common');
  const [, navigate] = useLocation();
  return (
    <Tabs value={active} onChange={(value) => value && navigate(`/drives/${driveId}${PATHS[value as DrivePage]}`)} mb="md">
      <Tabs.List>
        {(Object.keys(PATHS) as DrivePage[]).map((page) => (
          <Tabs.Tab key={page} value={page}>
            {t(`driveNav.${page}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
