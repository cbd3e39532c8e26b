// The organization's shortage levels (issue 23), on the organizers' home: one level per blood
// group. LOW and CRITICAL groups appear on the public drive pages ("we especially need O− now");
// a CRITICAL one suggests an urgent call-out, a click away. Viewers read; organizers set.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Paper, Select, SimpleGrid, Text, Title } from '@mantine/core';
import { IconSpeakerphone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { bloodTypeLabel } from '@life-relay/domain';
import { OrganizationsSetShortageLevelDocument, OrganizationsShortageLevelsDocument, type BloodType, type ShortageLevel } from '../../generated/graphql';
import { useMayChange } from '../../app/auth/use-session';

const LEVELS: readonly ShortageLevel[] = ['NORMAL', 'LOW', 'CRITICAL'];
const COLOR: Record<ShortageLevel, string | undefined> = { NORMAL: undefined, LOW: 'orange', CRITICAL: 'red' };

/** The call-out form with the CRITICAL groups already chosen (it reads them from the address). */
export function callOutLinkFor(bloodTypes: readonly BloodType[]): string {
  return `/messages?${new URLSearchParams({ tab: 'call-out', bloodTypes: bloodTypes.join(',') })}`;
}

export function ShortagePanel() {
  const { t } = useTranslation('organizations');
  const mayChange = useMayChange();
  const { data } = useQuery(OrganizationsShortageLevelsDocument);
  // The answer is the whole panel again, so the cache is simply replaced.
  const [setLevel, { loading }] = useMutation(OrganizationsSetShortageLevelDocument, {
    update: (cache, { data: answer }) => answer && cache.writeQuery({ query: OrganizationsShortageLevelsDocument, data: { shortageLevels: answer.setShortageLevel } }),
  });
  const levels = data?.shortageLevels ?? [];
  const criticalTypes = levels.filter((l) => l.level === 'CRITICAL').map((l) => l.bloodType);
  const critical = criticalTypes.map(bloodTypeLabel);

  return (
    <Paper withBorder p="md" mb="md" data-testid="shortage-panel">
      <Title order={2} size="h5">
        {t('shortages.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('shortages.description')}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 8 }} spacing="xs">
        {levels.map((l) => (
          <Select
            key={l.bloodType}
            label={bloodTypeLabel(l.bloodType)}
            value={l.level}
            allowDeselect={false}
            disabled={!mayChange || loading}
            data={LEVELS.map((level) => ({ value: level, label: t(`shortages.level.${level}`) }))}
            styles={{ input: { color: COLOR[l.level] ? `var(--mantine-color-${COLOR[l.level]}-9)` : undefined, fontWeight: l.level === 'NORMAL' ? undefined : 600 } }}
            onChange={(level) => level && setLevel({ variables: { bloodType: l.bloodType, level: level as ShortageLevel } })}
          />
        ))}
      </SimpleGrid>
      {critical.length > 0 && (
        <Alert color="red" mt="sm" title={t('shortages.criticalTitle', { groups: critical.join(', ') })}>
          <Text size="sm" mb="xs">
            {t('shortages.criticalHint')}
          </Text>
          {mayChange && (
            <Button component={Link} href={callOutLinkFor(criticalTypes)} size="xs" color="red" leftSection={<IconSpeakerphone size={14} aria-hidden />}>
              {t('shortages.sendCallOut')}
            </Button>
          )}
        </Alert>
      )}
    </Paper>
  );
}
