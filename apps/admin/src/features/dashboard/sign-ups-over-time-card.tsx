// Sign-ups per day on the drive's own calendar, quiet days included, so an organizer sees which
// push (the poster, the class chat) moved the numbers.
import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDate, formatNumber } from '../../app/ui/format';
import { ChartFigure, DashboardCard } from './dashboard-card';
import { everyDay, summarizeDays, type DayCount } from './dashboard-figures';

export function SignUpsOverTimeCard({ days }: { days: readonly DayCount[] }) {
  const { t } = useTranslation('dashboard');
  const [locale] = useOrganizerLocale();
  const series = everyDay(days);
  const summary = summarizeDays(series);
  // A calendar day is shown as such: noon UTC keeps it on the same date in every zone.
  const label = (day: string) => formatDate(`${day}T12:00:00Z`, locale, 'UTC');

  return (
    <DashboardCard id="over-time-heading" title={t('overTime.title')} description={t('overTime.description')}>
      {series.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('overTime.empty')}
        </Text>
      ) : (
        <ChartFigure
          caption={t('overTime.summary', {
            total: formatNumber(summary.total, locale),
            count: summary.days,
            busiest: summary.busiest ? label(summary.busiest.day) : '',
            busiestCount: formatNumber(summary.busiest?.signUps ?? 0, locale),
          })}
        >
          <BarChart
            h={220}
            data={series.map((d) => ({ day: label(d.day), signUps: d.signUps }))}
            dataKey="day"
            series={[{ name: 'signUps', label: t('overTime.signUps'), color: 'red.6' }]}
            tickLine="y"
            gridAxis="y"
            // The chart is hidden from screen readers (the caption says it in words): nor may it take the focus.
            barChartProps={{ accessibilityLayer: false }}
            withTooltip
          />
        </ChartFigure>
      )}
    </DashboardCard>
  );
}
