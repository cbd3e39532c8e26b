// The two records side by side (the person in the drawer, kept, and the one found, deleted) and
// what the kept record will gain, so the organizer can tell they are one person before merging.
import { Button, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowMerge } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BloodType } from '../../generated/graphql';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDate } from '../../app/ui/format';
import { mergeGains, type MergedDetail, type MergeRecord } from './volunteer-merge';

interface MergeComparisonProps {
  keep: MergeRecord;
  other: MergeRecord;
  onMerge: () => void;
  /** The server's refusal of the last merge, shown above the button that tried it. */
  problem?: ReactNode;
}

const LABELS = { email: 'drawer.email', phone: 'drawer.phone', birthDate: 'drawer.birthDate', bloodType: 'drawer.bloodType' } as const satisfies Record<MergedDetail, string>;

export function MergeComparison({ keep, other, onMerge, problem }: MergeComparisonProps) {
  const { t } = useTranslation('signUps');
  const [locale] = useOrganizerLocale();
  const shown = (detail: MergedDetail, value: string | null) => {
    if (!value) return '—';
    if (detail === 'birthDate') return formatDate(`${value}T12:00:00Z`, locale, 'UTC');
    if (detail === 'bloodType') return t(`bloodType.${value as BloodType}`);
    return value;
  };
  const gains = mergeGains(keep, other);
  const rows: [string, string, string][] = [
    [t('merge.name'), keep.name, other.name],
    ...(Object.keys(LABELS) as MergedDetail[]).map((d): [string, string, string] => [t(LABELS[d]), shown(d, keep[d]), shown(d, other[d])]),
    [t('merge.signUps'), String(keep.signUps.length), String(other.signUps.length)],
  ];

  return (
    <Stack gap="sm">
      <Table withTableBorder withColumnBorders layout="fixed" captionSide="top" data-testid="merge-comparison">
        <Table.Caption>{t('merge.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('merge.detail')}</Table.Th>
            <Table.Th scope="col">{t('merge.kept')}</Table.Th>
            <Table.Th scope="col">{t('merge.other')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([label, kept, merged]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" fw={400} c="dimmed">
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{kept}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{merged}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={4} size="h6" id="merge-gains">
        {t('merge.gainsTitle')}
      </Title>
      {gains.details.length === 0 && gains.signUps === 0 ? (
        <Text size="sm">{t('merge.gainNothing')}</Text>
      ) : (
        <List size="sm" aria-labelledby="merge-gains" data-testid="merge-gains">
          {gains.details.map(({ detail, value }) => (
            <List.Item key={detail}>{t('merge.gainDetail', { label: t(LABELS[detail]), value: shown(detail, value) })}</List.Item>
          ))}
          {gains.signUps > 0 && <List.Item>{t('merge.gainSignUps', { count: gains.signUps })}</List.Item>}
        </List>
      )}
      <Text size="xs" c="dimmed">
        {t('merge.keepsOwn')}
      </Text>
      {problem}
      <Button color="red" variant="light" leftSection={<IconArrowMerge size={16} />} onClick={onMerge} style={{ alignSelf: 'flex-start' }}>
        {t('merge.mergeButton')}
      </Button>
    </Stack>
  );
}
