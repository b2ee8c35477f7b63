export * from './vocabulary/org.js';
