import { defineMessage, localizeMessage, renderMessage } from '../i18n/format.js';
import type { Localized } from '../i18n/localized.js';
import type { Document, InterventionNode } from '../model/schema.js';
import { documentAreas } from '../model/areas.js';
import { WORKSHOP_STEPS, type NodeKind, type WorkshopStep } from '../model/vocabulary.js';
import { indexDocument } from '../validate/graph-index.js';
import { localizeFinding } from '../validate/format-finding.js';
import { validate } from '../validate/validate.js';

/** What a step of the bliksemtraject is about, for the stepper. */
export interface StepGuide {
  readonly step: WorkshopStep;
  readonly title: Localized;
  /** One or two sentences for the facilitator and the room. */
  readonly guidance: Localized;
  /** Questions to put to the room. */
  readonly questions: readonly Localized[];
  /** The kinds quick capture creates in this step, one field each; empty where the step captures no cards. */
  readonly captureKinds: readonly NodeKind[];
  /** The layers to highlight on the canvas. */
  readonly layers: readonly NodeKind[];
}

const q = (nl: string, en: string): Localized => ({ nl, en });

/**
 * The six steps of a bliksemtraject veranderlogica, in order, with guidance
 * and prompting questions in Dutch and English.
 */
export const WORKSHOP_GUIDE: readonly StepGuide[] = [
  {
    step: 'problem',
    title: WORKSHOP_STEPS.labels.problem,
    guidance: q(
      'Breng samen de aard en omvang van het probleem in kaart: welke feiten kennen we (met bron), en welke doelgroepen en risicogroepen zien we?',
      'Map the nature and extent of the problem together: which facts do we know (with their source), and which target groups and risk groups do we see?',
    ),
    questions: [
      q(
        'Wat weten we over seksueel geweld in onze gemeente of regio, en waar komt dat cijfer vandaan?',
        'What do we know about sexual violence in our municipality or region, and where does that figure come from?',
      ),
      q('Wie lopen meer risico om slachtoffer of pleger te worden?', 'Who is more at risk of becoming a victim or a perpetrator?'),
      q('Wat ontbreekt nog in ons beeld?', 'What is still missing from our picture?'),
    ],
    captureKinds: [],
    layers: [],
  },
  {
    step: 'goals',
    title: WORKSHOP_STEPS.labels.goals,
    guidance: q(
      'Wat willen we bereiken? Formuleer doelen voor de lange en de korte termijn, strategisch, tactisch en operationeel.',
      'What do we want to achieve? Formulate long- and short-term goals: strategic, tactical and operational.',
    ),
    questions: [
      q('Wat is er over vier jaar anders voor inwoners?', 'What is different for residents four years from now?'),
      q('Welke doelen op korte termijn brengen ons daar?', 'Which short-term goals take us there?'),
      q(
        'Zijn de doelen zo geformuleerd dat we kunnen zien of we ze halen?',
        'Are the goals phrased so that we can tell whether we reach them?',
      ),
    ],
    captureKinds: ['goal'],
    layers: ['goal'],
  },
  {
    step: 'interventions',
    title: WORKSHOP_STEPS.labels.interventions,
    guidance: q(
      'Wat doen we al en wat is nieuw? Verzamel de interventies per gebied (preventie, signalering, zorg en ondersteuning, omgeving, handhaving en nazorg) met de partner die ze aanbiedt.',
      'What do we already do and what is new? Collect the interventions per area (prevention, signalling, care and support, environment, enforcement and aftercare) with the partner that offers them.',
    ),
    questions: [
      q('Welk aanbod is er al, en wie biedt het aan?', 'What is already on offer, and who offers it?'),
      q(
        'In welk gebied of voor welke doelgroep is er niets (witte vlek)?',
        'In which area or for which target group is there nothing (a gap)?',
      ),
      q('Waar bieden meerdere partners hetzelfde aan (dubbeling)?', 'Where do several partners offer the same (overlap)?'),
    ],
    captureKinds: ['intervention'],
    layers: ['intervention'],
  },
  {
    step: 'mechanisms',
    title: WORKSHOP_STEPS.labels.mechanisms,
    guidance: q(
      'Waarom werkt het? Maak per interventie expliciet via welk werkzaam mechanisme zij bijdraagt aan een uitkomst en een doel.',
      'Why does it work? Make explicit, per intervention, through which working mechanism it contributes to an outcome and a goal.',
    ),
    questions: [
      q(
        'Wat verandert er bij de deelnemers doordat zij deze interventie krijgen?',
        'What changes for participants because they take part in this intervention?',
      ),
      q('Welke uitkomst volgt daaruit, en welk doel dient die?', 'Which outcome follows, and which goal does it serve?'),
      q('Wat moet er waar zijn om dit te laten werken (aannames)?', 'What must be true for this to work (assumptions)?'),
    ],
    // Mechanisms and the outcomes they lead to are found together: "why does it work, and what follows?"
    captureKinds: ['mechanism', 'outcome'],
    layers: ['mechanism', 'outcome'],
  },
  {
    step: 'prioritise',
    title: WORKSHOP_STEPS.labels.prioritise,
    guidance: q(
      'Kies samen de speerpunten: iedere deelnemer verdeelt zijn stippen over de interventies. Markeer daarna de gekozen prioriteiten.',
      'Choose the priorities together: every participant spreads their dots over the interventions. Then mark the chosen priorities.',
    ),
    questions: [
      q('Welke interventies dragen het meest bij aan onze doelen?', 'Which interventions contribute most to our goals?'),
      q(
        'Waar zetten we de komende periode op in, en wat laten we los?',
        'What do we invest in for the coming period, and what do we let go?',
      ),
    ],
    captureKinds: [],
    layers: ['intervention', 'goal'],
  },
  {
    step: 'partners-and-measures',
    title: WORKSHOP_STEPS.labels['partners-and-measures'],
    guidance: q(
      'Wie draagt wat? Verbind elke interventie met de partners die haar uitvoeren, en kies indicatoren die meetbaar en beschikbaar zijn: proces en effect, met nulmeting, streefwaarde en bron.',
      'Who carries what? Link every intervention to the partners who carry it out, and choose indicators that are measurable and available: process and effect, with baseline, target and source.',
    ),
    questions: [
      q('Welke partner is eigenaar van deze interventie?', 'Which partner owns this intervention?'),
      q(
        'Hoe zien we dat we vooruitgaan, en welke cijfers zijn er al?',
        'How do we see that we are making progress, and which figures already exist?',
      ),
      q('Wie meet het, en hoe vaak?', 'Who measures it, and how often?'),
    ],
    captureKinds: ['indicator'],
    layers: ['indicator', 'intervention'],
  },
];

/**
 * The guide for one step.
 *
 * @example
 * stepGuide('goals').questions[0].nl;
 */
export function stepGuide(step: WorkshopStep): StepGuide {
  return WORKSHOP_GUIDE.find((guide) => guide.step === step)!;
}

/**
 * The step after (or before) `step`, or `undefined` at either end.
 *
 * @example
 * adjacentStep('goals', 1); // 'interventions'
 */
export function adjacentStep(step: WorkshopStep, direction: 1 | -1): WorkshopStep | undefined {
  const order = WORKSHOP_STEPS.values;
  return order[order.indexOf(step) + direction];
}

/** What is still missing in a step: empty when the step is complete enough to move on. */
export interface StepProgress {
  readonly step: WorkshopStep;
  readonly missing: readonly Localized[];
  /** Cards this step is about, e.g. the goals in step 2. */
  readonly count: number;
}

const MISSING = {
  unsourced: defineMessage<{ count: number }>({
    nl: '{count, plural, one {# feit} other {# feiten}} zonder bron.',
    en: '{count, plural, one {# fact} other {# facts}} without a source.',
  }),
  withoutPartner: defineMessage<{ count: number; node: { title: string } }>({
    nl: '{count, plural, one {# interventie} other {# interventies}} zonder partner, zoals {node}.',
    en: '{count, plural, one {# intervention} other {# interventions}} without a partner, such as {node}.',
  }),
  withoutMechanism: defineMessage<{ count: number; node: { title: string } }>({
    nl: '{count, plural, one {# interventie} other {# interventies}} zonder werkzaam mechanisme, zoals {node}.',
    en: '{count, plural, one {# intervention} other {# interventions}} without a working mechanism, such as {node}.',
  }),
  emptyAreas: defineMessage<{ areas: readonly Localized[] }>({
    nl: 'Witte vlek: geen interventie in {areas}.',
    en: 'Gap: no intervention in {areas}.',
  }),
  looseEnds: defineMessage<{ count: number }>({
    nl: 'En nog {count, plural, one {# ander los eind} other {# andere losse einden}}.',
    en: 'And {count, plural, one {# more loose end} other {# more loose ends}}.',
  }),
  moreLikeIt: defineMessage<{ first: { title: string }; count: number }>({
    nl: '{first, raw} (en {count, plural, one {# vergelijkbare} other {# vergelijkbare}})',
    en: '{first, raw} (and {count, plural, one {# more like it} other {# more like it}})',
  }),
};

/**
 * What is still missing in a step of the bliksemtraject, read from the
 * document with the same rules as the validation and the analyses.
 *
 * @example
 * stepProgress(document, 'goals').missing; // [{ nl: 'Nog geen doel voor de korte termijn.', … }]
 */
export function stepProgress(document: Document, step: WorkshopStep): StepProgress {
  const nodes = (kind: NodeKind) => document.nodes.filter((node) => node.kind === kind);
  const missing: Localized[] = [];
  const findings = () => validate(document);
  switch (step) {
    case 'problem': {
      const { facts, problem } = document.context;
      if (!problem.trim()) missing.push(q('Beschrijf het probleem in een paar zinnen.', 'Describe the problem in a few sentences.'));
      if (facts.length === 0) missing.push(q('Nog geen feiten over aard en omvang.', 'No facts on nature and extent yet.'));
      const unsourced = facts.filter((fact) => !fact.source.trim()).length;
      if (unsourced) missing.push(localizeMessage(MISSING.unsourced, { count: unsourced }));
      if (document.targetGroups.length === 0) missing.push(q('Nog geen doelgroepen.', 'No target groups yet.'));
      else if (!document.targetGroups.some((group) => group.risk))
        missing.push(q('Nog geen risicogroep gemarkeerd.', 'No risk group marked yet.'));
      return { step, missing, count: facts.length + document.targetGroups.length };
    }
    case 'goals': {
      const goals = nodes('goal');
      if (goals.length === 0) missing.push(q('Nog geen doelen.', 'No goals yet.'));
      else {
        if (!goals.some((g) => g.kind === 'goal' && g.horizon === 'long'))
          missing.push(q('Nog geen doel voor de lange termijn.', 'No long-term goal yet.'));
        if (!goals.some((g) => g.kind === 'goal' && g.horizon === 'short'))
          missing.push(q('Nog geen doel voor de korte termijn.', 'No short-term goal yet.'));
        if (!goals.some((g) => g.kind === 'goal' && g.level === 'strategic'))
          missing.push(q('Nog geen strategisch doel.', 'No strategic goal yet.'));
      }
      return { step, missing, count: goals.length };
    }
    case 'interventions': {
      const interventions = nodes('intervention') as InterventionNode[];
      if (interventions.length === 0) missing.push(q('Nog geen interventies.', 'No interventions yet.'));
      const empty = documentAreas(document).filter((area) => !interventions.some((node) => node.area === area.id));
      if (interventions.length && empty.length)
        missing.push(localizeMessage(MISSING.emptyAreas, { areas: empty.map((area) => area.label) }));
      const alone = interventions.filter((node) => node.actors.length === 0);
      if (alone.length) missing.push(localizeMessage(MISSING.withoutPartner, { count: alone.length, node: alone[0]! }));
      return { step, missing, count: interventions.length };
    }
    case 'mechanisms': {
      const index = indexDocument(document);
      const interventions = nodes('intervention');
      // Progress is earned: a step with nothing in it yet is not done.
      if (nodes('mechanism').length === 0) missing.push(q('Nog geen werkzame mechanismen.', 'No working mechanisms yet.'));
      if (nodes('outcome').length === 0) missing.push(q('Nog geen uitkomsten.', 'No outcomes yet.'));
      const withoutMechanism = interventions.filter(
        (node) => !(index.causalOut.get(node.id) ?? []).some((edge) => index.nodeById.get(edge.target)?.kind === 'mechanism'),
      );
      if (withoutMechanism.length)
        missing.push(localizeMessage(MISSING.withoutMechanism, { count: withoutMechanism.length, node: withoutMechanism[0]! }));
      const unreached = findings().filter((f) => f.code === 'unreached-goal' || f.code === 'intervention-without-goal');
      for (const finding of unreached.slice(0, 3)) missing.push(localizeFinding(finding));
      if (unreached.length > 3) missing.push(localizeMessage(MISSING.looseEnds, { count: unreached.length - 3 }));
      return { step, missing, count: nodes('mechanism').length };
    }
    case 'prioritise': {
      const votes = Object.values(document.workshop?.votes ?? {}).reduce((sum, n) => sum + n, 0);
      if (votes === 0) missing.push(q('Nog geen stemmen uitgebracht.', 'No votes cast yet.'));
      const chosen = nodes('intervention').filter((node) => node.kind === 'intervention' && node.priority).length;
      if (chosen === 0) missing.push(q('Nog geen interventie als prioriteit gekozen.', 'No intervention chosen as a priority yet.'));
      return { step, missing, count: chosen };
    }
    case 'partners-and-measures': {
      const all = findings();
      const codes = [
        'intervention-without-partner',
        'goal-without-indicator',
        'indicator-without-target',
        'indicator-without-source',
      ] as const;
      for (const code of codes) {
        const matching = all.filter((f) => f.code === code);
        const first = matching[0];
        if (!first) continue;
        const text = localizeFinding(first);
        if (matching.length === 1) missing.push(text);
        else
          missing.push({
            nl: renderMessage(MISSING.moreLikeIt, { first: { title: text.nl }, count: matching.length - 1 }, 'nl'),
            en: renderMessage(MISSING.moreLikeIt, { first: { title: text.en }, count: matching.length - 1 }, 'en'),
          });
      }
      if (document.actors.length === 0) missing.push(q('Nog geen partners op de sociale kaart.', 'No partners on the social map yet.'));
      return { step, missing, count: nodes('indicator').length };
    }
  }
}

/** The steps in which the room is still building the plan: cards say what is left to do, not what is wrong. */
export const BUILDING_STEPS: readonly WorkshopStep[] = ['problem', 'goals', 'interventions', 'mechanisms'];

/**
 * Per card, the one thing still to do in this step, in the step's own words ("nog geen mechanisme"), for the
 * cards the step is about. While a plan is being built this replaces warning badges: a room reads what to do
 * next, not a list of faults. Steps after building (prioritising, measuring) give none: the full check applies.
 *
 * @example
 * stepTodos(document, 'mechanisms').get('int-lespakket'); // { nl: 'nog geen werkzaam mechanisme', en: … }
 */
export function stepTodos(document: Document, step: WorkshopStep): ReadonlyMap<string, Localized> {
  const todos = new Map<string, Localized>();
  if (!BUILDING_STEPS.includes(step)) return todos;
  const index = indexDocument(document);
  const kindOf = (id: string) => index.nodeById.get(id)?.kind;
  const leadsTo = (id: string, kinds: readonly NodeKind[]) =>
    (index.causalOut.get(id) ?? []).some((edge) => kinds.includes(kindOf(edge.target)!));
  const ledBy = (id: string, kinds: readonly NodeKind[]) =>
    (index.causalIn.get(id) ?? []).some((edge) => kinds.includes(kindOf(edge.source)!));
  for (const node of document.nodes) {
    let todo: Localized | undefined;
    if (step === 'interventions' && node.kind === 'intervention') {
      if (node.actors.length === 0) todo = q('nog geen partner', 'no partner yet');
      else if (node.targetGroups.length === 0) todo = q('nog geen doelgroep', 'no target group yet');
    } else if (step === 'mechanisms') {
      if (node.kind === 'intervention' && !leadsTo(node.id, ['mechanism']))
        todo = q('nog geen werkzaam mechanisme', 'no working mechanism yet');
      else if (node.kind === 'mechanism' && !ledBy(node.id, ['intervention'])) todo = q('nog geen interventie', 'no intervention yet');
      else if (node.kind === 'mechanism' && !leadsTo(node.id, ['outcome', 'goal'])) todo = q('leidt nog nergens toe', 'leads nowhere yet');
      else if (node.kind === 'outcome' && !leadsTo(node.id, ['outcome', 'goal'])) todo = q('nog geen doel', 'no goal yet');
    } else if (step === 'goals' && node.kind === 'goal' && !node.title.trim()) {
      todo = q('nog zonder titel', 'no title yet');
    }
    if (todo) todos.set(node.id, todo);
  }
  return todos;
}

/**
 * What stands out on the canvas in a step: the cards of the step's layers and every connection that touches them.
 * `undefined` when the step highlights nothing (all cards show in full).
 *
 * @example
 * stepHighlight(document, 'mechanisms')?.has('mech-kennis'); // true
 */
export function stepHighlight(document: Document, step: WorkshopStep): ReadonlySet<string> | undefined {
  const layers = stepGuide(step).layers;
  if (layers.length === 0) return undefined;
  const ids = new Set(document.nodes.filter((node) => layers.includes(node.kind)).map((node) => node.id));
  for (const edge of document.edges) if (ids.has(edge.source) || ids.has(edge.target)) ids.add(edge.id);
  return ids;
}
