import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Request } from 'express';
import { AppConfig } from '../../config/app-config';
import { formatError } from '../errors/format-error';

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Introspection and the sandbox are for development; production hides the schema.
    introspection: !config.production,
    playground: false,
    plugins: config.production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })],
    includeStacktraceInErrorResponses: false,
    formatError,
    // Guards and the error filter also run on field resolvers, so a field can be protected.
    fieldResolverEnhancers: ['guards', 'filters'],
    context: ({ req }: { req: Request }) => ({ req }),
  };
}
