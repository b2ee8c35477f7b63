import {
  execute,
  GraphQLEnumType,
  GraphQLError,
  GraphQLFloat,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError, notFound } from './errors.js';
import { createJitExecutor, type Engine } from './executor.js';
import { DateScalar } from './scalars.js';

/**
 * A schema made to fail in every way a field can: what the optimised executor answers must be what graphql-js
 * `execute` answers, errors included (message, locations, path, extensions and the original error for the log).
 */
const boom = new Error('database exploded');
const Status = new GraphQLEnumType({ name: 'Status', values: { MET: { value: 'met' }, MISSED: { value: 'missed' } } });
interface RowSource {
  asOf?: string;
  child?: RowSource;
}
const Row: GraphQLObjectType<RowSource> = new GraphQLObjectType<RowSource>({
  name: 'Row',
  fields: () => ({
    id: { type: new GraphQLNonNull(GraphQLID) },
    name: { type: GraphQLString },
    asOf: { type: DateScalar },
    asOfRequired: { type: new GraphQLNonNull(DateScalar), resolve: (r) => r.asOf },
    status: { type: Status },
    count: { type: GraphQLInt },
    share: { type: new GraphQLNonNull(GraphQLFloat) },
    child: { type: Row, resolve: (r) => r.child },
    mustHave: { type: new GraphQLNonNull(GraphQLString), resolve: () => null },
    thrown: { type: GraphQLString, resolve: () => { throw notFound({ zh: '记录', en: 'record' }, 'x1'); } },
    returnedError: { type: GraphQLString, resolve: () => new AppError('CONFLICT', { zh: '冲突', en: 'conflict' }) },
    rejected: { type: GraphQLString, resolve: async () => { throw boom; } },
    stringThrown: { type: GraphQLString, resolve: () => { throw 'plain string'; } },
  }),
});
const Filter = new GraphQLInputObjectType({
  name: 'Filter',
  fields: { q: { type: GraphQLString }, status: { type: Status }, from: { type: DateScalar }, limit: { type: GraphQLInt, defaultValue: 3 } },
});
const rows = [
  { id: 'a', name: '甲', asOf: '2025-03-01', status: 'met', count: 1, share: 0.5, child: { id: 'c', share: 1 } },
  { id: 'b', name: null, asOf: '2025-02-30', status: 'nope', count: 2.5, share: 1 },
  { id: null, name: 'z', asOf: '2025-03-01', status: 'missed', count: 3, share: 2 },
];
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      rows: { type: new GraphQLList(Row), resolve: () => rows },
      strictRows: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Row))), resolve: () => rows },
      row: { type: Row, args: { id: { type: new GraphQLNonNull(GraphQLID) } }, resolve: (_s, a: { id: string }) => rows.find((r) => r.id === a.id) },
      echo: {
        type: GraphQLString,
        args: { f: { type: Filter }, n: { type: GraphQLInt, defaultValue: 7 }, s: { type: new GraphQLList(Status) } },
        // Keys sorted: graphql-jit puts arguments with defaults first; resolvers read them by name.
        resolve: (_s, a: Record<string, unknown>) => JSON.stringify(a, Object.keys(a).concat(...Object.values(a).flatMap((v) => (v && typeof v === 'object' ? Object.keys(v) : []))).sort()),
      },
      asyncRows: { type: new GraphQLList(Row), resolve: async () => rows.slice(0, 1) },
      promisedItems: { type: new GraphQLList(GraphQLString), resolve: () => [Promise.resolve('x'), Promise.reject(boom), 'z'] },
      notAList: { type: new GraphQLList(GraphQLString), resolve: () => 42 },
    },
  }),
  mutation: new GraphQLObjectType({ name: 'Mutation', fields: { touch: { type: GraphQLString, resolve: () => 'touched' } } }),
});

interface Shown {
  data: unknown;
  errors?: { json: unknown; original?: unknown; originalMessage?: string }[];
}

/** Everything observable of a result: the JSON a client sees, and the error the server logs (format-error.ts). */
function shown(result: ExecutionResult): Shown {
  return {
    data: JSON.parse(JSON.stringify(result.data ?? null)),
    ...(result.errors
      ? {
          errors: result.errors.map((e) => ({
            json: JSON.parse(JSON.stringify(e.toJSON())),
            original: e.originalError instanceof GraphQLError ? e.originalError.toJSON() : e.originalError?.constructor.name,
            originalMessage: e.originalError?.message,
          })),
        }
      : {}),
  };
}

async function both(source: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && (!operationName || d.name?.value === operationName),
  );
  const engines: (Engine | undefined)[] = [];
  const jit = createJitExecutor(schema, { onRun: (engine) => engines.push(engine) });
  const rc = { document, operation, source, operationName: operationName ?? null, context: {}, request: { variables, operationName } };
  const expected = shown((await execute({ schema, document, variableValues: variables, operationName })) as ExecutionResult);
  const actual = shown(await jit.run(rc as unknown as Parameters<typeof jit.run>[0]));
  return { expected, actual, engine: engines[0] };
}

describe('the graphql-jit executor', () => {
  const cases: [string, string, Record<string, unknown>?][] = [
    ['plain fields, aliases and fragments', `{ rows { id n: name ...F child { id share } } } fragment F on Row { asOf status count share }`],
    ['a non-null field resolving to null', `{ rows { id mustHave } }`],
    ['a null propagating through a non-null list to the root', `{ strictRows { id } }`],
    ['an error thrown with a code and both languages', `{ row(id: "a") { id thrown } }`],
    ['an error returned as the value', `{ row(id: "a") { returnedError } }`],
    ['a rejected promise (masked, logged)', `{ asyncRows { id rejected } }`],
    ['a thrown string', `{ row(id: "a") { stringThrown } }`],
    ['a scalar refusing its value, with its code', `{ row(id: "b") { asOf } }`],
    ['a non-null scalar refusing its value', `{ row(id: "b") { id asOfRequired } }`],
    ['a built-in scalar and an enum refusing their values', `{ row(id: "b") { count status } }`],
    ['list items that reject', `{ promisedItems }`],
    ['a list resolver returning no list', `{ notAList }`],
    ['variables, defaults and enums', `query($f: Filter, $s: [Status]) { echo(f: $f, s: $s) }`, { f: { q: 'x', status: 'MET', from: '2025-03-01' }, s: ['MISSED'] }],
    ['a missing optional variable', `query($f: Filter, $n: Int) { echo(f: $f, n: $n) }`, {}],
    ['literal arguments', `{ echo(f: { q: "lit", status: MISSED }, n: 2, s: [MET, MISSED]) }`],
    // Several errors: graphql-js stops an object at its first error that nulls it; graphql-jit runs all fields.
    ['several nulls and throws in the same objects', `{ rows { id mustHave thrown } }`],
    ['an error before a null in the same object', `{ rows { thrown name mustHave } }`],
    ['a null climbing from a child object', `{ rows { name child { mustHave id } returnedError } }`],
    ['errors through a fragment and an alias', `{ strictRows { ...G x: thrown } } fragment G on Row { count asOfRequired }`],
  ];
  for (const [name, source, variables] of cases) {
    it(`answers as graphql-js for ${name}, compiled`, async () => {
      const { expected, actual, engine } = await both(source, variables);
      expect(engine).toBe('jit');
      expect(actual).toEqual(expected);
    });
  }

  const fallbacks: [string, string, Record<string, unknown>?][] = [
    ['a refused variable (graphql-js says why)', `query($n: Int) { echo(n: $n) }`, { n: 'x' }],
    ['an unknown enum value in a variable', `query($f: Filter) { echo(f: $f) }`, { f: { status: 'NOPE' } }],
    ['a variable inside a literal', `query($q: String) { echo(f: { q: $q }) }`, {}],
    ['@skip and @include', `query($no: Boolean!) { rows { id name @skip(if: $no) } }`, { no: true }],
    ['a mutation', `mutation { touch }`],
    ['introspection', `{ __schema { queryType { name } } }`],
  ];
  for (const [name, source, variables] of fallbacks) {
    it(`runs ${name} on graphql-js`, async () => {
      const { expected, actual, engine } = await both(source, variables);
      expect(engine).toBe('graphql-js');
      expect(actual).toEqual(expected);
    });
  }

  it('keeps the code and both languages of an error a scalar throws', async () => {
    const { actual } = await both(`{ row(id: "b") { asOf } }`);
    expect(actual.errors?.[0]?.json).toMatchObject({ path: ['row', 'asOf'], extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('picks the named operation of a document with several', async () => {
    const { expected, actual, engine } = await both(`query A { rows { id } } query B { row(id: "a") { name } }`, {}, 'B');
    expect(engine).toBe('jit');
    expect(actual).toEqual(expected);
  });
});
