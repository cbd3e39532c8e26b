import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutboxState } from '../../generated/graphql';
import { STATE_COLORS } from './message-words';

/** A queued message that already failed once is "retrying": the organizer should know it is stuck. */
export function OutboxStateBadge({ state, retrying = false }: { state: OutboxState; retrying?: boolean }) {
  const { t } = useTranslation('messages');
  return (
    <Badge color={retrying ? 'orange' : STATE_COLORS[state]} variant="light" style={{ flexShrink: 0, overflow: 'visible' }}>
      {retrying ? t('state.RETRYING') : t(`state.${state}`)}
    </Badge>
  );
}
