// Where each field of the sign-up form is on the page: the id its input (and its hint and error,
// `<id>-hint`, `<id>-error`) carries, and the label the error summary names it by.
import type { FieldName } from './validation';

export const FIELD_IDS: Record<FieldName, string> = {
  shiftId: 'su-shift',
  name: 'su-name',
  email: 'su-email',
  phone: 'su-phone',
  code: 'su-code',
  birthDate: 'su-birth-date',
  city: 'su-city',
  bloodType: 'su-blood-type',
  donatedElsewhereOn: 'su-donated-elsewhere-on',
  donatedElsewhereKind: 'su-donated-elsewhere-kind',
  earlierDonations: 'su-earlier-donations',
  consent: 'su-consent',
  healthConsent: 'su-health-consent',
};

export const FIELD_LABELS = {
  shiftId: 'shift.legend',
  name: 'form.name',
  email: 'form.email',
  phone: 'form.phone',
  code: 'form.code',
  birthDate: 'form.birthDate',
  city: 'form.city',
  bloodType: 'form.bloodType',
  donatedElsewhereOn: 'form.donatedElsewhereOn',
  donatedElsewhereKind: 'form.donatedElsewhereKind',
  earlierDonations: 'form.earlierDonations',
  consent: 'form.consentLegend',
  healthConsent: 'form.healthConsentLegend',
} as const satisfies Record<FieldName, string>;
