import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isKnownPurpose } from './message-words';

/** A purpose in words; one the app does not know yet (a newer API) shows as the API names it. */
export function PurposeLabel({ purpose }: { purpose: string }) {
  const { t } = useTranslation('messages');
  return (
    <Text size="sm" fw={500}>
      {isKnownPurpose(purpose) ? t(`purpose.${purpose}`) : purpose}
    </Text>
  );
}
