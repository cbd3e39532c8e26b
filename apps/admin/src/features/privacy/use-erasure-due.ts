// The retention page's state: who falls due for erasure within the chosen window (soonest first),
// and erasing one person now, on their request, after asking once more.
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrivacyDueForErasureDocument, PrivacyEraseVolunteerDocument } from '../../generated/graphql';
import { errorMessage } from '../../app/api/errors';
import { confirmAction } from '../../app/ui/confirm';

/** The windows offered, in days. */
export const WINDOWS = [7, 30, 90, 365] as const;

export function useErasureDue() {
  const { t } = useTranslation('privacy');
  const { t: tc } = useTranslation('common');
  const [withinDays, setWithinDays] = useState<number>(30);
  // The moment the page opened: a date already past is erased at the job's next run.
  const [openedAt] = useState(() => Date.now());
  const list = useQuery(PrivacyDueForErasureDocument, { variables: { withinDays } });
  const [eraseVolunteer] = useMutation(PrivacyEraseVolunteerDocument);

  const erase = async (person: { volunteerId: string; name: string }) => {
    const confirmed = await confirmAction({ title: t('erase.title', { name: person.name }), body: t('erase.body'), confirmLabel: t('erase.confirm'), danger: true });
    if (!confirmed) return;
    try {
      await eraseVolunteer({ variables: { id: person.volunteerId } });
      notifications.show({ color: 'gray', message: t('erase.done') });
      await list.refetch();
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, tc), autoClose: 10_000 });
    }
  };

  return { withinDays, setWithinDays, list, erase, overdue: (dueAt: string) => Date.parse(dueAt) <= openedAt };
}
