import { causalChains } from '../analysis/chains.js';
import { coverageMatrix, type CoverageMatrix } from '../analysis/coverage.js';
import { measurementPlan, type MeasurementPlanRow } from '../analysis/measurement-plan.js';
import { partnerNetwork, type PartnerSummary } from '../analysis/partners.js';
import { tallyVotes, type VoteTally } from '../analysis/votes.js';
import { planDiff, type PlanDiff } from '../analysis/plan-diff.js';
import { planProgress, type PlanProgressRow } from '../analysis/progress.js';
import { findVersion, versionPlan } from '../edit/versions.js';
import type { Language } from '../i18n/localized.js';
import { GOAL_LEVEL_RANK } from '../model/connections.js';
import { KIND_ORDER } from '../model/kinds.js';
import type { Confidence } from '../model/vocabulary.js';
import { NODE_KIND_SPECS } from '../model/kinds.js';
import type {
  AssumptionNode,
  Document,
  Edge,
  Evidence,
  Fact,
  GoalNode,
  Group,
  InterventionNode,
  ParkingLotItem,
  Source,
  TargetGroup,
  ToCNode,
} from '../model/schema.js';
import type { Finding } from '../validate/finding.js';
import { indexDocument } from '../validate/graph-index.js';
import { validate } from '../validate/validate.js';

/** How one intervention contributes to one goal: the "because" of the narrative. */
export interface Route {
  readonly intervention: InterventionNode;
  readonly partners: readonly string[];
  readonly mechanisms: readonly ToCNode[];
  readonly outcomes: readonly ToCNode[];
  /** Why its connections hold, as the plan's authors wrote it (each once). */
  readonly rationales: readonly string[];
  /** The least confidence any of its connections was given; absent when none was given one. */
  readonly confidence?: Confidence;
  /** The evidence its connections cite (each once). */
  readonly linkEvidence: readonly Evidence[];
}

/** What a goal rests on: how many of its interventions are recognised or backed, and how sure its links are. */
export interface GoalEvidence {
  /** The interventions on the goal's chains, each once. */
  readonly interventions: number;
  /** Those with a recognition in a databank. */
  readonly recognised: readonly InterventionNode[];
  /** Those without a recognition, but with evidence for their mechanism. */
  readonly backed: readonly InterventionNode[];
  /** The connections on the goal's chains, and how many of them say why they hold. */
  readonly links: number;
  readonly withRationale: number;
  /** The connections on the chains by their confidence; `unknown`: none given. */
  readonly confidence: Readonly<Record<Confidence | 'unknown', number>>;
}

/** The routes of one group (strategy, speerpunt) to a goal; `group` is missing for interventions in no group. */
export interface RouteGroup {
  readonly group?: Group;
  readonly routes: readonly Route[];
}

export interface GoalSection {
  readonly goal: GoalNode;
  readonly routes: readonly Route[];
  /** The same routes by group, in the order of the plan's groups, those in no group last. */
  readonly byGroup: readonly RouteGroup[];
  readonly indicators: readonly MeasurementPlanRow[];
  /** Assumptions under the goal or anything on its chains. */
  readonly assumptions: readonly AssumptionNode[];
  /** Higher goals this goal contributes to. */
  readonly contributesTo: readonly GoalNode[];
  /** Lower goals that contribute to this goal; their routes are told under them. */
  readonly subGoals: readonly GoalNode[];
  readonly evidence: GoalEvidence;
}

export interface GroupSection {
  readonly group: Group;
  readonly members: readonly ToCNode[];
}

/**
 * Everything the report says, as data. Markdown and HTML renderers only
 * format this, so both always say the same.
 */
export interface ReportModel {
  readonly document: Document;
  readonly language: Language;
  readonly date: string;
  readonly facts: readonly Fact[];
  readonly targetGroups: readonly TargetGroup[];
  /** The frameworks and sources the plan follows or cites. */
  readonly sources: readonly Source[];
  /** The plan's strategies, speerpunten or bouwstenen, each with its cards from interventions to indicators. */
  readonly groups: readonly GroupSection[];
  readonly goals: readonly GoalSection[];
  readonly priorities: readonly VoteTally[];
  readonly partners: readonly PartnerSummary[];
  readonly isolatedPartners: readonly string[];
  readonly measurementPlan: readonly MeasurementPlanRow[];
  /** Each indicator's status against its trajectory (Voortgang). */
  readonly progress: readonly PlanProgressRow[];
  /** What changed since a named version of the plan (by default the latest); absent when the plan keeps no versions. */
  readonly changes?: {
    readonly version: { readonly id: string; readonly name: string; readonly created: string };
    readonly diff: PlanDiff;
    readonly before: Document;
  };
  readonly coverage: CoverageMatrix;
  readonly assumptions: readonly { readonly node: AssumptionNode; readonly underlies: readonly ToCNode[] }[];
  readonly openQuestions: readonly ParkingLotItem[];
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<ToCNode['kind'], number>> & { readonly partners: number; readonly chains: number };
  /** The plan has more chains, or longer ones, than a report can tell: only the first are told (see `causalChains`). */
  readonly chainsTruncated: boolean;
}

/** What a report is made for: its language and date, and the version its changes are counted from. */
export interface ReportOptions {
  readonly language?: Language;
  readonly date?: Date;
  /** The version (id or name) "Wat is er veranderd" compares with; by default the latest. `false` leaves the section out. */
  readonly since?: string | false;
}

/**
 * The version a report counts its changes from: the one named, or else the
 * latest made.
 *
 * @example
 * sinceVersion(document, 'Vastgesteld door de raad, 2025')?.id;
 */
function sinceVersion(document: Document, since?: string): Document['versions'][number] | undefined {
  if (since !== undefined) return findVersion(document, since);
  return [...document.versions].sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0)).at(-1);
}

/**
 * Builds the report's content from a document.
 *
 * @example
 * const model = reportModel(document, { language: 'nl' });
 */
export function reportModel(document: Document, options: ReportOptions = {}): ReportModel {
  const language = options.language ?? document.language;
  const index = indexDocument(document);
  const actorName = new Map(document.actors.map((actor) => [actor.id, actor.name]));
  const edgeById = new Map(document.edges.map((edge) => [edge.id, edge]));
  const groupById = new Map(document.groups.map((group) => [group.id, group]));
  const plan = measurementPlan(document);
  const { chains, truncated: chainsTruncated } = causalChains(document);
  const underlying = new Map<string, AssumptionNode[]>();
  for (const edge of document.edges) {
    const source = index.nodeById.get(edge.source);
    if (source?.kind === 'assumption' && edge.kind === 'underlies' && index.nodeById.has(edge.target)) {
      underlying.set(edge.target, [...(underlying.get(edge.target) ?? []), source]);
    }
  }
  const goals = document.nodes
    .filter((node): node is GoalNode => node.kind === 'goal')
    .sort((a, b) => GOAL_LEVEL_RANK[b.level] - GOAL_LEVEL_RANK[a.level])
    .map((goal): GoalSection => {
      // Routes that pass another goal first are told under that goal.
      const toGoal = chains.filter(
        (chain) => chain.goal === goal.id && chain.nodes.slice(0, -1).every((id) => index.nodeById.get(id)?.kind !== 'goal'),
      );
      const byIntervention = new Map<
        string,
        { mechanisms: Set<string>; outcomes: Set<string>; rationales: Set<string>; edges: Set<string> }
      >();
      const onChains = new Set<string>([goal.id]);
      const linksOnChains = new Set<string>();
      for (const chain of toGoal) {
        const entry = byIntervention.get(chain.intervention) ?? {
          mechanisms: new Set(),
          outcomes: new Set(),
          rationales: new Set(),
          edges: new Set(),
        };
        for (const id of chain.edges) {
          const rationale = edgeById.get(id)?.rationale.trim();
          if (rationale) entry.rationales.add(rationale);
          entry.edges.add(id);
          linksOnChains.add(id);
        }
        for (const id of chain.nodes) {
          onChains.add(id);
          const kind = index.nodeById.get(id)?.kind;
          if (kind === 'mechanism') entry.mechanisms.add(id);
          if (kind === 'outcome') entry.outcomes.add(id);
        }
        byIntervention.set(chain.intervention, entry);
      }
      const routes = [...byIntervention].map(([id, entry]) => {
        const intervention = index.nodeById.get(id) as InterventionNode;
        return {
          intervention,
          partners: intervention.actors.map((actor) => actorName.get(actor) ?? actor),
          mechanisms: [...entry.mechanisms].map((m) => index.nodeById.get(m)!),
          outcomes: [...entry.outcomes].map((o) => index.nodeById.get(o)!),
          rationales: [...entry.rationales],
          ...leastConfidence([...entry.edges].map((e) => edgeById.get(e)?.confidence)),
          linkEvidence: uniqueEvidence([...entry.edges].map((e) => edgeById.get(e)?.evidence)),
        };
      });
      const groupOf = (route: Route) => (route.intervention.group !== undefined ? groupById.get(route.intervention.group) : undefined);
      const byGroup: RouteGroup[] = [...document.groups, undefined]
        .map((group) => ({ ...(group && { group }), routes: routes.filter((route) => groupOf(route) === group) }))
        .filter((entry) => entry.routes.length > 0);
      const assumptions = [...new Set([...onChains].flatMap((id) => underlying.get(id) ?? []))];
      const contributesTo = (index.causalOut.get(goal.id) ?? [])
        .map((edge) => index.nodeById.get(edge.target))
        .filter((node): node is GoalNode => node?.kind === 'goal');
      const subGoals = (index.causalIn.get(goal.id) ?? [])
        .map((edge) => index.nodeById.get(edge.source))
        .filter((node): node is GoalNode => node?.kind === 'goal');
      return {
        goal,
        routes,
        byGroup,
        subGoals,
        indicators: plan.filter((row) => row.measures.some((m) => m.id === goal.id)),
        assumptions,
        contributesTo,
        evidence: goalEvidence(
          routes.map((route) => route.intervention),
          [...linksOnChains].map((id) => edgeById.get(id)!),
        ),
      };
    });
  const network = partnerNetwork(document);
  const counts = Object.fromEntries(KIND_ORDER.map((kind) => [kind, 0])) as Record<ToCNode['kind'], number>;
  for (const node of document.nodes) counts[node.kind]++;
  return {
    document,
    language,
    date: (options.date ?? new Date()).toISOString().slice(0, 10),
    facts: document.context.facts,
    targetGroups: document.targetGroups,
    sources: document.sources,
    groups: document.groups.map((group) => ({
      group,
      // From where change starts to how it is measured: interventions, mechanisms, outcomes, indicators.
      members: document.nodes
        .filter((node) => 'group' in node && node.group === group.id)
        .sort((a, b) => NODE_KIND_SPECS[a.kind].rank - NODE_KIND_SPECS[b.kind].rank),
    })),
    goals,
    priorities: tallyVotes(document).filter((tally) => tally.votes > 0 || tally.priority),
    partners: network.partners,
    isolatedPartners: network.isolated.map((id) => actorName.get(id) ?? id),
    measurementPlan: plan,
    progress: planProgress(document),
    ...changesSince(document, options.since),
    coverage: coverageMatrix(document),
    assumptions: document.nodes
      .filter((node): node is AssumptionNode => node.kind === 'assumption')
      .map((node) => ({
        node,
        underlies: (index.edgesFrom.get(node.id) ?? []).map((edge) => index.nodeById.get(edge.target)!),
      })),
    openQuestions: (document.workshop?.parkingLot ?? []).filter((item) => !item.resolved),
    findings: validate(document).filter((finding) => finding.severity !== 'info'),
    counts: { ...counts, partners: document.actors.length, chains: chains.length },
    chainsTruncated,
  };
}

const CONFIDENCE_ORDER = ['low', 'medium', 'high'] as const;

function leastConfidence(confidences: readonly (Confidence | undefined)[]): { confidence?: Confidence } {
  const least = CONFIDENCE_ORDER.find((level) => confidences.includes(level));
  return least ? { confidence: least } : {};
}

function uniqueEvidence(evidence: readonly (Evidence | undefined)[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((entry): entry is Evidence => {
    if (!entry || (!entry.source.trim() && !entry.link)) return false;
    const key = `${entry.source}\u0000${entry.link ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function goalEvidence(interventions: readonly InterventionNode[], links: readonly Edge[]): GoalEvidence {
  const confidence = { low: 0, medium: 0, high: 0, unknown: 0 };
  for (const link of links) confidence[link.confidence ?? 'unknown']++;
  return {
    interventions: interventions.length,
    recognised: interventions.filter((node) => node.recognition),
    backed: interventions.filter((node) => !node.recognition && node.evidence && (node.evidence.source.trim() || node.evidence.link)),
    links: links.length,
    withRationale: links.filter((link) => link.rationale.trim() !== '').length,
    confidence,
  };
}

function changesSince(document: Document, since: string | false | undefined): Pick<ReportModel, 'changes'> {
  if (since === false) return {};
  const version = sinceVersion(document, since);
  const before = version && versionPlan(document, version.id);
  if (!version || !before) return {};
  return {
    changes: { version: { id: version.id, name: version.name, created: version.created }, diff: planDiff(before, document), before },
  };
}
