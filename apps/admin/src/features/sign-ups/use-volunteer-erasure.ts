// The state of erasing the person in the drawer on their request: the organizer's tick that the
// person asked (the first step), the erasure (eraseVolunteer, the second), and the server's
// refusals in words an organizer reads.
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrivacyEraseVolunteerDocument } from '../../generated/graphql';
import { errorCode, errorMessage } from '../../app/api/errors';

// The roster's row and the drawer's person become the anonymous record.
const AFFECTED = ['SignUpsVolunteer', 'SignUpsList'];

export function useVolunteerErasure(volunteerId: string, onErased: () => void) {
  const { t } = useTranslation('signUps');
  const { t: tc } = useTranslation('common');
  const [asked, setAskedValue] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [eraseVolunteer, { loading: erasing }] = useMutation(PrivacyEraseVolunteerDocument, {
    refetchQueries: AFFECTED,
    awaitRefetchQueries: true,
    // The Retention page lists people by name: the next visit asks again rather than show this one.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'volunteersDueForErasure' });
      cache.gc();
    },
  });

  const setAsked = (value: boolean) => {
    setAskedValue(value);
    setProblem(null);
  };

  const erase = async () => {
    // The button waits for the tick; this guards against a second path to it.
    if (!asked) return;
    setProblem(null);
    try {
      const { data } = await eraseVolunteer({ variables: { id: volunteerId } });
      notifications.show({ color: 'gray', message: t(data?.eraseVolunteer === false ? 'erase.already' : 'erase.done') });
      onErased();
    } catch (error) {
      const code = errorCode(error);
      // An organizer meets FORBIDDEN only for a person another organization also holds (the API
      // leaves them to an admin); NOT_FOUND when the record was merged away meanwhile.
      setProblem(code === 'FORBIDDEN' ? t('erase.otherOrganization') : code === 'NOT_FOUND' ? t('erase.gone') : errorMessage(error, tc));
    }
  };

  return { asked, setAsked, erase, erasing, problem };
}
