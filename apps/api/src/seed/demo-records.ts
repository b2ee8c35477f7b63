import type { Knex } from '@mikro-orm/postgresql';
import { seedResearch } from '../modules/research/research.seed.js';
import { seedContact } from '../modules/contact/contact.seed.js';
import { seedSecondments } from '../modules/secondment/secondment.seed.js';
import { seedTalks } from '../modules/talk/talk.seed.js';
import { seedExperiences } from '../modules/experience/experience.seed.js';
import { seedReception } from '../modules/reception/reception.seed.js';
import { seedVisitCases } from '../modules/visit-case/visit-case.seed.js';
import { seedUnitRecords } from '../modules/opinion/unit-records.seed.js';

export interface DemoUnitRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  path: string;
  parentId: string | null;
  flags: string[];
}

export interface DemoPersonRow {
  id: string;
  name: string;
  unitId: string;
  partyMember: boolean;
  rank: string;
}

export interface DemoPositionRow {
  personId: string;
  unitId: string;
  title: string;
  leadershipTeam: boolean;
  principal: boolean;
  partySecretary: boolean;
  branchHead: boolean;
  deptHead: boolean;
  from: string;
  to: string | null;
}

export interface DemoRecordContext {
  knex: Knex;
  trx: Knex.Transaction;
  units: DemoUnitRow[];
  people: DemoPersonRow[];
  positions: DemoPositionRow[];
  households: { id: string; unitId: string; flags: string[] }[];
  /** The demo's "today": records run from 2025-01-01 to this date, so this year's compliance is part-way. */
  today: string;
  /** A deterministic random number in [0, 1): demo data must be the same on every start. */
  random: () => number;
}

/** Writes one module's demo records inside the demo seeding transaction; returns how many rows it wrote. */
export type DemoRecordSeeder = (ctx: DemoRecordContext) => Promise<Record<string, number>>;

/** Every module with records adds its demo seeder here (one import, one entry). */
export const DEMO_RECORD_SEEDERS: DemoRecordSeeder[] = [
  seedReception,
  seedVisitCases,
  seedResearch,
  seedContact,
  seedSecondments,
  seedTalks,
  seedExperiences,
  seedUnitRecords,
];
