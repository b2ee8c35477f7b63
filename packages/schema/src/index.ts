import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLSchema } from 'graphql';

/** Absolute path of the committed contract, emitted by the API (`pnpm schema:emit`). */
export const schemaPath: string = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export function readSchemaSDL(): string {
  return readFileSync(schemaPath, 'utf8');
}

/** The contract as an executable-less schema, for clients and tests that validate documents against it. */
export function loadContract(): GraphQLSchema {
  return buildSchema(readSchemaSDL());
}
