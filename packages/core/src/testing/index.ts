/** Helpers for tests and benchmarks of tools built on the core. */
export { seededRandom, syntheticDocument } from './synthetic.js';
export { strategyPlan } from './plans.js';
