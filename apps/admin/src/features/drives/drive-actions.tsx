// A drive's lifecycle: publish a draft (its public page goes live), close a published drive (sign-ups
// stop, for good), copy any drive as the template of a new draft. As buttons for a page header, or
// as items of a row's menu in the list; both ask before anything that cannot be undone. Viewers,
// who only read, get none of them.
import { useMutation } from '@apollo/client/react';
import { Button, Group, Menu } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconLock, IconWorldUpload } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { DrivesCloseDriveDocument, DrivesPublishDriveDocument } from '../../generated/graphql';
import { errorMessage } from '../../app/api/errors';
import { useMayChange } from '../../app/auth/use-session';
import { confirmAction } from '../../app/ui/confirm';
import { CopyDriveForm } from './copy-drive-form';

export interface DriveActionsProps {
  drive: {
    id: string;
    title: string;
    status: 'DRAFT' | 'PUBLISHED' | 'CLOSED';
    startsAt: string;
    timeZone: string;
    /** When known, the confirmation names the public page that goes live. */
    slug?: string;
  };
}

type Drive = DriveActionsProps['drive'];

/** The handlers, for a component that stays mounted while the confirmation is open. */
export function useDriveActions(drive: Drive) {
  const { t } = useTranslation('drives');
  const { t: tc } = useTranslation('common');
  const [, navigate] = useLocation();
  // Whatever is on screen (this list, a dashboard's numbers) shows the new state at once.
  const [publishDrive, publishing] = useMutation(DrivesPublishDriveDocument, { refetchQueries: 'active' });
  const [closeDrive, closing] = useMutation(DrivesCloseDriveDocument, { refetchQueries: 'active' });

  const failed = (title: string, error: unknown) => notifications.show({ color: 'red', title, message: errorMessage(error, tc), autoClose: 10_000 });

  const publish = async () => {
    const link = drive.slug ? `${window.location.origin}/d/${drive.slug}` : null;
    const confirmed = await confirmAction({
      title: t('actions.publishTitle', { title: drive.title }),
      body: link ? <Trans t={t} i18nKey="actions.publishBodyLink" values={{ link }} components={{ code: <code /> }} /> : t('actions.publishBody'),
      confirmLabel: t('actions.publish'),
    });
    if (!confirmed) return;
    try {
      await publishDrive({ variables: { id: drive.id } });
      notifications.show({ color: 'teal', message: t('actions.published', { title: drive.title }) });
    } catch (error) {
      failed(t('actions.publishFailed'), error);
    }
  };

  const close = async () => {
    const confirmed = await confirmAction({
      title: t('actions.closeTitle', { title: drive.title }),
      body: t('actions.closeBody'),
      confirmLabel: t('actions.close'),
      danger: true,
    });
    if (!confirmed) return;
    try {
      await closeDrive({ variables: { id: drive.id } });
      notifications.show({ color: 'gray', message: t('actions.closed', { title: drive.title }) });
    } catch (error) {
      failed(t('actions.closeFailed'), error);
    }
  };

  const copy = () => {
    const modalId = `copy-drive-${drive.id}`;
    modals.open({
      modalId,
      title: t('copy.title', { title: drive.title }),
      children: (
        <CopyDriveForm
          drive={drive}
          onCancel={() => modals.close(modalId)}
          onCopied={(id) => {
            modals.close(modalId);
            notifications.show({ color: 'teal', message: t('copy.done') });
            navigate(`/drives/${id}/edit`);
          }}
        />
      ),
    });
  };

  return { publish, close, copy, publishing: publishing.loading, closing: closing.loading };
}

/** Buttons for a drive page's header. */
export function DriveActions({ drive }: DriveActionsProps) {
  const { t } = useTranslation('drives');
  const { publish, close, copy, publishing, closing } = useDriveActions(drive);
  if (!useMayChange()) return null;
  return (
    <Group gap="xs">
      <Button variant="default" leftSection={<IconCopy size={16} />} onClick={copy}>
        {t('actions.copy')}
      </Button>
      {drive.status === 'PUBLISHED' && (
        <Button variant="outline" color="red" leftSection={<IconLock size={16} />} onClick={close} loading={closing}>
          {t('actions.close')}
        </Button>
      )}
      {drive.status === 'DRAFT' && (
        <Button leftSection={<IconWorldUpload size={16} />} onClick={publish} loading={publishing}>
          {t('actions.publish')}
        </Button>
      )}
    </Group>
  );
}

/**
 * The same actions as items of a `Menu.Dropdown`. The handlers come from `useDriveActions` in the
 * row, which outlives the menu (it closes as soon as an item is chosen).
 */
export function DriveActionItems({ drive, actions }: DriveActionsProps & { actions: ReturnType<typeof useDriveActions> }) {
  const { t } = useTranslation('drives');
  if (!useMayChange()) return null;
  return (
    <>
      <Menu.Divider />
      {drive.status === 'DRAFT' && (
        <Menu.Item leftSection={<IconWorldUpload size={16} />} onClick={actions.publish}>
          {t('actions.publish')}
        </Menu.Item>
      )}
      {drive.status === 'PUBLISHED' && (
        <Menu.Item leftSection={<IconLock size={16} />} color="red" onClick={actions.close}>
          {t('actions.close')}
        </Menu.Item>
      )}
      <Menu.Item leftSection={<IconCopy size={16} />} onClick={actions.copy}>
        {t('actions.copy')}
      </Menu.Item>
    </>
  );
}
