import type { TopicPack } from './topic.js';
import { NEUTRAL_STEPS } from './shared-steps.js';

/**
 * The approach to preventing and stopping sexual violence ("aanpak seksueel geweld"), in the words of the national
 * building blocks and the Rutgers eight-point plan: its five areas, victims and perpetrators, the CSG.
 */
export const SEKSUEEL_GEWELD: TopicPack = {
  id: 'seksueel-geweld',
  title: { nl: 'Aanpak seksueel geweld', en: 'Approach to sexual violence' },
  description: {
    nl: 'Voorkomen en stoppen van seksueel geweld, met de vijf gebieden van de landelijke bouwstenen.',
    en: 'Preventing and stopping sexual violence, with the five areas of the national building blocks.',
  },
  steps: {
    ...NEUTRAL_STEPS,
    problem: {
      guidance: NEUTRAL_STEPS.problem.guidance,
      questions: [
        {
          nl: 'Wat weten we over seksueel geweld in onze gemeente of regio, en waar komt dat cijfer vandaan?',
          en: 'What do we know about sexual violence in our municipality or region, and where does that figure come from?',
        },
        {
          nl: 'Wie lopen meer risico om slachtoffer of pleger te worden?',
          en: 'Who is more at risk of becoming a victim or a perpetrator?',
        },
        NEUTRAL_STEPS.problem.questions[2],
      ],
    },
  },
  examples: {
    goal: { nl: 'Minder seksueel geweld onder jongeren', en: 'Less sexual violence among young people' },
    outcome: { nl: 'Omstanders grijpen in', en: 'Bystanders intervene' },
    mechanism: { nl: 'Handelingsverlegenheid neemt af', en: 'Reluctance to act decreases' },
    intervention: { nl: 'Lespakket relaties en seksualiteit', en: 'Lessons on relationships and sexuality' },
    indicator: { nl: 'Dagen tot eerste contact met het CSG', en: 'Days to first contact with the sexual assault centre' },
    assumption: { nl: 'Scholen geven lestijd voor seksuele vorming', en: 'Schools make time for sex education' },
  },
  riskGroup: {
    nl: 'Risicogroep (loopt meer risico, als slachtoffer of als pleger)',
    en: 'Risk group (at higher risk, as victim or as perpetrator)',
  },
};
