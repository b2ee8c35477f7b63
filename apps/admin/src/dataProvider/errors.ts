import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { HttpError } from 'ra-core';

/** Status codes react-admin reasons about (401/403 reach the authProvider's checkError). */
const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/** Input paths the API may name that no form shows; their errors go to the notification only. */
const NOT_FORM_FIELDS = new Set(['id', 'page', 'perPage', 'sort', 'sort.field', 'version']);

export const NETWORK_ERROR = 'lianxi.error.network';
export const UNEXPECTED_ERROR = 'lianxi.error.unexpected';

export interface ErrorBody {
  code: string;
  field?: string;
  /** UNAUTHENTICATED with a reason (`invalid`, `expired`): a credential was sent but no longer holds. */
  reason?: string;
  /**
   * react-admin's shape for server-side validation: `{ [field]: message, root: { serverError } }`. Forms put
   * each message under its input and notify `root.serverError`.
   */
  errors?: Record<string, string | { serverError: string }>;
}

/** `input.parentId` (graphql-js coercion) and `parentId` (service checks) both name the form field `parentId`. */
export function formField(field: string, prefix = ''): string | undefined {
  const name = field.replace(/^input\./, '');
  if (!name || NOT_FORM_FIELDS.has(name)) return undefined;
  return `${prefix}${name}`;
}

/**
 * Turns what Apollo throws into react-admin's HttpError: the API's message (already in the user's language),
 * a status from `extensions.code`, and the field it concerns. Network failures become a translatable key
 * so the page can offer a retry.
 */
export function toHttpError(error: unknown, fieldPrefix = ''): HttpError {
  if (error instanceof HttpError) return error;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = String(first?.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
    const message = first?.message ?? UNEXPECTED_ERROR;
    const rawField = first?.extensions?.['field'];
    const field = typeof rawField === 'string' ? formField(rawField, fieldPrefix) : undefined;
    const body: ErrorBody = { code };
    const reason = first?.extensions?.['reason'];
    if (typeof reason === 'string') body.reason = reason;
    if (field) {
      body.field = field;
      body.errors = { [field]: message, root: { serverError: message } };
    }
    return new HttpError(message, STATUS_BY_CODE[code] ?? 500, body);
  }
  if (ServerError.is(error)) {
    return new HttpError(NETWORK_ERROR, error.statusCode, { code: 'SERVER_ERROR' } satisfies ErrorBody);
  }
  if (ServerParseError.is(error)) {
    return new HttpError(UNEXPECTED_ERROR, error.statusCode, { code: 'PARSE_ERROR' } satisfies ErrorBody);
  }
  // fetch() rejects with a TypeError when the server cannot be reached at all.
  return new HttpError(NETWORK_ERROR, 0, { code: 'NETWORK_ERROR' } satisfies ErrorBody);
}

export function isNetworkError(error: unknown): boolean {
  return error instanceof HttpError && (error.status === 0 || error.status >= 502);
}
