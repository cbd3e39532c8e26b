// The last question before a merge, which cannot be undone: it names the record that will be
// deleted and where its sign-ups go. Focus starts on Cancel, so Enter alone never deletes anything;
// Mantine's modal keeps focus inside and gives it back to the Merge button on close.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MergeRecord } from './volunteer-merge';

interface MergeConfirmModalProps {
  opened: boolean;
  keep: MergeRecord;
  other: MergeRecord;
  merging: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function MergeConfirmModal({ opened, keep, other, merging, onConfirm, onCancel }: MergeConfirmModalProps) {
  const { t } = useTranslation('signUps');
  const { t: tc } = useTranslation('common');
  return (
    <Modal opened={opened} onClose={merging ? () => undefined : onCancel} title={t('merge.confirmTitle')} size={520} centered>
      <Stack>
        <Text size="sm">{t('merge.confirmBody', { merged: other.name, contact: other.email ?? other.phone ?? '—', kept: keep.name })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={merging} data-autofocus>
            {tc('actions.cancel')}
          </Button>
          <Button color="red" onClick={onConfirm} loading={merging}>
            {t('merge.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
