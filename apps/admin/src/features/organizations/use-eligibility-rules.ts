// The eligibility rules page's state: the organization's rules as a form (an empty field is the
// default, shown as its placeholder), saved at once, the API's field errors beside their fields.
// An admin chooses which organization; everyone else sees their own.
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_AGE_WINDOWS, DEFAULT_INTERVALS_BETWEEN_KINDS, DEFAULT_PLATELETS_PER_YEAR, DriveKind, ELIGIBILITY_RULE_FIELDS, type EligibilityRules } from '@life-relay/domain';
import { OrganizationsEligibilityDocument, OrganizationsSetEligibilityRulesDocument } from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';

export type RuleField = keyof EligibilityRules;
export type RuleValues = Record<RuleField, string>;

/** What an empty field means: the default the API applies (the installation may set the same-kind intervals otherwise). */
export const RULE_DEFAULTS: Record<RuleField, number> = {
  firstTimeMaxAge: DEFAULT_AGE_WINDOWS[DriveKind.WHOLE_BLOOD]?.maxAge ?? 60,
  repeatMaxAge: DEFAULT_AGE_WINDOWS[DriveKind.WHOLE_BLOOD]?.maxAge ?? 60,
  ...DEFAULT_INTERVALS_BETWEEN_KINDS,
  plateletsPerYear: DEFAULT_PLATELETS_PER_YEAR,
};

const asValues = (rules: Partial<Record<RuleField, number | null>> | undefined): RuleValues =>
  Object.fromEntries(ELIGIBILITY_RULE_FIELDS.map((f) => [f, rules?.[f] == null ? '' : String(rules[f])])) as RuleValues;

export function useEligibilityRules() {
  const { t } = useTranslation('organizations');
  const { t: tc } = useTranslation('common');
  const query = useQuery(OrganizationsEligibilityDocument);
  const [save, { loading: saving }] = useMutation(OrganizationsSetEligibilityRulesDocument);
  const organizations = query.data?.organizations ?? [];
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const organization = organizations.find((o) => o.id === organizationId) ?? organizations[0] ?? null;
  // The form shows the chosen organization's rules as stored; what is typed is a draft of those
  // very rules (a save, or another organization, starts from the stored ones again).
  const stored = organization?.eligibilityRules;
  const storedKey = `${organization?.id}:${JSON.stringify(stored ?? null)}`;
  const [draft, setDraft] = useState<{ key: string; values: RuleValues; errors: Partial<Record<RuleField, string>> } | null>(null);
  const current = draft?.key === storedKey ? draft : { key: storedKey, values: asValues(stored ?? undefined), errors: {} };
  const { values, errors } = current;

  const setValue = (field: RuleField, value: string) => setDraft({ ...current, values: { ...values, [field]: value } });

  const submit = async () => {
    if (!organization) return;
    // An empty field sends null: the default again. A number the API checks (range, order).
    const input = Object.fromEntries(ELIGIBILITY_RULE_FIELDS.map((f) => [f, values[f].trim() === '' ? null : Number(values[f])]));
    try {
      await save({ variables: { input, organizationId: organization.id } });
      setDraft(null);
      notifications.show({ color: 'green', message: t('eligibility.saved') });
    } catch (error) {
      const fields = fieldErrors(error) as Partial<Record<RuleField, string>>;
      setDraft({ ...current, errors: fields });
      if (!Object.keys(fields).length) notifications.show({ color: 'red', message: errorMessage(error, tc), autoClose: 10_000 });
    }
  };

  return { query, organizations, organization, setOrganizationId, values, setValue, errors, submit, saving };
}
