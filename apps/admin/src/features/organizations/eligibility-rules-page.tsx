// Organization settings: who may donate at the organization's drives, as its blood service states
// it (issue 22): the first-time and repeat donors' upper ages, the days between one kind of
// donation and the next, and the platelet donations one person may give in 12 months. The form,
// the desk, the import and the reminders all apply these. Viewers read; organizers change.
import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INTERVAL_RULES } from '@life-relay/domain';
import { useMayChange, useSession } from '../../app/auth/use-session';
import { PageHeader } from '../../app/ui/page-header';
import { QueryState } from '../../app/ui/query-state';
import { RULE_DEFAULTS, type RuleField, useEligibilityRules } from './use-eligibility-rules';

export function EligibilityRulesPage() {
  const { t } = useTranslation('organizations');
  const mayChange = useMayChange();
  const isAdmin = useSession()?.role === 'ADMIN';
  const { query, organizations, organization, setOrganizationId, values, setValue, errors, submit, saving } = useEligibilityRules();

  const field = (name: RuleField, unit: 'years' | 'days' | 'times') => (
    <NumberInput
      key={name}
      label={t(`eligibility.fields.${name}`)}
      description={t(`eligibility.unit.${unit}`)}
      placeholder={t('eligibility.default', { value: RULE_DEFAULTS[name] })}
      value={values[name]}
      onChange={(v) => setValue(name, String(v))}
      error={errors[name]}
      allowDecimal={false}
      readOnly={!mayChange}
      data-testid={`rule-${name}`}
    />
  );

  return (
    <>
      <PageHeader title={t('eligibility.title')} description={t('eligibility.description')} />
      <QueryState data={query.data} loading={query.loading} error={query.error} onRetry={() => void query.refetch()}>
        {() => (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            {isAdmin && organizations.length > 1 && (
              <Select
                mb="md"
                label={t('eligibility.organization')}
                value={organization?.id ?? null}
                allowDeselect={false}
                data={organizations.map((o) => ({ value: o.id, label: o.name }))}
                onChange={(id) => setOrganizationId(id)}
              />
            )}
            <Paper withBorder p="md" mb="md">
              <Title order={2} size="h5">
                {t('eligibility.ages')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
                {field('firstTimeMaxAge', 'years')}
                {field('repeatMaxAge', 'years')}
              </SimpleGrid>
            </Paper>
            <Paper withBorder p="md" mb="md">
              <Title order={2} size="h5">
                {t('eligibility.intervals')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('eligibility.intervalsHint')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
                {INTERVAL_RULES.map((name) => field(name, 'days'))}
              </SimpleGrid>
            </Paper>
            <Paper withBorder p="md" mb="md">
              <Title order={2} size="h5">
                {t('eligibility.cap')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
                {field('plateletsPerYear', 'times')}
              </SimpleGrid>
            </Paper>
            {mayChange && (
              <Group>
                <Button type="submit" loading={saving}>
                  {t('eligibility.save')}
                </Button>
              </Group>
            )}
          </form>
        )}
      </QueryState>
    </>
  );
}
