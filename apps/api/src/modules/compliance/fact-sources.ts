import type { FactSource } from './fact-source.js';
import { receptionFactSource } from '../reception/reception.facts.js';
import { visitCaseFactSource } from '../visit-case/visit-case.facts.js';

/** Every module that records facts for the rules adds its source here (one import, one entry). */
export const FACT_SOURCES: FactSource[] = [
  receptionFactSource,
  visitCaseFactSource,
];
