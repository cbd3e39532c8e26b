// Who hears "you can donate again": everyone the organization's drives saw, or only the people of
// one city (the one they gave, else that of a drive they signed up at). Shown beside the template
// it governs. An admin, who sees every organization, sets it through the API for the one meant.
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { MessagesReachDocument, MessagesSetReachDocument } from '../../generated/graphql';
import { errorMessage } from '../../app/api/errors';
import { RegionSelect } from '../../app/ui/region-select';

export function EligibleAgainReach() {
  const { t } = useTranslation('messages');
  const { t: tc } = useTranslation('common');
  const { data } = useQuery(MessagesReachDocument);
  // The answer carries the organization's id: the cache updates the select by itself.
  const [setReach, { loading }] = useMutation(MessagesSetReachDocument);
  const own = data?.organizations.length === 1 ? data.organizations[0] : null;
  if (!own) return null;

  const save = async (regionCode: string | null) => {
    try {
      await setReach({ variables: { input: { eligibleAgainRegionCode: regionCode } } });
      notifications.show({ color: 'green', message: t('reach.saved') });
    } catch (error) {
      notifications.show({ color: 'red', title: t('reach.notSaved'), message: errorMessage(error, tc) });
    }
  };

  return (
    <RegionSelect
      w={300}
      label={t('reach.eligibleAgain')}
      description={t('reach.eligibleAgainHint')}
      placeholder={t('reach.everyone')}
      value={own.eligibleAgainRegionCode}
      disabled={loading}
      onChange={(code) => void save(code)}
    />
  );
}
