import type { TopicPack } from './topic.js';
import { TEXTS } from './locales/index.js';
import { NEUTRAL_STEPS } from './shared-steps.js';

/**
 * The approach to preventing and stopping sexual violence ("aanpak seksueel geweld"), in the words of the national
 * building blocks and the Rutgers eight-point plan: its five areas, victims and perpetrators, the CSG.
 */
export const SEKSUEEL_GEWELD: TopicPack = {
  id: 'seksueel-geweld',
  title: TEXTS.seksueelGeweld.title,
  description: TEXTS.seksueelGeweld.description,
  steps: {
    ...NEUTRAL_STEPS,
    problem: {
      guidance: NEUTRAL_STEPS.problem.guidance,
      questions: [...Object.values(TEXTS.seksueelGeweld.problemQuestions), ...NEUTRAL_STEPS.problem.questions.slice(2)],
    },
  },
  examples: TEXTS.seksueelGeweld.examples,
  riskGroup: TEXTS.seksueelGeweld.riskGroup,
};
