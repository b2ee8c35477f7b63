import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/** The parts of type-graphql's (built) field metadata this pass reads. */
interface FieldMeta {
  name: string;
  schemaName: string;
  roles?: unknown[];
  middlewares?: unknown[];
}
interface ClassMeta {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql keys its metadata by class
  target: Function;
  fields?: FieldMeta[];
}
interface FieldResolverMeta {
  methodName: string;
  schemaName: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- as above
  getObjectType?: () => Function | undefined;
}

/**
 * type-graphql gives every `@Field` property of an object type a resolver of its own (`root => root[name]` behind a
 * middleware dispatcher), even when it has no `@Authorized`, no middleware and no field resolver. Such a resolver
 * does what graphql-js's default resolver does, but costs a call and an allocation per field per row, and stops
 * graphql-jit from reading the property inline. This removes exactly those resolvers; fields with roles,
 * middleware, a field resolver, a schema name differing from the property, or metadata not found keep theirs.
 * Reads type-graphql's metadata after `buildSchema` (which fills in each field's roles and middlewares).
 */
export function dropPlainFieldResolvers(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage() as unknown as { objectTypes: ClassMeta[]; fieldResolvers: FieldResolverMeta[] };
  const byName = new Map(storage.objectTypes.map((t) => [t.name, t]));
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- as above
  const byTarget = new Map<Function, ClassMeta>(storage.objectTypes.map((t) => [t.target, t]));
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || roots.has(type)) continue;
    const meta = byName.get(type.name);
    if (!meta) continue;
    // The class and its superclasses: type-graphql copies a superclass's fields (with their resolvers) into the type.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- as above
    const chain: Function[] = [];
    for (let c: unknown = meta.target; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
      // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- as above
      chain.push(c as Function);
    }
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve) continue;
      const fm = findField(chain, byTarget, field.name);
      if (!fm || fm.name !== fm.schemaName || fm.roles !== undefined || (fm.middlewares?.length ?? 0) > 0) continue;
      const resolved = storage.fieldResolvers.some((r) => {
        if (r.methodName !== fm.name && r.schemaName !== field.name) return false;
        try {
          const on = r.getObjectType?.();
          return on === undefined || chain.includes(on);
        } catch {
          return true;
        }
      });
      if (resolved) continue;
      field.resolve = undefined;
    }
  }
  return schema;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- as above
function findField(chain: Function[], byTarget: Map<Function, ClassMeta>, schemaName: string): FieldMeta | undefined {
  for (const c of chain) {
    const fm = byTarget.get(c)?.fields?.find((f) => f.schemaName === schemaName);
    if (fm) return fm;
  }
  return undefined;
}
