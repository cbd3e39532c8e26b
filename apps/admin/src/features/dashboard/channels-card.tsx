// Where sign-ups came from (the share link, the QR poster, a class chat, the desk) and how many of
// each turned into a donation: which recruiting effort is worth repeating.
import { BarChart } from '@mantine/charts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DriveKind, SignUpChannel } from '../../generated/graphql';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatNumber, formatPercent } from '../../app/ui/format';
import { ChartFigure, DashboardCard } from './dashboard-card';
import { ratio } from './dashboard-figures';
import { wordFor } from '../../app/i18n/registry-words';

interface ChannelRow {
  channel: SignUpChannel;
  signUps: number;
  donated: number;
}

export function ChannelsCard({ channels, kind }: { channels: readonly ChannelRow[]; kind: DriveKind }) {
  const { t } = useTranslation('dashboard');
  const [locale] = useOrganizerLocale();
  const rows = [...channels].sort((a, b) => b.signUps - a.signUps);
  const n = (value: number) => formatNumber(value, locale);

  return (
    <DashboardCard id="channels-heading" title={t('channels.title')} description={t(wordFor(kind, 'channels.description'))}>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('channels.empty')}
        </Text>
      ) : (
        <>
          <ChartFigure caption={t('channels.caption', { top: t(`channels.name.${rows[0].channel}`), count: n(rows[0].signUps) })}>
            <BarChart
              h={Math.max(120, rows.length * 36)}
              orientation="vertical"
              data={rows.map((r) => ({ channel: t(`channels.name.${r.channel}`), signUps: r.signUps, donated: r.donated }))}
              dataKey="channel"
              series={[
                { name: 'signUps', label: t('channels.signUps'), color: 'red.6' },
                { name: 'donated', label: t(wordFor(kind, 'channels.donated')), color: 'teal.6' },
              ]}
              gridAxis="x"
              yAxisProps={{ width: 90 }}
            />
          </ChartFigure>
          <Table mt="sm" verticalSpacing={4} data-testid="channels-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('channels.channel')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('channels.signUps')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t(wordFor(kind, 'channels.donated'))}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('channels.conversion')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.channel}>
                  <Table.Th scope="row" fw={500}>
                    {t(`channels.name.${r.channel}`)}
                  </Table.Th>
                  <Table.Td ta="right">{n(r.signUps)}</Table.Td>
                  <Table.Td ta="right">{n(r.donated)}</Table.Td>
                  <Table.Td ta="right">{formatPercent(ratio(r.donated, r.signUps), locale)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </DashboardCard>
  );
}
