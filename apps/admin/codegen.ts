import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents come from the committed contract, never from a running server, so a client build is
 * reproducible offline and a contract change shows up as a diff here (`src/gql/codegen.test.ts` fails when
 * the generated files are stale: run `pnpm --filter @lianxi/admin codegen`).
 */
export const codegenConfig: CodegenConfig = {
  schema: '../../packages/schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // String unions line up with the vocabulary types of @lianxi/rules without casts.
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string' },
        skipTypename: true,
        dedupeFragments: true,
      },
    },
  },
};

// graphql-codegen's CLI reads the default export.
export default codegenConfig;
