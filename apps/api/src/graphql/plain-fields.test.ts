import { isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { lianxiSchema } from './schema.js';

describe('plain fields of the built schema', () => {
  it('read their property without a resolver of their own, while field resolvers and root fields keep theirs', async () => {
    const schema = await lianxiSchema();
    const field = (type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name];
    for (const name of ['unitId', 'unitName', 'personId', 'actual', 'asOf']) expect(field('ComplianceRow', name)?.resolve).toBeUndefined();
    expect(field('OrgUnit', 'name')?.resolve).toBeUndefined();
    // @FieldResolver methods and the sign-in check on root fields stay.
    expect(field('OrgUnit', 'children')?.resolve).toBeTypeOf('function');
    expect(field('ResearchTrip', 'person')?.resolve).toBeTypeOf('function');
    expect(field('Query', 'complianceRows')?.resolve).toBeTypeOf('function');
    expect(field('Mutation', 'login')?.resolve).toBeTypeOf('function');
    const objectTypes = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));
    expect(objectTypes.length).toBeGreaterThan(10);
  });
});
