import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { defaultFieldResolver, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import type { Ctx } from './context.js';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker, assertViewer } from './guard.js';
import { dropPlainFieldResolvers } from './plain-fields.js';
import { ResearchReportResolver, ResearchTopicResolver, ResearchTripResolver } from '../modules/research/research.resolver.js';
import { BranchPairingResolver, ContactLinkResolver, ContactVisitResolver, FamilyVisitResolver } from '../modules/contact/contact.resolver.js';
import { SecondmentAssessmentResolver, SecondmentResolver } from '../modules/secondment/secondment.resolver.js';
import { TalkResolver } from '../modules/talk/talk.resolver.js';
import { ExperienceResolver } from '../modules/experience/experience.resolver.js';
import { DecisionResolver, OpinionAnalysisResolver, OpinionChannelResolver, OpinionResolver } from '../modules/opinion/opinion.resolver.js';
import { CommitmentResolver } from '../modules/commitment/commitment.resolver.js';
import { DeputyActivityResolver, DeputyDutyReportResolver, DeputyPairingResolver } from '../modules/deputy-activity/deputy-activity.resolver.js';
import { CommunityRegistrationResolver, CommunityServiceProjectResolver, ServicePairingResolver } from '../modules/community-service/community-service.resolver.js';
import { YearEndReportResolver } from '../modules/year-end-report/year-end-report.resolver.js';
import { DutyDayResolver, ReceptionDayResolver, WorkCalendarResolver } from '../modules/reception/reception.resolver.js';
import { VisitCaseResolver } from '../modules/visit-case/visit-case.resolver.js';
import { LocalRuleResolver } from '../modules/local-rule/local-rule.resolver.js';
import { ComplianceResolver } from '../modules/compliance/compliance.resolver.js';
import { ApiTokenResolver } from '../modules/api-token/api-token.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { UserResolver } from '../modules/user/user.resolver.js';
import { DeputyTermResolver } from '../modules/deputy-term/deputy-term.resolver.js';
import { HouseholdResolver } from '../modules/household/household.resolver.js';
import { OrgUnitResolver } from '../modules/org-unit/org-unit.resolver.js';
import { PersonResolver, PositionResolver } from '../modules/person/person.resolver.js';
import { AttachmentResolver } from '../modules/attachment/attachment.resolver.js';
import { RecycleBinResolver } from '../modules/recycle-bin/recycle-bin.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own resolver list type
export const RESOLVERS: NonEmptyArray<Function> = [
  OrgUnitResolver,
  HouseholdResolver,
  PersonResolver,
  PositionResolver,
  DeputyTermResolver,
  AuthResolver,
  UserResolver,
  ApiTokenResolver,
  AuditResolver,
  ComplianceResolver,
  LocalRuleResolver,
  ReceptionDayResolver,
  DutyDayResolver,
  WorkCalendarResolver,
  VisitCaseResolver,
  OpinionChannelResolver,
  OpinionResolver,
  DecisionResolver,
  OpinionAnalysisResolver,
  CommitmentResolver,
  DeputyActivityResolver,
  DeputyPairingResolver,
  DeputyDutyReportResolver,
  CommunityRegistrationResolver,
  CommunityServiceProjectResolver,
  ServicePairingResolver,
  YearEndReportResolver,
  ResearchTripResolver,
  ResearchTopicResolver,
  ResearchReportResolver,
  ContactLinkResolver,
  ContactVisitResolver,
  FamilyVisitResolver,
  BranchPairingResolver,
  SecondmentResolver,
  SecondmentAssessmentResolver,
  TalkResolver,
  ExperienceResolver,
  AttachmentResolver,
  RecycleBinResolver,
];

/** packages/schema/schema.graphql, from src/graphql (tests) and dist/graphql (CLI) alike. */
/**
 * Every root field (query or mutation) needs a viewer unless public. Wrapping the root fields' resolvers once
 * replaces a global middleware, which type-graphql ran on every field of every row: a 2,500-row answer paid for
 * 30,000 needless async calls.
 */
function requireViewerOnRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Ctx, info) => {
        assertViewer(context, info.fieldName);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

export const schemaPath: string = fileURLToPath(new URL('../../../../packages/schema/schema.graphql', import.meta.url));

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema; built once per process (type-graphql keeps global metadata). */
export function lianxiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    validate: false,
    emitSchemaFile: false,
    authChecker,
    authMode: 'error',
  })
    .then(dropPlainFieldResolvers)
    .then(requireViewerOnRootFields);
  return built;
}

/** The contract as committed in packages/schema/schema.graphql: sorted, so diffs show real changes only. */
export async function emitSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await lianxiSchema()))}\n`;
}
