import { defineMessage, localizeMessage, renderMessage } from '../i18n/format.js';
import { inEveryLanguage, type Localized } from '../i18n/localized.js';
import type { Document, InterventionNode } from '../model/schema.js';
import { documentAreas } from '../model/areas.js';
import { KINDS_BY_RANK, NODE_KIND_SPECS } from '../model/kinds.js';
import { WORKSHOP_STEPS, type NodeKind, type WorkshopStep } from '../model/vocabulary.js';
import { indexDocument } from '../validate/graph-index.js';
import { topicStep } from '../topics/index.js';
import { localizeFinding } from '../validate/format-finding.js';
import { validate } from '../validate/validate.js';
import { TEXTS } from './locales/index.js';

/**
 * What a step of the bliksemtraject is about, for the stepper.
 *
 * @example
 * const guide: StepGuide = stepGuide('mechanisms', document);
 * console.log(guide.title.nl, guide.questions.length);
 */
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

/**
 * Which kinds each step captures and shows, read from the kinds' modules (`workshop`): captured kinds in chain order,
 * then the layers shown, those captured in the step first (the participant's phone offers the first).
 */
const STRUCTURE: readonly Pick<StepGuide, 'step' | 'captureKinds' | 'layers'>[] = WORKSHOP_STEPS.values.map((step) => {
  const captureKinds = KINDS_BY_RANK.filter((kind) => NODE_KIND_SPECS[kind].workshop.capturedIn === step);
  const shown = KINDS_BY_RANK.filter((kind) => NODE_KIND_SPECS[kind].workshop.shownIn.includes(step));
  const layers = [...shown.filter((kind) => captureKinds.includes(kind)), ...shown.filter((kind) => !captureKinds.includes(kind))];
  return { step, captureKinds, layers };
});

const guideFor = (document: Pick<Document, 'topic' | 'areas'>): StepGuide[] =>
  STRUCTURE.map((structure) => ({ ...structure, title: WORKSHOP_STEPS.labels[structure.step], ...topicStep(document, structure.step) }));

/**
 * The six steps of a bliksemtraject veranderlogica, in order, with guidance
 * and prompting questions in Dutch and English, in neutral words for any
 * subject (in a plan's own pack: {@link workshopGuide}).
 *
 * @example
 * WORKSHOP_GUIDE.map((guide) => guide.title.nl); // the six steps, in words for any subject
 */
export const WORKSHOP_GUIDE: readonly StepGuide[] = guideFor({});

/**
 * The six steps for a plan, in its subject pack's words (`topic`), with its own areas.
 *
 * @example
 * workshopGuide(document)[0].questions[0].nl;
 */
export function workshopGuide(document: Pick<Document, 'topic' | 'areas'>): readonly StepGuide[] {
  return guideFor(document);
}

/**
 * The guide for one step, in the words of the plan's subject pack when a plan is given (else neutral words).
 *
 * @example
 * stepGuide('goals', document).questions[0].nl;
 */
export function stepGuide(step: WorkshopStep, document?: Pick<Document, 'topic' | 'areas'>): StepGuide {
  const structure = STRUCTURE.find((guide) => guide.step === step)!;
  return { ...structure, title: WORKSHOP_STEPS.labels[step], ...topicStep(document ?? {}, step) };
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

/**
 * What is still missing in a step: empty when the step is complete enough to move on.
 *
 * @example
 * const { missing }: StepProgress = stepProgress(document, 'goals');
 * if (missing.length === 0) console.log('Klaar voor de volgende stap');
 */
export interface StepProgress {
  readonly step: WorkshopStep;
  readonly missing: readonly Localized[];
  /** Cards this step is about, e.g. the goals in step 2. */
  readonly count: number;
}

const MISSING = {
  unsourced: defineMessage<{ count: number }>(TEXTS.steps.missingUnsourced),
  withoutPartner: defineMessage<{ count: number; node: { title: string } }>(TEXTS.steps.missingWithoutPartner),
  withoutMechanism: defineMessage<{ count: number; node: { title: string } }>(TEXTS.steps.missingWithoutMechanism),
  emptyAreas: defineMessage<{ areas: readonly Localized[] }>(TEXTS.steps.missingEmptyAreas),
  looseEnds: defineMessage<{ count: number }>(TEXTS.steps.missingLooseEnds),
  moreLikeIt: defineMessage<{ first: { title: string }; count: number }>(TEXTS.steps.missingMoreLikeIt),
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
      if (!problem.trim()) missing.push(TEXTS.steps.describeTheProblemInA);
      if (facts.length === 0) missing.push(TEXTS.steps.noFactsOnNatureAnd);
      const unsourced = facts.filter((fact) => !fact.source.trim()).length;
      if (unsourced) missing.push(localizeMessage(MISSING.unsourced, { count: unsourced }));
      if (document.targetGroups.length === 0) missing.push(TEXTS.steps.noTargetGroupsYet);
      else if (!document.targetGroups.some((group) => group.risk)) missing.push(TEXTS.steps.noRiskGroupMarkedYet);
      return { step, missing, count: facts.length + document.targetGroups.length };
    }
    case 'goals': {
      const goals = nodes('goal');
      if (goals.length === 0) missing.push(TEXTS.steps.noGoalsYet);
      else {
        if (!goals.some((g) => g.kind === 'goal' && g.horizon === 'long')) missing.push(TEXTS.steps.noLongTermGoalYet);
        if (!goals.some((g) => g.kind === 'goal' && g.horizon === 'short')) missing.push(TEXTS.steps.noShortTermGoalYet);
        if (!goals.some((g) => g.kind === 'goal' && g.level === 'strategic')) missing.push(TEXTS.steps.noStrategicGoalYet);
      }
      return { step, missing, count: goals.length };
    }
    case 'interventions': {
      const interventions = nodes('intervention') as InterventionNode[];
      if (interventions.length === 0) missing.push(TEXTS.steps.noInterventionsYet);
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
      if (nodes('mechanism').length === 0) missing.push(TEXTS.steps.noWorkingMechanismsYet);
      if (nodes('outcome').length === 0) missing.push(TEXTS.steps.noOutcomesYet);
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
      if (votes === 0) missing.push(TEXTS.steps.noVotesCastYet);
      const chosen = nodes('intervention').filter((node) => node.kind === 'intervention' && node.priority).length;
      if (chosen === 0) missing.push(TEXTS.steps.noInterventionChosenAsA);
      return { step, missing, count: chosen };
    }
    case 'partners-and-measures': {
      // Progress is earned here too: partners alone (step 1 may make them) do not tick the step.
      if (nodes('intervention').length === 0) missing.push(TEXTS.steps.noInterventionsToLinkPartners);
      if (nodes('indicator').length === 0) missing.push(TEXTS.steps.noIndicatorsYet);
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
          missing.push(
            inEveryLanguage((language) =>
              renderMessage(MISSING.moreLikeIt, { first: { title: text[language] }, count: matching.length - 1 }, language),
            ),
          );
      }
      if (document.actors.length === 0) missing.push(TEXTS.steps.noPartnersOnTheSocial);
      return { step, missing, count: nodes('indicator').length };
    }
  }
}

/**
 * The steps in which the room is still building the plan: cards say what is left to do, not what is wrong.
 *
 * @example
 * const building = BUILDING_STEPS.includes(document.workshop?.step ?? 'problem'); // show to-dos, not warnings
 */
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
      if (node.actors.length === 0) todo = TEXTS.steps.noPartnerYet;
      else if (node.targetGroups.length === 0) todo = TEXTS.steps.noTargetGroupYet;
    } else if (step === 'mechanisms') {
      if (node.kind === 'intervention' && !leadsTo(node.id, ['mechanism'])) todo = TEXTS.steps.noWorkingMechanismYet;
      else if (node.kind === 'mechanism' && !ledBy(node.id, ['intervention'])) todo = TEXTS.steps.noInterventionYet;
      else if (node.kind === 'mechanism' && !leadsTo(node.id, ['outcome', 'goal'])) todo = TEXTS.steps.leadsNowhereYet;
      else if (node.kind === 'outcome' && !leadsTo(node.id, ['outcome', 'goal'])) todo = TEXTS.steps.noGoalYet;
    } else if (step === 'goals' && node.kind === 'goal' && !node.title.trim()) {
      todo = TEXTS.steps.noTitleYet;
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
