// @vitest-environment node
import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../../codegen';

const adminDir = resolve(import.meta.dirname, '../..');

describe('generated typed documents', () => {
  it('match what graphql-codegen makes now from packages/schema/schema.graphql and src/ (else run `pnpm codegen`)', async () => {
    const outputs = await generate({ ...codegenConfig, cwd: adminDir, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const out of outputs) {
      const onDisk = readFileSync(resolve(adminDir, out.filename), 'utf8');
      expect({ file: out.filename, stale: onDisk !== out.content }).toEqual({ file: out.filename, stale: false });
    }
  }, 60_000);
});
