import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { GraphQLEnumType, visit } from 'graphql';
import { unauthenticated } from './errors.js';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Bilingual } from './i18n.js';
import type { Ctx } from './context.js';

/** What clients see of an unexpected failure: no stack, no SQL, a request id to find it in the server log. */
const INTERNAL: Bilingual = {
  zh: '服务器内部错误，请稍后重试；如果问题持续，请把请求编号告诉管理员',
  en: 'Internal server error; try again later, and if it persists give the request id to an administrator',
};

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'RATE_LIMITED',
]);

/**
 * Turns graphql-js's English input errors into bilingual BAD_USER_INPUT errors naming the field, and masks
 * everything that is not a client error.
 */
export function makeFormatError(schema: GraphQLSchema, log: (err: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = String(formatted.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
    const base = { locations: formatted.locations, path: formatted.path };

    const enumMatch = /Value "([^"]*)" does not exist in "(\w+)" enum/.exec(formatted.message);
    if (enumMatch) {
      const [, value, enumName] = enumMatch;
      const t = schema.getType(enumName ?? '');
      const values = t instanceof GraphQLEnumType ? t.getValues().map((v) => v.name) : [];
      const field = fieldFrom(formatted.message);
      return {
        ...base,
        message: formatted.message,
        extensions: {
          code: 'BAD_USER_INPUT',
          field,
          message: {
            zh: `${field ? `字段 ${field} 的` : ''}取值“${value}”不是有效的 ${enumName}；可用：${values.join('、')}`,
            en: `${field ? `${field}: ` : ''}"${value}" is not a valid ${enumName}; expected one of ${values.join(', ')}`,
          },
        },
      };
    }
    if (code === 'BAD_USER_INPUT' && !formatted.extensions?.['message']) {
      const field = fieldFrom(formatted.message);
      return {
        ...base,
        message: formatted.message,
        extensions: {
          code,
          field,
          message: { zh: `输入有误${field ? `（${field}）` : ''}：${formatted.message}`, en: formatted.message },
        },
      };
    }
    if (CLIENT_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...base, message: formatted.message, extensions };
    }
    log(original);
    return { ...base, message: INTERNAL.zh, extensions: { code: 'INTERNAL_SERVER_ERROR', message: INTERNAL } };
  };
}

/** `at "input.kind"` in graphql-js coercion messages names the field. */
function fieldFrom(message: string): string | undefined {
  return /at "([^"]+)"/.exec(message)?.[1] ?? /field "(\w+)\.(\w+)"/.exec(message)?.[2];
}

/** Picks each error's message in the caller's language (errors carry both in `extensions.message`). */
export const localizeErrors: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const locale = contextValue?.locale ?? 'zh';
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => {
          const text = e.extensions?.['message'] as Bilingual | undefined;
          const extra = e.extensions?.['code'] === 'INTERNAL_SERVER_ERROR' ? { requestId: contextValue?.requestId } : {};
          return text ? { ...e, message: text[locale], extensions: { ...e.extensions, ...extra } } : e;
        });
      },
    };
  },
};

/** Introspection (`__schema`, `__type`) is for signed-in callers only; `__typename` stays open. */
export const introspectionForViewersOnly: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        if (contextValue.viewer.kind !== 'anonymous') return;
        let asks = false;
        visit(document, {
          Field(node) {
            if (node.name.value === '__schema' || node.name.value === '__type') asks = true;
          },
        });
        if (asks) throw unauthenticated();
      },
    };
  },
};
