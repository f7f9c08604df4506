import { createActor, usedIds } from '../model/factory.js';
import type { Document } from '../model/schema.js';
import type { ActorDomain } from '../model/vocabulary.js';
import type { Operation } from '../edit/operation.js';

/**
 * Words in an organisation's name that say its domain, for the network partners of any local approach. Stems match
 * anywhere in a word, so Dutch compounds and plurals count (*Huisartsen*, *Welzijnsorganisatie*, *Basisschool*,
 * *Veiligheidsregio*); abbreviations match as whole words only. The first match wins; a name without one is `other`
 * (the facilitator can change it in a click).
 */
const DOMAIN_WORDS: readonly (readonly [RegExp, ActorDomain])[] = [
  // Justice first: the Openbaar Ministerie is no ministry of government here.
  [/openbaar ministerie|reclassering|rechtbank|raad voor de kinderbescherming|justitie|slachtofferhulp/i, 'justice'],
  [/gemeente|provincie|ministerie|rijksoverheid|overheid|wethouder|\bcollege\b/i, 'government'],
  [/politie|veiligheid|handhav|brandweer|\bboa\b/i, 'safety'],
  [
    /\b(ggd|ggz|csg|jgz|vvt)\b|huisarts|ziekenhui|centrum seksueel geweld|zorg|kliniek|praktijkondersteuner|fysiotherap|apothe|verpleeg|psycholo/i,
    'care',
  ],
  [/\b(mbo|hbo|roc)\b|school|scholen|onderwijs|universiteit|kinderopvang|peuterspeel/i, 'education'],
  [/\b(uwv)\b|werk en inkomen|werkgever|sociale dienst|schuldhulp|schuldsaner|participatie|werkbedrijf/i, 'work-and-income'],
  [/onderzoek|kennisinstitu|rutgers|movisie|\bnji\b|verwey-jonker|lectoraat|planbureau/i, 'research'],
  [/woning|wonen|woonstichting|woonbedrijf|huurders/i, 'housing'],
  [/bibliothe|\bbieb\b|cultu|museum|theater/i, 'culture'],
  [
    /veilig thuis|wijkteam|sociaal team|buurtteam|jongerenwerk|welzijn|maatschappelijk werk|ervaringsdeskundig|jeugd|ouderenbond|\bkbo\b|vrijwillig|buurthuis|\bsport|kerk|moskee|voedselbank|humanitas|rode kruis/i,
    'social',
  ],
];

/**
 * The domain an organisation's name suggests (GGD → care, Veilig Thuis → social, Politie → safety, …).
 *
 * @example
 * guessPartnerDomain('GGD Hollands Noorden'); // 'care'
 */
export function guessPartnerDomain(name: string): ActorDomain {
  return DOMAIN_WORDS.find(([words]) => words.test(name))?.[1] ?? 'other';
}

/**
 * Operations that make the workshop's participating organisations partners on the social map, in one step: one
 * partner per organisation that is not a partner yet (names compared without case and surrounding spaces), with
 * the domain its name suggests.
 *
 * @example
 * const operations = participantsAsPartners(document);
 * if (operations.length) history.apply(operations, { label: bilingual('deelnemers als partners', 'participants as partners') });
 */
export function participantsAsPartners(document: Document): Operation[] {
  const known = new Set(document.actors.map((actor) => actor.name.trim().toLowerCase()));
  const taken = usedIds(document);
  const operations: Operation[] = [];
  for (const participant of document.workshop?.participants ?? []) {
    const name = participant.trim();
    if (!name || known.has(name.toLowerCase())) continue;
    known.add(name.toLowerCase());
    const actor = createActor({ name, domain: guessPartnerDomain(name) }, (id) => taken.has(id));
    taken.add(actor.id);
    operations.push({ type: 'addActor', actor });
  }
  return operations;
}

/**
 * Operations that give a partner to every listed intervention that lacks it (`carries` true), or take it from every
 * one that has it (`false`): one undo step for a whole selection. Ids that are not interventions are skipped.
 *
 * @example
 * history.apply(assignPartner(document, ['int-a', 'int-b'], 'ggd', true), { label: bilingual('partner toewijzen', 'assign partner') });
 */
export function assignPartner(document: Document, interventions: Iterable<string>, actor: string, carries: boolean): Operation[] {
  const wanted = new Set(interventions);
  const operations: Operation[] = [];
  for (const node of document.nodes) {
    if (node.kind !== 'intervention' || !wanted.has(node.id) || node.actors.includes(actor) === carries) continue;
    operations.push({ type: carries ? 'addToNode' : 'removeFromNode', id: node.id, field: 'actors', value: actor });
  }
  return operations;
}
