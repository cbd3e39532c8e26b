// An erased person (on request or by the retention job) stays as an anonymous record whose name is
// empty, so that their sign-ups keep counting; wherever organizers would read a name, they read
// that the person was erased instead of a blank.
import { useTranslation } from 'react-i18next';

export function isErased(volunteer: { name: string }): boolean {
  return volunteer.name === '';
}

/** The name to show for a volunteer: their own, or the erased person's placeholder. */
export function usePersonName(): (volunteer: { name: string }) => string {
  const { t } = useTranslation('signUps');
  return (volunteer) => (isErased(volunteer) ? t('erased.name') : volunteer.name);
}
