// The drives as rows: what and where, when on the drive's own clocks, status, and the two goals.
// The title opens the drive's dashboard; the row's menu holds the rest.
import { ActionIcon, Anchor, Menu, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChartBar, IconDots, IconEdit, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DrivesListItemFragment } from '../../generated/graphql';
import { useMayChange } from '../../app/auth/use-session';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { DriveActionItems, useDriveActions } from './drive-actions';
import { DriveStatusBadge } from './drive-status-badge';
import { ZoneLabel } from '../../app/ui/zone-label';
import { formatDriveWhen } from './drive-when';
import { GoalProgress } from './goal-progress';

export function DrivesTable({ drives }: { drives: readonly DrivesListItemFragment[] }) {
  const { t } = useTranslation('drives');
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.columns.drive')}</Table.Th>
            <Table.Th>{t('list.columns.when')}</Table.Th>
            <Table.Th>{t('list.columns.status')}</Table.Th>
            <Table.Th>{t('list.columns.signUps')}</Table.Th>
            <Table.Th>{t('list.columns.donations')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('list.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {drives.map((drive) => (
            <DriveRow key={drive.id} drive={drive} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function DriveRow({ drive }: { drive: DrivesListItemFragment }) {
  const { t } = useTranslation('drives');
  const [locale] = useOrganizerLocale();
  const actions = useDriveActions(drive);
  const mayChange = useMayChange();
  const { stats } = drive;
  return (
    <Table.Tr>
      <Table.Td maw={320}>
        <Stack gap={2}>
          <Anchor component={Link} href={`/drives/${drive.id}`} fw={600}>
            {drive.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t(`kinds.${drive.kind}`)} · {drive.location}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDriveWhen(drive.startsAt, drive.endsAt, locale, drive.timeZone)}</Text>
        <ZoneLabel timeZone={drive.timeZone} at={drive.startsAt} />
      </Table.Td>
      <Table.Td>
        <DriveStatusBadge status={drive.status} />
      </Table.Td>
      <Table.Td>
        <GoalProgress label={t('list.columns.signUps')} value={stats.signUps} goal={stats.signUpGoal} progress={stats.signUpGoalProgress} />
      </Table.Td>
      <Table.Td>
        <GoalProgress label={t('list.columns.donations')} value={stats.donated} goal={stats.donationGoal} progress={stats.donationGoalProgress} />
      </Table.Td>
      <Table.Td ta="right">
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('list.rowActions', { title: drive.title })}>
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item component={Link} href={`/drives/${drive.id}`} leftSection={<IconChartBar size={16} />}>
              {t('list.openDashboard')}
            </Menu.Item>
            <Menu.Item component={Link} href={`/drives/${drive.id}/sign-ups`} leftSection={<IconUsers size={16} />}>
              {t('list.openSignUps')}
            </Menu.Item>
            {mayChange && drive.status !== 'CLOSED' && (
              <Menu.Item component={Link} href={`/drives/${drive.id}/edit`} leftSection={<IconEdit size={16} />}>
                {t('list.edit')}
              </Menu.Item>
            )}
            <DriveActionItems drive={drive} actions={actions} />
          </Menu.Dropdown>
        </Menu>
      </Table.Td>
    </Table.Tr>
  );
}
