// A card's sign-up as it will be once its waiting taps are synced (the desk works on that, so that
// "Donated" follows an offline check-in), and the badge that says it is not synced yet.
import { Badge } from '@mantine/core';
import { IconCloudUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SignUpStatus } from '../../../generated/graphql';
import { afterPending } from './desk-queue';
import { useDeskQueue } from './use-desk-queue';

type Shown = { id: string; status: SignUpStatus; volumeMl: number | null; deferralReason: string | null; retryOn: string | null };

export function usePendingSignUp<T extends Shown>(signUp: T): { shown: T; waiting: number } {
  return afterPending(signUp, useDeskQueue().pending);
}

export function WaitingBadge({ waiting }: { waiting: number }) {
  const { t } = useTranslation('deskOffline');
  if (!waiting) return null;
  return (
    <Badge color="yellow" variant="light" size="lg" leftSection={<IconCloudUpload size={14} aria-hidden />} data-desk-waiting>
      {t('cardWaiting')}
    </Badge>
  );
}
