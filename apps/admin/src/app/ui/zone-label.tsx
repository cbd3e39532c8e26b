// The drive's zone after a time shown on its clock, dimmed, where the browser's clock differs.
import { Text } from '@mantine/core';
import { useOrganizerLocale } from '../i18n/organizer-i18n';
import { zoneLabel } from './format';

export function ZoneLabel({ timeZone, at }: { timeZone: string; at: string }) {
  const [locale] = useOrganizerLocale();
  const label = zoneLabel(timeZone, locale, at);
  if (!label) return null;
  return (
    <Text span size="xs" c="dimmed" data-testid="zone-label">
      {' '}
      ({label})
    </Text>
  );
}
