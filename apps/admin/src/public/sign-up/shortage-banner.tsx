// "We especially need O− now" (issue 23): the blood groups the drive's organization is short of,
// as it set them; nothing when none is LOW or CRITICAL.
import { useTranslation } from 'react-i18next';
import { bloodTypeLabel } from '@life-relay/domain';
import type { BloodType, ShortageLevel } from '../../generated/graphql';

export function ShortageBanner({ shortages }: { shortages: readonly { bloodType: BloodType; level: ShortageLevel }[] }) {
  const { t, i18n } = useTranslation();
  if (shortages.length === 0) return null;
  const critical = shortages.some((s) => s.level === 'CRITICAL');
  const groups = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(shortages.map((s) => bloodTypeLabel(s.bloodType)));
  return (
    <p className={critical ? 'notice notice--warn' : 'notice notice--team'} data-testid="shortage-banner">
      {t(critical ? 'drive.shortageCritical' : 'drive.shortage', { groups })}
    </p>
  );
}
