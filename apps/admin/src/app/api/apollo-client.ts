// Apollo Client for the organizers' app: the bearer token and the page language on every request
// (the API words field errors in it), and a session the API no longer accepts ends here.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { session } from '../auth/session';
import { organizerI18n } from '../i18n/organizer-i18n';

export function createApolloClient(): ApolloClient {
  const context = new SetContextLink((prev) => {
    const token = session.get()?.token;
    return {
      headers: {
        ...prev.headers,
        'accept-language': organizerI18n.resolvedLanguage ?? 'en',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    };
  });
  const expire = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) {
      session.end();
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([expire, context, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Per-drive numbers have no id of their own: keep them inside their drive.
        DriveStats: { keyFields: false },
      },
    }),
    defaultOptions: {
      // Lists change under other organizers' hands: show what we have, then what is new.
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
