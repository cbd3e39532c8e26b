// GraphQL Code Generator: result and variable types of the web app's operations, from the schema
// the API commits (apps/api/schema.graphql). The public pages write their operations inline and
// import the types only; the organizers' app keeps its operations in `.graphql` files beside the
// pages and gets typed documents for Apollo Client (`DrivesDocument` for `query Drives`).
// Regenerate with `npx nx run admin:codegen`; `admin:lint` fails while the file is out of date.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/admin/src/**/*.{ts,tsx,graphql}', '!apps/admin/src/generated/**'],
  generates: {
    'apps/admin/src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
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
