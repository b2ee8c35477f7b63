import {
  GraphQLError,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  locatedError,
  typeFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type SourceLocation,
} from 'graphql';
import { inspect } from 'graphql/jsutils/inspect.js';

// Leaf values: graphql-jit's serializer passes on only the message of what a scalar throws. The wrapper below
// throws a token instead and keeps the error, so that `asGraphqlJsError` can locate the original as graphql-js does
// (a Date scalar's BAD_USER_INPUT with both languages, for instance).

const TOKEN = '\u0000graphql-leaf-error#';
const thrown = new Map<string, unknown>();
let tokenSeq = 0;

function keep(error: unknown): Error {
  const token = `${TOKEN}${++tokenSeq}`;
  thrown.set(token, error);
  // Errors dropped on the way (graphql-jit keeps one per path) must not pile up.
  if (thrown.size > 1000) thrown.delete(thrown.keys().next().value as string);
  return new Error(token);
}

/** graphql-jit `customSerializers` for every leaf type: graphql-js's `completeLeafValue`, failures kept whole. */
export function leafSerializers(schema: GraphQLSchema): Record<string, (v: unknown) => unknown> {
  const out: Record<string, (v: unknown) => unknown> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isLeafType(type)) continue;
    out[type.name] = (value) => {
      let serialized: unknown;
      try {
        serialized = type.serialize(value);
      } catch (error) {
        throw keep(error);
      }
      // A scalar may not turn a value into null.
      if (serialized == null) {
        throw keep(new Error(`Expected \`${inspect(type)}.serialize(${inspect(value)})\` to return non-nullable value, returned: ${inspect(serialized)}`));
      }
      return serialized;
    };
  }
  return out;
}

interface JitError {
  message: string;
  locations?: readonly SourceLocation[];
  path?: readonly (string | number)[];
  originalError?: unknown;
}

/**
 * The error graphql-js would have produced: `locatedError(what was thrown, field nodes, path)`. graphql-jit
 * reports its own checks (non-null, iterable) by message only; graphql-js throws an error of its own for those.
 */
export function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const e = error as unknown as JitError;
  let original: unknown = e.originalError;
  if (original === undefined && e.message.startsWith(TOKEN)) {
    original = thrown.get(e.message);
    thrown.delete(e.message);
  }
  original ??= graphqlJsOwnError(e.message);
  const located = locatedError(original, undefined, e.path);
  if (located.locations === undefined && e.locations?.length) {
    // graphql-js takes them from the field nodes; graphql-jit computed the same ones from the same nodes.
    (located as { locations?: readonly SourceLocation[] }).locations = e.locations;
  }
  return located;
}

/**
 * What graphql-js throws for the checks graphql-jit reports by message only: a GraphQLError for a value that is not
 * a list, an Error for a null in a non-null field (graphql-jit also names merged field nodes `T.(a,a)`).
 */
function graphqlJsOwnError(message: string): Error {
  const iterable = /^Expected Iterable, but did not find one for field (\w+)\.\(?(\w+)(?:,\w+)*\)?\.$/.exec(message);
  if (iterable) return new GraphQLError(`Expected Iterable, but did not find one for field "${iterable[1]}.${iterable[2]}".`);
  if (message.startsWith('Expected value of type ')) return new GraphQLError(message);
  return new Error(message.replace(/^(Cannot return null for non-nullable field \w+\.)\((\w+)(?:,\w+)*\)\.$/, '$1$2.'));
}

type Path = readonly (string | number)[];

/**
 * The errors graphql-js reports for the same failures. graphql-jit runs every field of an object (plain
 * properties first, then resolvers) and reports every error; graphql-js runs fields in document order and stops an
 * object at the first error that nulls it (a null in a non-null field), so later errors inside never happen. With
 * one error there is nothing to reconcile; with several they are put in document order and those inside a part
 * already nulled are dropped. The data is the same either way.
 */
export function graphqlJsErrors(errors: readonly GraphQLError[], schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): GraphQLError[] {
  const located = errors.map(asGraphqlJsError);
  if (located.length < 2) return located;
  const shape = new Shape(schema, document, operation);
  const ranked = located.map((error, i) => ({ error, i, path: error.path ?? [], at: shape.walk(error.path ?? []) }));
  ranked.sort((a, b) => compareOrder(a.at.order, b.at.order) || a.i - b.i);
  const nulled: Path[] = [];
  const out: GraphQLError[] = [];
  for (const r of ranked) {
    if (nulled.some((p) => startsWith(r.path, p))) continue;
    out.push(r.error);
    // The error nulls its own place, or (non-null) the nearest nullable place above; nothing inside runs after it.
    nulled.push(r.at.nullableUpTo === undefined ? r.path : r.path.slice(0, r.at.nullableUpTo));
  }
  return out;
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((k, i) => path[i] === k);
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d;
  }
  return a.length - b.length;
}

/** Where a response path lies in the operation: its document order, and how far up a null at it climbs. */
class Shape {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly operation: OperationDefinitionNode,
  ) {
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(d.name.value, d);
  }

  /**
   * `order`: per segment, the response key's place among its siblings (graphql-js's collectFields order) or the
   * list index. `nullableUpTo`: undefined when the place itself is nullable, else the length of the nearest
   * nullable prefix (0: the whole answer is null).
   */
  walk(path: Path): { order: number[]; nullableUpTo?: number } {
    const order: number[] = [];
    const nullable: boolean[] = [];
    let type: GraphQLOutputType | undefined = this.schema.getRootType(this.operation.operation) ?? undefined;
    let sets: SelectionSetNode[] = [this.operation.selectionSet];
    for (const key of path) {
      if (typeof key === 'number') {
        const list: GraphQLOutputType | undefined = type && isNonNullType(type) ? type.ofType : type;
        type = list && isListType(list) ? list.ofType : undefined;
        order.push(key);
      } else {
        const parent: GraphQLOutputType | undefined = type && isNonNullType(type) ? type.ofType : type;
        const fields = isObjectType(parent) ? this.collect(parent.name, sets) : new Map<string, FieldNode[]>();
        const nodes = fields.get(key) ?? [];
        order.push([...fields.keys()].indexOf(key));
        const name = nodes[0]?.name.value;
        type = isObjectType(parent) && name ? parent.getFields()[name]?.type : undefined;
        sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
      }
      nullable.push(!type || !isNonNullType(type));
    }
    if (nullable[nullable.length - 1] !== false) return { order };
    let up = nullable.length - 1;
    while (up > 0 && !nullable[up - 1]) up--;
    return { order, nullableUpTo: up > 0 ? up : 0 };
  }

  /** graphql-js's collectFields, without directives (documents with them do not run on graphql-jit). */
  private collect(typeName: string, sets: SelectionSetNode[], into = new Map<string, FieldNode[]>(), seen = new Set<string>()): Map<string, FieldNode[]> {
    for (const set of sets) {
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          const key = sel.alias?.value ?? sel.name.value;
          into.set(key, [...(into.get(key) ?? []), sel]);
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          if (this.applies(sel.typeCondition?.name.value, typeName)) this.collect(typeName, [sel.selectionSet], into, seen);
        } else if (!seen.has(sel.name.value)) {
          seen.add(sel.name.value);
          const fragment = this.fragments.get(sel.name.value);
          if (fragment && this.applies(fragment.typeCondition.name.value, typeName)) this.collect(typeName, [fragment.selectionSet], into, seen);
        }
      }
    }
    return into;
  }

  private applies(condition: string | undefined, typeName: string): boolean {
    if (!condition || condition === typeName) return true;
    const conditionType = typeFromAST(this.schema, { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: condition } });
    const objectType = this.schema.getType(typeName);
    return !!conditionType && isObjectType(objectType) && !isObjectType(conditionType) && !isLeafType(conditionType) && this.schema.isSubType(conditionType as never, objectType);
  }
}
