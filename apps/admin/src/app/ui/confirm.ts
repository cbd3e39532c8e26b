// Anything that cannot be undone (publish, close, send a call-out) asks first, naming what happens.
import { modals } from '@mantine/modals';
import type { ReactNode } from 'react';
import { organizerI18n } from '../i18n/organizer-i18n';

interface ConfirmOptions {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  /** Red for what destroys or reaches many people. */
  danger?: boolean;
}

export function confirmAction({ title, body, confirmLabel, danger = false }: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title,
      children: body,
      labels: { confirm: confirmLabel, cancel: organizerI18n.t('actions.cancel', { ns: 'common' }) },
      confirmProps: { color: danger ? 'red' : undefined },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false),
    });
  });
}
