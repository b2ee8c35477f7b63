import { ClassType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { badInput } from './errors.js';

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder' });

@InputType({ description: 'Sort a list by one field.' })
export class SortInput {
  @Field(() => String)
  field!: string;

  @Field(() => SortOrder, { defaultValue: SortOrder.ASC })
  order: SortOrder = SortOrder.ASC;
}

export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 500;

export interface PageRequest {
  limit: number;
  offset: number;
}

/** Pages are 1-based as react-admin counts them; perPage is bounded so one request cannot read a whole table. */
export function pageRequest(page: number | undefined | null, perPage: number | undefined | null): PageRequest {
  const p = page ?? 1;
  const pp = perPage ?? DEFAULT_PER_PAGE;
  if (!Number.isInteger(p) || p < 1) {
    throw badInput('page', { zh: `页码应为从 1 开始的整数，收到 ${p}`, en: `page must be a whole number from 1, got ${p}` });
  }
  if (!Number.isInteger(pp) || pp < 1 || pp > MAX_PER_PAGE) {
    throw badInput('perPage', {
      zh: `每页条数应在 1 到 ${MAX_PER_PAGE} 之间，收到 ${pp}`,
      en: `perPage must be from 1 to ${MAX_PER_PAGE}, got ${pp}`,
    });
  }
  return { limit: pp, offset: (p - 1) * pp };
}

/** Maps a public sort field to an entity property, refusing fields that are not sortable. */
export function sortOrder<F extends string>(
  sort: SortInput | undefined | null,
  allowed: Record<string, F>,
  fallback: Partial<Record<F, 'asc' | 'desc'>>,
): Partial<Record<F, 'asc' | 'desc'>> {
  if (!sort) return fallback;
  const prop = allowed[sort.field];
  if (!prop) {
    const names = Object.keys(allowed).join(', ');
    throw badInput('sort.field', {
      zh: `不能按“${sort.field}”排序，可用字段：${names}`,
      en: `Cannot sort by "${sort.field}"; sortable fields: ${names}`,
    });
  }
  return { [prop]: sort.order === SortOrder.DESC ? 'desc' : 'asc' } as Partial<Record<F, 'asc' | 'desc'>>;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** `{ items, total }` object type for one item type, as every list in the API returns. */
export function PageOf<T extends object>(itemType: ClassType<T>) {
  // Not emitted itself: type-graphql 2 emits only types reachable from resolvers.
  @ObjectType()
  abstract class PageClass {
    @Field(() => [itemType])
    items!: T[];

    @Field(() => Int, { description: 'Rows matching the filter, over all pages.' })
    total!: number;
  }
  return PageClass;
}
