import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import type { Page, SortInput } from '../../graphql/pagination.js';
import { refuseOnErrors } from '../../graphql/rule-violation.js';
import {
  checkRecord,
  deleteRecord,
  findRecordForWrite,
  getRecord,
  noteText,
  pageOf,
  pastDate,
  RECORD_SORTABLE,
  recordOwner,
  recordWhere,
} from '../common/record-kit.js';
import { expectVersion, requiredText } from '../common/validate.js';
import { escapeLike } from '../org-unit/org-unit.service.js';
import { ExperienceEntity } from './experience.entity.js';
import { experienceFact } from './experience.facts.js';
import type { CreateExperienceInput, ExperienceFilter, UpdateExperienceInput } from './experience.input.js';

const EXPERIENCE = { zh: '体验群众生活记录', en: 'experience' };
const LABELS = {
  occurredOn: { zh: '体验日期', en: 'The date' },
  place: { zh: '地点', en: 'The place' },
};

export function getExperience(ctx: Ctx, id: string): Promise<ExperienceEntity> {
  return getRecord(ctx, ExperienceEntity, id, EXPERIENCE);
}

export async function listExperiences(
  ctx: Ctx,
  filter: ExperienceFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<ExperienceEntity>> {
  const extra: FilterQuery<ExperienceEntity>[] = [];
  if (filter?.kind) extra.push({ kind: filter.kind });
  if (filter?.q?.trim()) {
    const like = `%${escapeLike(filter.q.trim())}%`;
    extra.push({ $or: [{ place: { $ilike: like } }, { diary: { $ilike: like } }] });
  }
  return pageOf(ctx, ExperienceEntity, await recordWhere(ctx, filter, extra), sort, page, perPage, { ...RECORD_SORTABLE, kind: 'kind' });
}

/** S10.DIARY, as the catalogue words it (and with its minimum length): refused without a diary entry. */
function diaryOf(ctx: Ctx, x: { id: string; personId: string; unitId: string; date: string; kind: string }, diary: string): string {
  const text = diary.trim();
  refuseOnErrors(checkRecord('S10.DIARY', experienceFact({ ...x, diary: text }), ctx), 'diary');
  return requiredText('diary', { zh: '民情日记', en: 'The diary entry' }, text, 20000);
}

export async function createExperience(ctx: Ctx, input: CreateExperienceInput): Promise<ExperienceEntity> {
  const person = await recordOwner(ctx, input.personId);
  const occurredOn = pastDate(ctx, 'occurredOn', LABELS.occurredOn, input.occurredOn);
  const place = requiredText('place', LABELS.place, input.place, 200);
  const diary = diaryOf(ctx, { id: '', personId: person.id, unitId: person.unit.id, date: occurredOn, kind: input.kind }, input.diary);
  const x = ctx.em.create(ExperienceEntity, { person, unit: person.unit, occurredOn, kind: input.kind, place, diary, note: noteText(input.note) });
  await ctx.em.flush();
  return x;
}

export async function updateExperience(ctx: Ctx, id: string, input: UpdateExperienceInput): Promise<ExperienceEntity> {
  const x = await findRecordForWrite(ctx, ExperienceEntity, id, EXPERIENCE);
  expectVersion(x, input.version, { zh: '该体验记录', en: 'This experience' });
  if (input.occurredOn != null) x.occurredOn = pastDate(ctx, 'occurredOn', LABELS.occurredOn, input.occurredOn);
  if (input.kind != null) x.kind = input.kind;
  if (input.place != null) x.place = requiredText('place', LABELS.place, input.place, 200);
  if (input.diary !== undefined) {
    x.diary = diaryOf(ctx, { id: x.id, personId: x.person?.id ?? '', unitId: x.unit.id, date: x.occurredOn, kind: x.kind }, input.diary ?? '');
  }
  if (input.note !== undefined) x.note = noteText(input.note);
  await ctx.em.flush();
  return x;
}

export function deleteExperience(ctx: Ctx, id: string): Promise<ExperienceEntity> {
  return deleteRecord(ctx, ExperienceEntity, id, EXPERIENCE);
}
