// The words of the organizers' app, one namespace per feature, in the app's one i18next set-up:
// its own instance (the public pages keep theirs small), the same language as the public pages
// start in and remember, switched instantly from the header.
import { createI18n } from './create-i18n';
import { organizerResources } from './organizer-resources';

export const organizerI18n = createI18n(organizerResources, 'common');

export { useLocale as useOrganizerLocale } from './use-locale';
