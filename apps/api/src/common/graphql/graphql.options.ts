import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Request } from 'express';
import { AppConfig } from '../../config/app-config';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { formatError } from '../errors/format-error';
import { DateTimeScalar } from './date-time.scalar';
import { onePublicMutationPerRequest } from './one-public-mutation.rule';
import { answerPreloadedFields } from './preloaded-fields';
import { PublicBoardCache } from './public-board-cache';
import { renderedListsPlugin, stringifyWithRenderedLists } from './rendered-lists';
import { RateLimits } from '../rate-limit/rate-limits';

// Limits on what one request may ask, so that nobody can make the server do unbounded work; in
// production also no "Did you mean …?" in errors, which would tell the schema that introspection
// hides.
const armorFor = (config: AppConfig) =>
  new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 10 },
    maxDirectives: { n: 10 },
    maxTokens: { enabled: false }, // the parser's own limit below answers a 400, not a 500
    costLimit: { maxCost: 10000 },
    blockFieldSuggestion: { enabled: config.production },
  });

// Nothing here declares cache hints, so Apollo's default cache-control plugin only ever answers
// `Cache-Control: no-store`, after a hook on every field of every response (on a leaderboard of
// 2,000 rows, 16,000 calls). This says the same once per response.
const noStore: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

export function graphqlOptions(config: AppConfig, rateLimits: RateLimits): ApolloDriverConfig {
  const protection = armorFor(config).protect();
  const boards = config.publicBoardCacheSeconds > 0 ? new PublicBoardCache(config.publicBoardCacheSeconds, rateLimits) : null;
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    // Introspection and the sandbox are for development; production hides the schema.
    introspection: !config.production,
    playground: false,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      // Before the board cache, which keeps what it reads of the response.
      renderedListsPlugin,
      ...(boards ? [boards.plugin()] : []),
      ...(config.production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
    ],
    stringifyResult: boards ? boards.stringifyResult : (result) => `${stringifyWithRenderedLists(result)}\n`,
    validationRules: [...protection.validationRules, onePublicMutationPerRequest],
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: 3000 },
    includeStacktraceInErrorResponses: false,
    formatError,
    // Guards and the error filter also run on field resolvers, so a field can be protected.
    fieldResolverEnhancers: ['guards', 'filters'],
    // ... except where the parent already carries a public field's value (see preloaded-fields.ts).
    transformSchema: (schema) => answerPreloadedFields(schema),
    context: ({ req }: { req: Request }) => ({ req }),
  };
}
