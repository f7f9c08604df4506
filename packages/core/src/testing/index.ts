/** Helpers for tests and benchmarks of tools built on the core. */
export { seededRandom, syntheticDocument } from './synthetic.js';
export { longChain, strategyPlan, ungroupedPlan, versionedPlan, yearLaterPlan } from './plans.js';
export { HOSTILE_STRINGS } from './hostile.js';
export { corpusPlans } from './corpus.js';
export { CORPUS_MUNICIPALITIES, regionCorpus } from './region.js';
