// The notice for a tap kept on the tablet: it is not done yet, and the desk should know it.
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { DeskAction } from '../desk-actions';

export function useTapNotice(): (name: string, action: DeskAction) => void {
  const { t } = useTranslation('deskOffline');
  const { t: tc } = useTranslation('checkIn');
  return (name, action) => notifications.show({ color: 'yellow', message: t('queued', { name, action: tc(`actions.${action}`) }) });
}
