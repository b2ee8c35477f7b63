import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { emitSchema, schemaPath } from './schema.js';

describe('the GraphQL contract', () => {
  it('matches the committed packages/schema/schema.graphql (run `pnpm schema:emit` after changing the API)', async () => {
    const committed = await readFile(schemaPath, 'utf8');
    expect(await emitSchema()).toBe(committed);
  });
});
