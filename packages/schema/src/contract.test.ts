import { describe, expect, it } from 'vitest';
import { loadContract } from './index.js';

describe('the committed contract', () => {
  it('parses as a GraphQL schema with the orgUnits entry point dashboards rely on', () => {
    const schema = loadContract();
    const field = schema.getQueryType()?.getFields()['orgUnits'];
    expect(field).toBeDefined();
    expect(field?.args.map((a) => a.name).sort()).toEqual(['filter', 'page', 'perPage', 'sort']);
    expect(String(field?.type)).toBe('OrgUnitPage!');
  });
});
