// The organizers' and team leads' app: Mantine for the admin-grade components, Apollo Client for
// the API, its own i18next instance. Loaded only when someone opens it, never by the public pages.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useEffect, useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createApolloClient } from './api/apollo-client';
import { useSession } from './auth/use-session';
import { organizerI18n, useOrganizerLocale } from './i18n/organizer-i18n';
import { OrganizerRoutes } from './organizer-routes';
import { organizerTheme, readableColors } from './ui/theme';

/**
 * The nonce the server gave this page for its <style> elements (its Content-Security-Policy admits
 * no others); Mantine writes its theme's CSS variables into such elements.
 */
const styleNonce = () => document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
// Mantine's modals and menus lock the page's scrolling with react-remove-scroll, whose <style>
// element takes its nonce from get-nonce, which reads it from this global (webpack's name for it).
(globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = styleNonce();

function LanguageOfThePage() {
  const [locale] = useOrganizerLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
}

export function OrganizerApp() {
  // A cache of its own for every session: whoever logs in next must not see the last person's
  // data. (Clearing one shared cache when the session changed cancelled the queries the new
  // session had just started, such as the header's `me`, which then never answered.)
  const token = useSession()?.token ?? null;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new client is the point of a new token
  const client = useMemo(() => createApolloClient(), [token]);
  useEffect(
    () => () => {
      client.stop();
      void client.clearStore();
    },
    [client],
  );
  const [locale] = useOrganizerLocale();
  const theme = useMemo(() => organizerTheme(organizerI18n.t('common:actions.close', { lng: locale })), [locale]);
  return (
    <I18nextProvider i18n={organizerI18n}>
      <LanguageOfThePage />
      <ApolloProvider client={client}>
        <MantineProvider theme={theme} cssVariablesResolver={readableColors} defaultColorScheme="light" getStyleNonce={styleNonce}>
          <ModalsProvider>
            <Notifications position="top-right" />
            <OrganizerRoutes />
          </ModalsProvider>
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
