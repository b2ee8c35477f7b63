import type { FactSource } from './fact-source.js';

/** Every module that records facts for the rules adds its source here (one import, one entry). */
export const FACT_SOURCES: FactSource[] = [];
