import type { ApolloServerOptionsWithGateway, ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  execute,
  getVariableValues,
  Kind,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { createRequire } from 'node:module';
import { toError } from 'graphql/jsutils/toError.js';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { graphqlJsErrors, leafSerializers } from './jit-errors.js';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type GatewayRequest = Parameters<GatewayExecutor>[0];

/**
 * graphql-jit 0.8.9 mishandles a list item that is a rejected promise (it appends the null at the end of the list
 * instead of at the item's index). A rejection is turned into the error value graphql-js would locate there; an
 * Error as an item is something graphql-jit handles as graphql-js does (null at its index, error at its path).
 */
interface JitRuntime {
  isPromise(value: unknown): boolean;
  handleListItemResult(ctx: unknown, item: unknown, onSuccess: (v: unknown) => void, onError: (e: unknown) => void): void;
}
const jitRuntime = (createRequire(import.meta.url)('graphql-jit/dist/runtime.js') as { jitRuntime: JitRuntime }).jitRuntime;
const handleListItemResult = jitRuntime?.handleListItemResult;
if (typeof handleListItemResult !== 'function') throw new Error('graphql-jit: runtime.handleListItemResult not found (see docs/adr/0006-graphql-executor.md)');
jitRuntime.handleListItemResult = function (this: JitRuntime, ctx, item, onSuccess, onError) {
  const settled = this.isPromise(item) ? Promise.resolve(item).catch((e: unknown) => toError(e)) : item;
  handleListItemResult.call(this, ctx, settled, onSuccess, onError);
};

export type Engine = 'jit' | 'graphql-js';

export interface ExecutorOptions {
  /** Compiled documents kept (least recently used dropped first). */
  maxCompiled?: number;
  /** Told which engine ran each operation, and why not graphql-jit (tests and diagnostics). */
  onRun?: (engine: Engine, reason?: string) => void;
}

export interface ExecutorStats {
  compiled: number;
  jit: number;
  graphqlJs: number;
}

/**
 * Runs queries through graphql-jit, which compiles each document once into a function (no per-field type checks,
 * argument coercion or resolver calls for plain properties), and everything else through graphql-js `execute`.
 * Apollo Server's supported hook for a custom executor is a gateway whose `load()` returns one; schema, plugins,
 * validation and error formatting stay Apollo's. What graphql-js would answer is kept:
 * - variables are coerced (and refused, with graphql-js's errors and nothing run) by graphql-js first;
 * - errors are rebuilt as graphql-js builds them (`locatedError` of what the resolver or scalar threw), so codes,
 *   bilingual messages and the original error for the log survive;
 * - mutations, introspection, `@skip`/`@include`, variables inside list or object literals, and documents graphql-jit
 *   cannot compile run on graphql-js.
 */
export function jitGateway(schema: GraphQLSchema, opts: ExecutorOptions = {}): Gateway & { stats: ExecutorStats } {
  const executor = createJitExecutor(schema, opts);
  let listener: Parameters<Gateway['onSchemaLoadOrUpdate']>[0] | undefined;
  return {
    stats: executor.stats,
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => {
        listener = undefined;
      };
    },
    async load() {
      // Not a federated graph: there is no supergraph document.
      listener?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor: executor.run };
    },
    async stop() {},
  };
}

type Plan = CompiledQuery | { fallback: string };

export function createJitExecutor(schema: GraphQLSchema, opts: ExecutorOptions = {}): { run: GatewayExecutor; stats: ExecutorStats } {
  const maxCompiled = opts.maxCompiled ?? 500;
  const plans = new Map<string, Plan>();
  const stats: ExecutorStats = { compiled: 0, jit: 0, graphqlJs: 0 };
  const customSerializers = leafSerializers(schema);

  const planFor = (source: string, document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null): Plan => {
    const key = `${operationName ?? ''}\n${source}`;
    const cached = plans.get(key);
    if (cached) {
      // Least recently used goes first: a hit moves to the end.
      plans.delete(key);
      plans.set(key, cached);
      return cached;
    }
    let plan: Plan;
    const reason = ineligible(document, operation);
    if (reason) {
      plan = { fallback: reason };
    } else {
      const compiled = compileQuery(schema, document, operationName ?? undefined, {
        customSerializers,
        // Errors are rebuilt by graphql-js (below), which takes its own stack.
        disablingCapturingStackErrors: true,
      });
      plan = isCompiledQuery(compiled) ? compiled : { fallback: `graphql-jit: ${compiled.errors?.map((e) => e.message).join('; ') ?? 'not compiled'}` };
      if (isCompiledQuery(compiled)) stats.compiled += 1;
    }
    plans.set(key, plan);
    if (plans.size > maxCompiled) plans.delete(plans.keys().next().value as string);
    return plan;
  };

  const graphqlJs = (rc: GatewayRequest, reason: string): ExecutionResult => {
    stats.graphqlJs += 1;
    opts.onRun?.('graphql-js', reason);
    // What Apollo Server itself runs without a gateway (no root value, default resolvers).
    return execute({
      schema,
      document: rc.document,
      contextValue: rc.context,
      variableValues: rc.request.variables,
      operationName: rc.request.operationName,
    }) as ExecutionResult;
  };

  const run: GatewayExecutor = async (rc) => {
    // Apollo hands over a resolved operation; without one, graphql-js reports why.
    const operation = rc.operation as OperationDefinitionNode | undefined;
    if (!operation || rc.source === undefined) return graphqlJs(rc, 'no single operation');
    // A plugin with `willResolveField` wraps every resolver at its first request: compiled plans would bypass it.
    if (instrumented(schema)) return graphqlJs(rc, 'resolvers instrumented by a plugin');
    const plan = planFor(rc.source, rc.document, operation, rc.operationName);
    if ('fallback' in plan) return graphqlJs(rc, plan.fallback);
    // graphql-jit coerces variables with its own code and messages: graphql-js decides, and answers a refusal.
    if (!variablesAccepted(schema, operation, rc.request.variables)) return graphqlJs(rc, 'variables refused');
    const result = (await plan.query(undefined, rc.context, rc.request.variables ?? {})) as ExecutionResult;
    // Only variable coercion answers without `data`, before any resolver ran: graphql-js then runs it.
    if (!('data' in result)) return graphqlJs(rc, 'variables refused by graphql-jit');
    stats.jit += 1;
    opts.onRun?.('jit');
    if (!result.errors?.length) return { data: result.data };
    return { data: result.data, errors: graphqlJsErrors(result.errors, schema, rc.document, operation) };
  };

  return { run, stats };
}

/** Why a document runs on graphql-js, or undefined when graphql-jit may run it. */
function ineligible(document: DocumentNode, operation: OperationDefinitionNode): string | undefined {
  if (operation.operation !== 'query') return `${operation.operation} operations run on graphql-js`;
  let reason: string | undefined;
  visit(document, {
    Directive(node) {
      reason ??= `directive @${node.name.value}`;
    },
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') reason ??= 'introspection';
    },
    Argument(node) {
      // graphql-jit puts null where such a variable is missing; graphql-js leaves the field out (or its default).
      if (node.value.kind !== Kind.VARIABLE && containsVariable(node.value)) reason ??= `variable inside the value of argument ${node.name.value}`;
    },
  });
  return reason;
}

function containsVariable(node: object): boolean {
  let found = false;
  visit(node as DocumentNode, {
    Variable() {
      found = true;
    },
  });
  return found;
}

/** graphql-js's own variable coercion, as `execute` runs it before any field. */
function variablesAccepted(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): boolean {
  return !getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).errors;
}

const instrumentedMark = 'apolloServerPluginsEnabled';
function instrumented(schema: GraphQLSchema): boolean {
  return Object.getOwnPropertySymbols(schema).some((s) => s.description === instrumentedMark);
}

/**
 * With Apollo's cache-control plugin disabled (it wraps every field resolver to collect hints this API never sets),
 * answers carry what it sent for them: `cache-control: no-store`, unless a resolver set an unparsable header.
 */
export const noStoreCacheControl: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const existing = response.http.headers.get('cache-control');
        if (existing && existing !== 'no-store' && !/^max-age=\d+, (public|private)$/.test(existing)) return;
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

