import type { EntityClass, EntityMetadata, EntityProperty } from '@mikro-orm/core';
import { ENTITIES } from '../../db/entities.js';
import { isRecordEntity } from '../../db/orm.js';
import type { Bilingual } from '../../graphql/i18n.js';
import type { AnyRecord } from '../common/record-kit.js';

/**
 * The record kinds the recycle bin holds: every RecordEntity that can be deleted. Visit cases have no delete at
 * all (a case is closed, never withdrawn) and local rules are ended, not deleted, so neither is here. A record
 * type is named as in GraphQL and the audit log: the entity's class name without `Entity`.
 */
const NOT_DELETABLE = new Set(['VisitCaseEntity', 'LocalRuleEntity']);

/** How each kind is called in messages (the admin shows its own titles). */
const LABELS: Record<string, Bilingual> = {
  ResearchTrip: { zh: '调研记录', en: 'research trip' },
  ResearchTopic: { zh: '调研课题', en: 'research topic' },
  ResearchReport: { zh: '调研报告', en: 'research report' },
  ContactLink: { zh: '联系点', en: 'contact link' },
  ContactVisit: { zh: '联系点走访', en: 'contact visit' },
  FamilyVisit: { zh: '家访记录', en: 'family visit' },
  BranchPairing: { zh: '支部结对', en: 'branch pairing' },
  Secondment: { zh: '挂职锻炼', en: 'secondment' },
  SecondmentAssessment: { zh: '挂职考核', en: 'secondment assessment' },
  ReceptionDay: { zh: '接访日', en: 'reception day' },
  DutyDay: { zh: '接访值班', en: 'duty day' },
  OpinionChannel: { zh: '意见渠道', en: 'opinion channel' },
  Opinion: { zh: '群众意见', en: 'opinion' },
  Decision: { zh: '决策事项', en: 'decision' },
  OpinionAnalysis: { zh: '意见分析', en: 'opinion analysis' },
  Talk: { zh: '谈心谈话', en: 'talk' },
  Commitment: { zh: '承诺事项', en: 'commitment' },
  DeputyActivity: { zh: '代表活动', en: 'deputy activity' },
  DeputyPairing: { zh: '代表联系户', en: 'deputy pairing' },
  DeputyDutyReport: { zh: '代表述职', en: 'deputy duty report' },
  CommunityRegistration: { zh: '社区报到', en: 'community registration' },
  CommunityServiceProject: { zh: '社区服务项目', en: 'community service project' },
  ServicePairing: { zh: '服务结对', en: 'service pairing' },
  Experience: { zh: '体验活动', en: 'experience' },
  YearEndReport: { zh: '年终报告', en: 'year-end report' },
};

/** The first of these properties a kind has is its one-line summary in the bin. */
const SUMMARY_PROPS = ['title', 'projectName', 'content', 'summary', 'toPost', 'station', 'goal', 'name', 'purpose', 'opinions', 'place', 'reason', 'comment', 'note'];

export interface RecordKind {
  type: string;
  entity: EntityClass<AnyRecord>;
  label: Bilingual;
}

export const RECORD_KINDS: ReadonlyMap<string, RecordKind> = new Map(
  ENTITIES.filter((e) => isRecordEntity(e) && !NOT_DELETABLE.has(e.name)).map((e) => {
    const type = e.name.replace(/Entity$/, '');
    return [type, { type, entity: e as unknown as EntityClass<AnyRecord>, label: LABELS[type] ?? { zh: '记录', en: 'record' } }];
  }),
);

export function summaryColumn(meta: EntityMetadata): string {
  const prop = SUMMARY_PROPS.map((p) => meta.properties[p] as EntityProperty | undefined).find((p) => p && p.fieldNames?.length === 1);
  return prop?.fieldNames[0] ?? 'note';
}
