import type { Localized } from '../i18n/localized.js';

/** Fixed texts of the report, in both languages. */
export const REPORT_TEXT = {
  veranderlogica: { nl: 'Veranderlogica', en: 'Theory of Change' },
  summary: { nl: 'Samenvatting', en: 'Summary' },
  context: { nl: 'Probleem en context', en: 'Problem and context' },
  facts: { nl: 'Feiten en cijfers', en: 'Facts and figures' },
  targetGroups: { nl: 'Doelgroepen', en: 'Target groups' },
  riskGroup: { nl: 'risicogroep', en: 'risk group' },
  goals: { nl: 'Doelen en hoe we ze bereiken', en: 'Goals and how we reach them' },
  goal: { nl: 'Doel', en: 'Goal' },
  routesIntro: { nl: 'Zo dragen de interventies bij aan dit doel:', en: 'This is how the interventions contribute to this goal:' },
  noRoutes: {
    nl: 'Nog geen interventie werkt aantoonbaar aan dit doel (witte vlek in de logica).',
    en: 'No intervention works towards this goal yet (a gap in the logic).',
  },
  measuredBy: { nl: 'Gemeten met', en: 'Measured by' },
  notMeasured: { nl: 'Nog geen indicator.', en: 'No indicator yet.' },
  restsOn: { nl: 'Rust op de aannames', en: 'Rests on the assumptions' },
  subGoals: { nl: 'Draagt bij aan', en: 'Contributes to' },
  reachedThrough: { nl: 'Wordt ook bereikt via de doelen', en: 'Also reached through the goals' },
  thisGoal: { nl: 'dit doel', en: 'this goal' },
  priorities: { nl: 'Prioriteiten', en: 'Priorities' },
  votes: { nl: 'stemmen', en: 'votes' },
  priority: { nl: 'prioriteit', en: 'priority' },
  partners: { nl: 'Partners (sociale kaart)', en: 'Partners (social map)' },
  partner: { nl: 'Partner', en: 'Partner' },
  domain: { nl: 'Domein', en: 'Domain' },
  offer: { nl: 'Aanbod', en: 'Offer' },
  carries: { nl: 'Voert uit', en: 'Carries' },
  contact: { nl: 'Contact', en: 'Contact' },
  alone: { nl: 'Partners die met niemand een interventie delen', en: 'Partners sharing no intervention with anyone' },
  measurementPlan: { nl: 'Meetplan', en: 'Measurement plan' },
  coverage: { nl: 'Aanbod: witte vlekken en dubbelingen', en: 'Offer: gaps and overlaps' },
  coverageIntro: {
    nl: 'Per gebied en doelgroep: het aantal interventies. Een lege cel is een witte vlek; cellen waar meerdere partners aanbod hebben, zijn mogelijke dubbelingen.',
    en: 'Interventions per area and target group. An empty cell is a gap; cells where several partners offer something are possible overlaps.',
  },
  gap: { nl: 'witte vlek', en: 'gap' },
  overlap: { nl: 'mogelijke dubbeling', en: 'possible overlap' },
  noTargetGroup: { nl: 'geen doelgroep genoemd', en: 'no target group named' },
  area: { nl: 'Gebied', en: 'Area' },
  assumptions: { nl: 'Aannames en risico’s', en: 'Assumptions and risks' },
  risk: { nl: 'Risico', en: 'Risk' },
  underlies: { nl: 'Onderbouwt', en: 'Underlies' },
  openQuestions: { nl: 'Open vragen (parkeerplaats)', en: 'Open questions (parking lot)' },
  quality: { nl: 'Controle van de logica', en: 'Checks of the logic' },
  noFindings: { nl: 'Geen fouten of waarschuwingen.', en: 'No errors or warnings.' },
  participants: { nl: 'Deelnemende organisaties', en: 'Participating organisations' },
  period: { nl: 'Periode', en: 'Period' },
  madeOn: { nl: 'Opgesteld op', en: 'Drawn up on' },
  by: { nl: 'door', en: 'by' },
  via: { nl: 'via', en: 'through' },
  and: { nl: 'en', en: 'and' },
  contributesTo: { nl: 'draagt bij aan', en: 'contributes to' },
  directly: { nl: 'direct (zonder benoemd werkzaam mechanisme)', en: 'directly (without a named working mechanism)' },
  noPartner: { nl: 'nog zonder partner', en: 'no partner yet' },
  none: { nl: 'geen', en: 'none' },
} as const satisfies Record<string, Localized>;

/** Joins words as "a, b en c" / "a, b and c". */
export function joinList(items: readonly string[], language: 'nl' | 'en'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${REPORT_TEXT.and[language]} ${items.at(-1)}`;
}
