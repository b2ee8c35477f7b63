import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError(`日期格式应为 YYYY-MM-DD（如 2025-03-01），收到 ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT', message: { zh: '日期格式应为 YYYY-MM-DD', en: 'A date must be written YYYY-MM-DD' } },
    });
  }
  return value;
}

/** The last string `serialize` found valid: the rows of a large result mostly share their dates (`asOf`). */
let lastSerialized: string | undefined;

/** A calendar date without time or zone, as the policy counts days: `2025-03-01`. Kept as a string end to end. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO-8601 `YYYY-MM-DD`.',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && value === lastSerialized) return value;
    lastSerialized = parseDate(value);
    return lastSerialized;
  },
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('日期应为字符串 YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDate(ast.value);
  },
});

/** Today's date in China Standard Time (UTC+8, no daylight saving): the policy's days are Beijing days. */
export function todayCst(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
