// GraphQL Code Generator: result and variable types of the admin app's operations, from the
// schema the API commits (apps/api/schema.graphql). Types only, so nothing is added to the bundles.
// Regenerate with `npx nx run admin:codegen`; `admin:lint` fails while the file is out of date.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/admin/src/**/*.{ts,tsx}', '!apps/admin/src/generated/**'],
  generates: {
    'apps/admin/src/generated/graphql.ts': {
      plugins: ['typescript-operations'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        scalars: { DateTime: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
