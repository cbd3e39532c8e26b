// The funnel from a sign-up to a donation: how many signed up, came, donated, and were deferred
// (a deferral is a follow-up a month later, not a loss), with the rate of each step.
import { FunnelChart } from '@mantine/charts';
import { Center, Group, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { wordFor } from '../../app/i18n/registry-words';
import { formatNumber, formatPercent } from '../../app/ui/format';
import { funnelSteps, type FunnelStepKey } from './dashboard-figures';
import { ChartFigure, DashboardCard } from './dashboard-card';
import type { DashboardDrive } from './drive-summary';

const COLORS: Record<FunnelStepKey, string> = { signedUp: 'red.7', came: 'orange.5', donated: 'teal.6', deferred: 'yellow.5' };

/** At a stem-cell registry drive (`kind`) the funnel ends in joining the registry, not a donation. */
export function FunnelCard({ stats, kind }: { stats: DashboardDrive['stats']; kind: DashboardDrive['kind'] }) {
  const { t } = useTranslation('dashboard');
  const w = <K extends string>(key: K) => wordFor(kind, key);
  const [locale] = useOrganizerLocale();
  const steps = funnelSteps(stats);
  const [signedUp, came, donated, deferred] = steps;
  const n = (value: number) => formatNumber(value, locale);
  const pct = (value: number) => formatPercent(value, locale);

  return (
    <DashboardCard id="funnel-heading" title={t(w('funnel.title'))} description={t(w('funnel.description'))}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Center>
          <ChartFigure
            caption={t(w('funnel.summary'), {
              signedUp: n(signedUp.count),
              came: n(came.count),
              cameRate: pct(came.ofPrevious ?? 0),
              donated: n(donated.count),
              conversion: pct(donated.ofSignUps),
              deferred: n(deferred.count),
            })}
          >
            <FunnelChart
              size={220}
              withLabels
              labelsPosition="inside"
              withTooltip={false}
              accessibilityLayer={false}
              data={steps
                .filter((step) => step.key !== 'deferred')
                .map((step) => ({ name: t(w(`funnel.step.${step.key}`)), value: step.count, color: COLORS[step.key] }))}
            />
          </ChartFigure>
        </Center>
        <div>
          <Table data-testid="funnel-table" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('funnel.step.label')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('funnel.people')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('funnel.rate')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {steps.map((step) => (
                <Table.Tr key={step.key} data-step={step.key}>
                  <Table.Th scope="row" fw={500}>
                    <Group gap={8} wrap="nowrap">
                      <span
                        aria-hidden
                        style={{ width: 10, height: 10, borderRadius: 2, background: `var(--mantine-color-${COLORS[step.key].replace('.', '-')})`, flex: 'none' }}
                      />
                      {t(w(`funnel.step.${step.key}`))}
                    </Group>
                  </Table.Th>
                  <Table.Td ta="right" fw={700} data-testid={`funnel-${step.key}`}>
                    {n(step.count)}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm">{step.ofPrevious === null ? '—' : t(w(`funnel.rateOf.${step.key as Exclude<FunnelStepKey, 'signedUp'>}`), { rate: pct(step.ofPrevious) })}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between" mt="sm" wrap="wrap" gap="xs">
            <Text fw={600} data-testid="conversion-rate">
              {t(w('funnel.conversion'), { rate: pct(stats.conversionRate) })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('funnel.aside', { waitlisted: n(stats.waitlisted), cancelled: n(stats.cancelled), noShow: n(stats.noShow) })}
            </Text>
          </Group>
        </div>
      </SimpleGrid>
    </DashboardCard>
  );
}
