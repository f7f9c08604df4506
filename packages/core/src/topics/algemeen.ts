import type { TopicPack } from './topic.js';
import { NEUTRAL_STEPS } from './shared-steps.js';

/**
 * Any subject in the social domain (loneliness, youth, poverty, debts, …): neutral words in every step, and areas
 * that suit most local approaches. Also the words of a plan that names no subject.
 */
export const ALGEMEEN: TopicPack = {
  id: 'algemeen',
  title: { nl: 'Algemeen: elk onderwerp', en: 'General: any subject' },
  description: {
    nl: 'Neutrale woorden voor elk onderwerp in het sociaal domein: eenzaamheid, jeugd, armoede, schulden, gezondheid, …',
    en: 'Neutral wording for any subject in the social domain: loneliness, youth, poverty, debts, health, …',
  },
  steps: NEUTRAL_STEPS,
  examples: {
    goal: { nl: 'Meer inwoners doen mee en voelen zich gesteund', en: 'More residents take part and feel supported' },
    outcome: { nl: 'Inwoners weten waar ze terechtkunnen', en: 'Residents know where to turn' },
    mechanism: { nl: 'De drempel om hulp te vragen wordt lager', en: 'Asking for help becomes easier' },
    intervention: { nl: 'Inloopspreekuur in de wijk', en: 'Drop-in hours in the neighbourhood' },
    indicator: { nl: 'Aandeel inwoners dat weet waar ze hulp vinden', en: 'Share of residents who know where to find help' },
    assumption: { nl: 'Partners delen signalen met elkaar', en: 'Partners share signals with each other' },
  },
  riskGroup: { nl: 'Risicogroep (loopt meer risico)', en: 'Risk group (at higher risk)' },
  areas: [
    { id: 'prevention', label: { nl: 'preventie', en: 'prevention' } },
    { id: 'signalling', label: { nl: 'signalering', en: 'signalling' } },
    { id: 'support', label: { nl: 'ondersteuning en zorg', en: 'support and care' } },
    { id: 'environment', label: { nl: 'leefomgeving', en: 'living environment' } },
    { id: 'cooperation', label: { nl: 'samenwerking en borging', en: 'cooperation and embedding' } },
  ],
};
