import type { TopicPack } from './topic.js';
import { TEXTS } from './locales/index.js';
import { NEUTRAL_STEPS } from './shared-steps.js';

/**
 * Any subject in the social domain (loneliness, youth, poverty, debts, …): neutral words in every step, and areas
 * that suit most local approaches. Also the words of a plan that names no subject.
 */
export const ALGEMEEN: TopicPack = {
  id: 'algemeen',
  title: TEXTS.algemeen.title,
  description: TEXTS.algemeen.description,
  steps: NEUTRAL_STEPS,
  examples: TEXTS.algemeen.examples,
  riskGroup: TEXTS.algemeen.riskGroup,
  areas: Object.entries(TEXTS.algemeen.areas).map(([id, label]) => ({ id, label })),
};
