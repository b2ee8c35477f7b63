import type { FactSource } from './fact-source.js';
import { researchFacts } from '../research/research.facts.js';
import { contactFacts } from '../contact/contact.facts.js';
import { secondmentFacts } from '../secondment/secondment.facts.js';
import { talkFacts } from '../talk/talk.facts.js';
import { experienceFacts } from '../experience/experience.facts.js';
import { opinionFactSource } from '../opinion/opinion.facts.js';
import { commitmentFactSource } from '../commitment/commitment.facts.js';
import { deputyActivityFactSource } from '../deputy-activity/deputy-activity.facts.js';
import { communityServiceFactSource } from '../community-service/community-service.facts.js';
import { yearEndReportFactSource } from '../year-end-report/year-end-report.facts.js';
import { receptionFactSource } from '../reception/reception.facts.js';
import { visitCaseFactSource } from '../visit-case/visit-case.facts.js';

/** Every module that records facts for the rules adds its source here (one import, one entry). */
export const FACT_SOURCES: FactSource[] = [
  receptionFactSource,
  visitCaseFactSource,
  opinionFactSource,
  commitmentFactSource,
  deputyActivityFactSource,
  communityServiceFactSource,
  yearEndReportFactSource,
  researchFacts,
  contactFacts,
  secondmentFacts,
  talkFacts,
  experienceFacts,
];
