import { directionLabel, indicatorProgress, progressThresholds, type IndicatorProgress } from '../analysis/progress.js';
import { versionPlan } from '../edit/versions.js';
import { formatMessage } from '../i18n/format.js';
import { inEveryLanguage, type Language, type Localized } from '../i18n/localized.js';
import { documentAreas, type AreaEntry } from '../model/areas.js';
import type { Actor, Document, IndicatorNode, InterventionNode, Measurement, ToCNode } from '../model/schema.js';
import { INDICATOR_VALUE_TYPES, ROLLUPS } from '../model/values.js';
import { indexDocument } from '../validate/graph-index.js';
import { TEXTS } from './locales/index.js';

/**
 * How a region adds an indicator up.
 *
 * @example
 * const rule: Rollup = 'weighted'; // by each plan's scope.population
 */
export type Rollup = (typeof ROLLUPS.values)[number];

/**
 * A region: its regional plan and the municipal plans that name it as their parent; plans that name neither are
 * kept apart (`others`), never silently mixed in.
 *
 * @example
 * const region = assembleRegion(plans);
 * console.log(region.regional?.title, region.municipalities.length);
 */
export interface Region {
  readonly regional: Document | undefined;
  readonly municipalities: readonly Document[];
  readonly others: readonly Document[];
}

/**
 * Finds the region in a set of plans: the plan the others name as their parent (the most named, a regional scope
 * breaking a tie; with no parent named at all, the one plan with a regional scope), and the plans that name it.
 *
 * @example
 * const region = assembleRegion(files.map((text) => parseDocument(text)).flatMap((read) => (read.ok ? [read.document] : [])));
 */
export function assembleRegion(plans: readonly Document[]): Region {
  const named = new Map<string, number>();
  for (const plan of plans) if (plan.parent) named.set(plan.parent.id, (named.get(plan.parent.id) ?? 0) + 1);
  const candidates = plans
    .filter((plan) => named.has(plan.id) || plan.scope.level === 'region')
    .sort(
      (a, b) => (named.get(b.id) ?? 0) - (named.get(a.id) ?? 0) || Number(b.scope.level === 'region') - Number(a.scope.level === 'region'),
    );
  const regional = candidates[0];
  const municipalities = plans.filter((plan) => plan !== regional && regional !== undefined && plan.parent?.id === regional.id);
  const others = plans.filter((plan) => plan !== regional && !municipalities.includes(plan));
  return { regional, municipalities, others };
}

/**
 * The name a plan goes by in the region: its scope's name (the municipality), else its title.
 *
 * @example
 * region.municipalities.map(planName); // ['Rotterdam', 'Schiedam', …]
 */
export const planName = (plan: Document) => plan.scope.name.trim() || plan.title || plan.id;

// Plans do not change under a region (they are read-only data): what is worked out for one is kept with it.
const DOWNSTREAM = new WeakMap<Document, Map<string, ReadonlySet<string>>>();
const CONTRIBUTIONS = new WeakMap<Document, WeakMap<Document, Map<string, ReadonlySet<string>>>>();
const ALONE = { id: '' } as unknown as Document;

/** Per card of a plan: itself and every card it leads to along causal connections in that plan. */
function downstream(plan: Document): Map<string, ReadonlySet<string>> {
  const known = DOWNSTREAM.get(plan);
  if (known) return known;
  const index = indexDocument(plan);
  const reached = new Map<string, ReadonlySet<string>>();
  const visit = (id: string, seen: Set<string>): ReadonlySet<string> => {
    const known = reached.get(id);
    if (known) return known;
    const own = new Set([id]);
    if (seen.has(id)) return own;
    seen.add(id);
    for (const edge of index.causalOut.get(id) ?? []) for (const target of visit(edge.target, seen)) own.add(target);
    reached.set(id, own);
    return own;
  };
  for (const node of plan.nodes) visit(node.id, new Set());
  DOWNSTREAM.set(plan, reached);
  return reached;
}

/**
 * Per card of a plan: the cards of its parent it leads to, through its own `contributesTo` or that of a card it
 * leads to in its own plan (an intervention contributes to what its outcomes contribute to), and on along the
 * parent's own chain (a regional outcome leads to a regional goal). Without the parent, only the cards named.
 *
 * @example
 * const reached = contributionsOf(municipality, region.regional);
 * reached.get('int-1'); // Set { 'uitk-prevention', 'doel-voorkomen-stoppen' }
 */
export function contributionsOf(plan: Document, parent?: Document): Map<string, ReadonlySet<string>> {
  const byParent = CONTRIBUTIONS.get(plan) ?? new WeakMap<Document, Map<string, ReadonlySet<string>>>();
  CONTRIBUTIONS.set(plan, byParent);
  const known = byParent.get(parent ?? ALONE);
  if (known) return known;
  const local = downstream(plan);
  const above = parent ? downstream(parent) : undefined;
  const byId = new Map(plan.nodes.map((node) => [node.id, node]));
  const result = new Map<string, ReadonlySet<string>>();
  for (const node of plan.nodes) {
    const reached = new Set<string>();
    for (const id of local.get(node.id) ?? [])
      for (const target of byId.get(id)?.contributesTo ?? []) for (const card of above?.get(target) ?? [target]) reached.add(card);
    result.set(node.id, reached);
  }
  byParent.set(parent ?? ALONE, result);
  return result;
}

/**
 * One card of the regional plan and what the municipalities do for it: per municipality, its own cards that
 * contribute to it directly (their `contributesTo`) and the interventions that lead there.
 *
 * @example
 * const uncarried = regionalContributions(region).filter((entry) => entry.municipalities.length === 0);
 */
export interface RegionalContribution {
  readonly card: ToCNode;
  readonly municipalities: readonly {
    readonly plan: Document;
    readonly cards: readonly ToCNode[];
    readonly interventions: readonly InterventionNode[];
  }[];
}

/**
 * Who carries what: for every goal and outcome of the regional plan, the municipalities that contribute to it,
 * with their cards and interventions.
 *
 * @example
 * for (const { card, municipalities } of regionalContributions(region)) console.log(card.title, municipalities.length);
 */
export function regionalContributions(region: Region): RegionalContribution[] {
  const regional = region.regional;
  if (!regional) return [];
  const perPlan = region.municipalities.map((plan) => ({ plan, reached: contributionsOf(plan, regional) }));
  const above = downstream(regional);
  return regional.nodes
    .filter((node) => node.kind === 'goal' || node.kind === 'outcome')
    .map((card) => ({
      card,
      municipalities: perPlan.flatMap(({ plan, reached }) => {
        // The cards that name this one, or a regional card that leads to it.
        const cards = plan.nodes.filter((node) => node.contributesTo?.some((target) => above.get(target)?.has(card.id) ?? false));
        const interventions = plan.nodes.filter(
          (node): node is InterventionNode => node.kind === 'intervention' && (reached.get(node.id)?.has(card.id) ?? false),
        );
        return cards.length + interventions.length > 0 ? [{ plan, cards, interventions }] : [];
      }),
    }));
}

/**
 * One cell of the region's coverage: an area and a target group (matched by name across plans), how many
 * interventions the regional plan and each municipality have there, and what the cell is across the region.
 *
 * @example
 * const gaps = regionalCoverage(region).cells.flat().filter((cell: RegionalCell) => cell.status === 'gap');
 */
export interface RegionalCell {
  readonly area: string;
  readonly targetGroup: string;
  /** Interventions of the regional plan itself here (they reach every municipality). */
  readonly regional: number;
  /** Interventions per municipality, in the order of `Region.municipalities`. */
  readonly counts: readonly number[];
  /** The municipalities with nothing here, where the region offers nothing either (their witte vlek). */
  readonly missing: readonly string[];
  /**
   * `gap`: nothing offered here anywhere in the region; `overlap`: a regional intervention and a municipality's lead
   * to the same regional card (possible dubbeling); `complement`: both offer here, towards different regional cards;
   * `covered`: otherwise.
   */
  readonly status: 'gap' | 'covered' | 'complement' | 'overlap';
  /** For `overlap`: the regional cards both lead to. */
  readonly shared: readonly string[];
}

/**
 * Area × target group × municipality across the region: where nothing is offered at all, which municipalities have
 * a witte vlek there, and where the region and a municipality both offer. The plan's own overlap-versus-complement
 * rule, with the regional plan and the municipalities as the partners: a regional intervention reaches every
 * municipality, so a municipal one beside it that leads to the same regional card is a possible dubbeling, one that
 * leads elsewhere complements it. (The same offer in two municipalities serves different people: no dubbeling.)
 *
 * @example
 * const { areas, targetGroups, cells } = regionalCoverage(region);
 */
export function regionalCoverage(region: Region): {
  readonly areas: readonly AreaEntry[];
  readonly targetGroups: readonly string[];
  readonly cells: readonly (readonly RegionalCell[])[];
} {
  const plans = region.municipalities;
  const regional = region.regional;
  const base = regional ?? plans[0];
  if (!base) return { areas: [], targetGroups: [], cells: [] };
  const areas = [...documentAreas(base)];
  const key = (name: string) => name.trim().toLocaleLowerCase('nl');
  const groupNames = new Map<string, string>();
  for (const plan of [base, ...plans])
    for (const group of plan.targetGroups) if (!groupNames.has(key(group.name))) groupNames.set(key(group.name), group.name);
  for (const plan of plans) for (const area of documentAreas(plan)) if (!areas.some((known) => known.id === area.id)) areas.push(area);
  const offerOf = (plan: Document, leads: Map<string, ReadonlySet<string>>) => {
    const groupName = new Map(plan.targetGroups.map((group) => [group.id, key(group.name)]));
    return plan.nodes
      .filter((node): node is InterventionNode => node.kind === 'intervention')
      .map((node) => ({
        area: node.area,
        groups: new Set(node.targetGroups.map((id) => groupName.get(id))),
        leads: leads.get(node.id) ?? new Set<string>(),
      }));
  };
  const above = regional ? downstream(regional) : undefined;
  const own = regional && above ? offerOf(regional, above) : [];
  const perPlan = plans.map((plan) => ({ plan, offer: offerOf(plan, contributionsOf(plan, regional)) }));
  const cells = areas.map((area) =>
    [...groupNames.keys()].map((group): RegionalCell => {
      const inCell = (offer: ReturnType<typeof offerOf>) => offer.filter((entry) => entry.area === area.id && entry.groups.has(group));
      const regionalHere = inCell(own);
      const local = perPlan.map(({ plan, offer }) => ({ plan, here: inCell(offer) }));
      const counts = local.map((entry) => entry.here.length);
      const regionalLeads = new Set(regionalHere.flatMap((entry) => [...entry.leads]));
      const localLeads = new Set(local.flatMap((entry) => entry.here.flatMap((one) => [...one.leads])));
      // The nearest cards both lead to: a card that another shared card leads to is left out (the goals above them).
      const both = [...regionalLeads].filter((card) => localLeads.has(card));
      const shared = both.filter((card) => !both.some((other) => other !== card && above?.get(other)?.has(card)));
      const localOffer = counts.some((count) => count > 0);
      const status =
        regionalHere.length === 0 && !localOffer
          ? 'gap'
          : shared.length > 0
            ? 'overlap'
            : regionalHere.length > 0 && localOffer
              ? 'complement'
              : 'covered';
      return {
        area: area.id,
        targetGroup: groupNames.get(group)!,
        regional: regionalHere.length,
        counts,
        missing: regionalHere.length > 0 ? [] : local.filter((entry) => entry.here.length === 0).map((entry) => planName(entry.plan)),
        status,
        shared,
      };
    }),
  );
  return { areas, targetGroups: [...groupNames.values()], cells };
}

/**
 * One organisation across the region's plans, matched by its code (KvK) or else its name.
 *
 * @example
 * const shared = regionalPartners(region).filter((partner: RegionalPartner) => partner.plans.length > 1);
 */
export interface RegionalPartner {
  readonly name: string;
  readonly code?: string;
  /** The plans it takes part in, with the interventions it carries in each. */
  readonly plans: readonly { readonly plan: Document; readonly actor: Actor; readonly interventions: number }[];
}

/**
 * The region's network: every partner of every plan, the same organisation in several plans counted once (by its
 * code where it has one, else by its name), largest first.
 *
 * @example
 * regionalPartners(region).slice(0, 5).map((partner) => partner.name);
 */
export function regionalPartners(region: Region): RegionalPartner[] {
  const plans = [...(region.regional ? [region.regional] : []), ...region.municipalities];
  const byKey = new Map<string, { name: string; code?: string; plans: RegionalPartner['plans'][number][] }>();
  const nameKey = (name: string) => `name:${name.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ')}`;
  for (const plan of plans) {
    for (const actor of plan.actors) {
      const code = actor.code?.replace(/\s+/g, '');
      const key = code ? `code:${code}` : nameKey(actor.name);
      // A partner named in one plan with its code and in another without is the same when the names agree.
      const entry = byKey.get(key) ?? (code ? byKey.get(nameKey(actor.name)) : undefined) ?? { name: actor.name, plans: [] };
      if (code && !entry.code) entry.code = code;
      byKey.set(key, entry);
      if (code) byKey.set(nameKey(actor.name), entry);
      const interventions = plan.nodes.filter((node) => node.kind === 'intervention' && node.actors.includes(actor.id)).length;
      entry.plans.push({ plan, actor, interventions });
    }
  }
  return [...new Set(byKey.values())]
    .map((entry) => ({ name: entry.name, ...(entry.code && { code: entry.code }), plans: entry.plans }))
    .sort((a, b) => b.plans.length - a.plans.length || a.name.localeCompare(b.name, 'nl'));
}

/**
 * One indicator rolled up across the region: the figure of each municipality, the region's figure by the rule, and
 * its status against the regional plan's baseline and targets where it has the same indicator.
 *
 * @example
 * for (const row of indicatorRollup(region)) console.log(row.code, row.value, row.status);
 */
export interface RollupRow {
  readonly code: string;
  readonly title: string;
  readonly unit: string;
  readonly rule: Rollup;
  /** The regional plan's indicator with this code, if it has one. */
  readonly regional?: IndicatorNode;
  readonly municipalities: readonly {
    readonly plan: Document;
    readonly indicator: IndicatorNode;
    readonly latest?: Measurement;
    readonly status: IndicatorProgress['status'];
  }[];
  /** The region's figure from the latest figure of each municipality that has one; absent when none has. */
  readonly value?: number;
  /** The latest date among the figures added up. */
  readonly date?: string;
  /** The municipalities without a figure, and those without a population where the rule needs one. */
  readonly missing: readonly string[];
  readonly status?: IndicatorProgress['status'];
}

/**
 * Indicators rolled up from the municipalities to the region by the code they share: summed, averaged, or
 * averaged by population (each plan's `scope.population`), as the indicator states (the regional plan's rule first,
 * else the first municipality's, else a mean). Per municipality its latest figure and status.
 *
 * @example
 * const rows = indicatorRollup(region);
 */
export function indicatorRollup(region: Region): RollupRow[] {
  const codeOf = (node: ToCNode): string | undefined => (node.kind === 'indicator' ? node.code?.trim() || undefined : undefined);
  const regionalByCode = new Map<string, IndicatorNode>();
  for (const node of region.regional?.nodes ?? []) {
    const code = codeOf(node);
    if (code && node.kind === 'indicator' && !regionalByCode.has(code)) regionalByCode.set(code, node);
  }
  const codes = new Set(regionalByCode.keys());
  for (const plan of region.municipalities) for (const node of plan.nodes) if (codeOf(node)) codes.add(codeOf(node)!);
  return [...codes].sort().map((code): RollupRow => {
    const regional = regionalByCode.get(code);
    const municipalities = region.municipalities.flatMap((plan) => {
      const indicator = plan.nodes.find((node): node is IndicatorNode => node.kind === 'indicator' && codeOf(node) === code);
      if (!indicator) return [];
      const progress = indicatorProgress(indicator, progressThresholds(plan));
      return [{ plan, indicator, ...(progress.latest && { latest: progress.latest }), status: progress.status }];
    });
    const first = regional ?? municipalities[0]!.indicator;
    const rule: Rollup = regional?.rollup ?? municipalities.find((entry) => entry.indicator.rollup)?.indicator.rollup ?? 'mean';
    const measured = municipalities.filter((entry) => entry.latest !== undefined);
    const weighed = rule === 'weighted' ? measured.filter((entry) => (entry.plan.scope.population ?? 0) > 0) : measured;
    const missing = [
      ...municipalities.filter((entry) => !entry.latest).map((entry) => planName(entry.plan)),
      ...measured.filter((entry) => !weighed.includes(entry)).map((entry) => planName(entry.plan)),
    ];
    const values = weighed.map((entry) => entry.latest!.value);
    const weights = weighed.map((entry) => entry.plan.scope.population ?? 0);
    const value =
      values.length === 0
        ? undefined
        : rule === 'sum'
          ? values.reduce((a, b) => a + b, 0)
          : rule === 'mean'
            ? values.reduce((a, b) => a + b, 0) / values.length
            : values.reduce((sum, v, i) => sum + v * weights[i]!, 0) / weights.reduce((a, b) => a + b, 0);
    const date = weighed
      .map((entry) => entry.latest!.date)
      .sort()
      .at(-1);
    const status =
      regional && value !== undefined && date
        ? indicatorProgress(
            { ...regional, measurements: [{ value, date }] },
            region.regional ? progressThresholds(region.regional) : undefined,
          ).status
        : undefined;
    return {
      code,
      title: first.title,
      unit: first.unit,
      rule,
      ...(regional && { regional }),
      municipalities,
      ...(value !== undefined && { value }),
      ...(date && { date }),
      missing,
      ...(status && { status }),
    };
  });
}

/**
 * Something the region's plans disagree on, as data: a code, a severity, the plan and cards it concerns, and its
 * message in both languages.
 *
 * @example
 * for (const finding of regionFindings(region)) console.log(finding.severity, finding.message.nl);
 */
export interface RegionFinding {
  readonly code: 'link-missing' | 'regional-card-uncarried' | 'indicator-code-differs' | 'parent-missing';
  readonly severity: 'error' | 'warning' | 'info';
  /** The plan it concerns (its id) and the cards in it. */
  readonly plan: string;
  readonly ids: readonly string[];
  readonly message: Localized;
}

const say = (text: Localized, params: Record<string, string | number>): Localized =>
  inEveryLanguage((language) => formatMessage(text[language], params, language));

/**
 * What does not hold together across the region: a card that contributes to a card its parent does not have (or
 * has removed since), a plan whose parent is not among the plans, a regional goal no municipality contributes to,
 * and one indicator code defined differently in two plans (unit, kind of value, direction or roll-up).
 *
 * @example
 * const errors = regionFindings(region).filter((finding) => finding.severity === 'error');
 */
export function regionFindings(region: Region): RegionFinding[] {
  const findings: RegionFinding[] = [];
  const regional = region.regional;
  const T = TEXTS.findings;
  for (const plan of [...region.municipalities, ...region.others]) {
    if (!plan.parent) continue;
    const parent = regional && regional.id === plan.parent.id ? regional : undefined;
    if (!parent) {
      findings.push({
        code: 'parent-missing',
        severity: 'warning',
        plan: plan.id,
        ids: [],
        message: say(T.parentMissing, { plan: planName(plan), parent: plan.parent.title ?? plan.parent.id }),
      });
      continue;
    }
    const cards = new Set(parent.nodes.map((node) => node.id));
    for (const node of plan.nodes)
      for (const target of node.contributesTo ?? []) {
        if (cards.has(target)) continue;
        // A card the parent once had (in a kept version) was removed since; say its title.
        const before = formerTitle(parent, target);
        findings.push({
          code: 'link-missing',
          severity: 'error',
          plan: plan.id,
          ids: [node.id],
          message:
            before === undefined
              ? say(T.linkMissing, { plan: planName(plan), card: node.title, target, parent: planName(parent) })
              : say(T.linkRemoved, { plan: planName(plan), card: node.title, target: before, parent: planName(parent) }),
        });
      }
  }
  for (const { card, municipalities } of regionalContributions(region))
    if (card.kind === 'goal' && municipalities.length === 0 && region.municipalities.length > 0)
      findings.push({
        code: 'regional-card-uncarried',
        severity: 'warning',
        plan: regional!.id,
        ids: [card.id],
        message: say(T.uncarried, { card: card.title }),
      });
  const byCode = new Map<string, { plan: Document; indicator: IndicatorNode }[]>();
  for (const plan of [...(regional ? [regional] : []), ...region.municipalities])
    for (const node of plan.nodes)
      if (node.kind === 'indicator' && node.code?.trim())
        byCode.set(node.code.trim(), [...(byCode.get(node.code.trim()) ?? []), { plan, indicator: node }]);
  for (const [code, entries] of byCode) {
    const shape = (indicator: IndicatorNode) =>
      `${indicator.unit.trim().toLocaleLowerCase('nl')}|${indicator.valueType}|${indicator.direction}|${indicator.rollup ?? ''}`;
    const first = entries[0]!;
    const other = entries.find((entry) => shape(entry.indicator) !== shape(first.indicator));
    if (other) {
      const text = (language: Language) =>
        formatMessage(
          T.codeDiffers[language],
          {
            code,
            first: planName(first.plan),
            other: planName(other.plan),
            a: describe(first.indicator, language),
            b: describe(other.indicator, language),
          },
          language,
        );
      findings.push({
        code: 'indicator-code-differs',
        severity: 'warning',
        plan: other.plan.id,
        ids: [other.indicator.id],
        message: inEveryLanguage(text),
      });
    }
  }
  return findings;
}

/** The title a card had in the latest kept version of a plan that still had it, if any. */
function formerTitle(plan: Document, id: string): string | undefined {
  for (const version of [...plan.versions].reverse()) {
    const title = versionPlan(plan, version.id)?.nodes.find((node) => node.id === id)?.title;
    if (title !== undefined) return title;
  }
  return undefined;
}

/** How an indicator is defined, in words: unit, kind of value, direction, roll-up. */
const describe = (indicator: IndicatorNode, language: Language) =>
  [
    indicator.unit || '–',
    INDICATOR_VALUE_TYPES.labels[indicator.valueType][language],
    directionLabel(indicator.direction, language),
    indicator.rollup ? ROLLUPS.labels[indicator.rollup][language] : '–',
  ].join(', ');

/**
 * A finding's message in a language.
 *
 * @example
 * regionFindings(region).map((finding) => regionFindingText(finding, 'nl'));
 */
export function regionFindingText(finding: RegionFinding, language: Language): string {
  return finding.message[language];
}
