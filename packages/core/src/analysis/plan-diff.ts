import { diffDocument, jsonEqual, type Change } from '../edit/changes.js';
import type { Language, Localized } from '../i18n/localized.js';
import { inLanguage } from '../i18n/catalogue.js';
import type { Document, Edge, ToCNode } from '../model/schema.js';
import { NODE_KINDS } from '../model/vocabulary.js';
import { FIELD_NAMES } from '../model/fields.js';
import { TEXTS } from './locales/index.js';

/** A card as a difference names it. */
export interface DiffCard {
  readonly id: string;
  readonly kind: ToCNode['kind'];
  readonly title: string;
}

/**
 * What changed between two versions of a plan, by id, in the terms a policy officer reads.
 *
 * @example
 * const diff: PlanDiff = planDiff(before, after);
 * console.log(diff.cards.added.length, diff.connections.removed.length);
 */
export interface PlanDiff {
  readonly cards: {
    readonly added: readonly DiffCard[];
    readonly removed: readonly DiffCard[];
    readonly retitled: readonly (DiffCard & { readonly from: string })[];
    /** Moved to another layer: the card's kind changed (only between files; no operation does this). */
    readonly relayered: readonly (DiffCard & { readonly from: ToCNode['kind'] })[];
    /** Moved to another group (strategy, speerpunt, bouwsteen, theme). */
    readonly regrouped: readonly (DiffCard & { readonly from: string | undefined; readonly to: string | undefined })[];
    /** Other fields changed (description, partners, area, …), by name. */
    readonly edited: readonly (DiffCard & { readonly fields: readonly string[] })[];
  };
  readonly connections: {
    readonly added: readonly Edge[];
    readonly removed: readonly Edge[];
    /** The same connection now joins other cards. */
    readonly rewired: readonly {
      readonly id: string;
      readonly from: Pick<Edge, 'source' | 'target'>;
      readonly to: Pick<Edge, 'source' | 'target'>;
    }[];
  };
  /** Indicators whose baseline, targets or measurements changed. */
  readonly indicators: readonly (DiffCard & { readonly fields: readonly ('baseline' | 'targets' | 'measurements')[] })[];
  readonly partners: { readonly joined: readonly { id: string; name: string }[]; readonly left: readonly { id: string; name: string }[] };
  /** Changed fields of the plan itself (title, scope, areas, …) and of its other lists (groups, sources, facts, target groups). */
  readonly other: readonly string[];
  /** Whether anything but the layout changed. */
  readonly changed: boolean;
}

const fieldName = (field: string, language: Language) => (Object.hasOwn(FIELD_NAMES, field) ? FIELD_NAMES[field]![language] : field);

/** Changes outside the cards, named as people call them (the most specific name that is known for a path). */
const OTHER_NAMES: Readonly<Record<string, Localized>> = {
  title: TEXTS.planDiff.otherNamesTitle,
  description: TEXTS.planDiff.otherNamesDescription,
  language: TEXTS.planDiff.otherNamesLanguage,
  topic: TEXTS.planDiff.otherNamesTopic,
  scope: TEXTS.planDiff.otherNamesScope,
  'scope.period': TEXTS.planDiff.otherNamesScopePeriod,
  context: TEXTS.planDiff.otherNamesContext,
  areas: TEXTS.planDiff.otherNamesAreas,
  monitoring: TEXTS.planDiff.otherNamesMonitoring,
  workshop: TEXTS.planDiff.otherNamesWorkshop,
  'workshop.votes': TEXTS.planDiff.otherNamesWorkshopVotes,
  'workshop.step': TEXTS.planDiff.otherNamesWorkshopStep,
  'workshop.participants': TEXTS.planDiff.otherNamesWorkshopParticipants,
  'workshop.dotsPerParticipant': TEXTS.planDiff.otherNamesWorkshopDotsPerParticipant,
  'workshop.parkingLot': TEXTS.planDiff.otherNamesWorkshopParkingLot,
  'workshop.ideas': TEXTS.planDiff.otherNamesWorkshopIdeas,
  actors: TEXTS.planDiff.otherNamesActors,
  targetGroups: TEXTS.planDiff.otherNamesTargetGroups,
  groups: TEXTS.planDiff.otherNamesGroups,
  sources: TEXTS.planDiff.otherNamesSources,
  facts: TEXTS.planDiff.otherNamesFacts,
};

/**
 * A change outside the cards in words ("looptijd", "doelgroep ouderen"), never a raw path: the longest known
 * prefix of the path names it, and a record's id follows its kind.
 */
function otherName(path: string, language: Language): string {
  const [where, id] = path.split('/') as [string, string | undefined];
  const parts = where.split('.');
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join('.');
    if (Object.hasOwn(OTHER_NAMES, key)) return id === undefined ? OTHER_NAMES[key]![language] : `${OTHER_NAMES[key]![language]} ${id}`;
  }
  return id === undefined ? where : `${where} ${id}`;
}

const card = (node: ToCNode): DiffCard => ({ id: node.id, kind: node.kind, title: node.title });

/** Fields whose change is only about the picture: places, pins and the layout's direction never make a difference. */
const LAYOUT_ONLY = new Set(['layout.direction', 'meta.updated']);

/**
 * What changed between two versions of a plan, by id: cards added, removed,
 * retitled, moved to another layer or group or otherwise edited; connections
 * added, removed or rewired; indicators with new baselines or targets;
 * partners who joined or left; and what else changed in the plan. Changes of
 * the layout alone (places, pins, direction) are left out.
 *
 * @example
 * const diff = planDiff(adopted, current);
 * if (diff.changed) console.log(formatPlanDiff(diff, 'nl'));
 */
export function planDiff(before: Document, after: Document): PlanDiff {
  const changes = diffDocument(before, after);
  const nodesBefore = new Map(before.nodes.map((node) => [node.id, node]));
  const nodesAfter = new Map(after.nodes.map((node) => [node.id, node]));
  const edgesBefore = new Map(before.edges.map((edge) => [edge.id, edge]));
  const edgesAfter = new Map(after.edges.map((edge) => [edge.id, edge]));
  const result = {
    cards: {
      added: [] as DiffCard[],
      removed: [] as DiffCard[],
      retitled: [] as PlanDiff['cards']['retitled'][number][],
      relayered: [] as PlanDiff['cards']['relayered'][number][],
      regrouped: [] as PlanDiff['cards']['regrouped'][number][],
      edited: [] as PlanDiff['cards']['edited'][number][],
    },
    connections: { added: [] as Edge[], removed: [] as Edge[], rewired: [] as PlanDiff['connections']['rewired'][number][] },
    indicators: [] as PlanDiff['indicators'][number][],
    partners: { joined: [] as { id: string; name: string }[], left: [] as { id: string; name: string }[] },
    other: new Set<string>(),
  };
  const nodeFields = new Map<string, Set<string>>();
  const edgeFields = new Set<string>();
  for (const change of changes) {
    // Named versions are kept alongside the plan, not part of it.
    if ((change.type === 'record' || change.type === 'recordField' || change.type === 'member') && change.part === 'versions') continue;
    switch (change.type) {
      case 'record':
        recordChange(change, result);
        break;
      case 'recordField':
      case 'member':
        if (change.part === 'nodes') {
          if (!nodeFields.has(change.id)) nodeFields.set(change.id, new Set());
          nodeFields.get(change.id)!.add(change.field);
        } else if (change.part === 'edges') {
          edgeFields.add(change.id);
        } else {
          result.other.add(`${change.part}/${change.id}`);
        }
        break;
      case 'field': {
        const path = change.path.join('.');
        if (!LAYOUT_ONLY.has(path)) result.other.add(path);
        break;
      }
      case 'votes':
        result.other.add('workshop.votes');
        break;
      case 'container':
      case 'position':
        break;
    }
  }
  for (const [id, fields] of nodeFields) {
    const from = nodesBefore.get(id)!;
    const to = nodesAfter.get(id)!;
    const rest = new Set(fields);
    if (rest.delete('title')) result.cards.retitled.push({ ...card(to), from: from.title });
    if (rest.delete('kind')) result.cards.relayered.push({ ...card(to), from: from.kind });
    if (rest.delete('group')) {
      result.cards.regrouped.push({ ...card(to), from: groupOf(from), to: groupOf(to) });
    }
    if (to.kind === 'indicator') {
      const measured = (['baseline', 'targets', 'measurements'] as const).filter((field) => rest.delete(field));
      if (measured.length) result.indicators.push({ ...card(to), fields: measured });
    }
    if (rest.size) result.cards.edited.push({ ...card(to), fields: [...rest].sort() });
  }
  for (const id of edgeFields) {
    const from = edgesBefore.get(id)!;
    const to = edgesAfter.get(id)!;
    if (from.source !== to.source || from.target !== to.target) {
      result.connections.rewired.push({
        id,
        from: { source: from.source, target: from.target },
        to: { source: to.source, target: to.target },
      });
    } else if (!jsonEqual({ ...from, source: 0, target: 0 }, { ...to, source: 0, target: 0 })) {
      result.other.add(`edges/${id}`);
    }
  }
  const other = [...result.other].sort();
  const changed =
    Object.values(result.cards).some((list) => list.length > 0) ||
    Object.values(result.connections).some((list) => list.length > 0) ||
    result.indicators.length > 0 ||
    result.partners.joined.length > 0 ||
    result.partners.left.length > 0 ||
    other.length > 0;
  return { cards: result.cards, connections: result.connections, indicators: result.indicators, partners: result.partners, other, changed };
}

function groupOf(node: ToCNode): string | undefined {
  return 'group' in node ? node.group : undefined;
}

type Collecting = {
  cards: { added: DiffCard[]; removed: DiffCard[] };
  connections: { added: Edge[]; removed: Edge[] };
  partners: { joined: { id: string; name: string }[]; left: { id: string; name: string }[] };
  other: Set<string>;
};

function recordChange(change: Extract<Change, { type: 'record' }>, result: Collecting): void {
  const record = (change.after ?? change.before)!;
  const added = change.after !== undefined;
  switch (change.part) {
    case 'nodes':
      (added ? result.cards.added : result.cards.removed).push(card(record as unknown as ToCNode));
      break;
    case 'edges':
      (added ? result.connections.added : result.connections.removed).push(record as unknown as Edge);
      break;
    case 'actors':
      (added ? result.partners.joined : result.partners.left).push({
        id: change.id,
        name: typeof record.name === 'string' ? record.name : '',
      });
      break;
    default:
      result.other.add(`${change.part}/${change.id}`);
  }
}

const HEADINGS = TEXTS.diffHeadings;

/**
 * One heading of a plan difference with its lines, as the text, the report and the editor list them.
 *
 * @example
 * for (const section of planDiffSections(planDiff(before, after), 'nl')) console.log(section.heading, section.lines.length);
 */
export interface PlanDiffSection {
  /** What kind of change: `added`, `removed`, `retitled`, `connectionsAdded`, … */
  readonly key: keyof typeof HEADINGS;
  readonly heading: string;
  readonly lines: readonly { readonly sign: '+' | '-' | '~'; readonly text: string; readonly id: string }[];
}

/**
 * A plan difference as sections under a heading per kind of change, each
 * line with its sign (+ added, - removed, ~ changed), text and the id of the
 * card, connection or partner, in Dutch or English.
 *
 * @example
 * for (const section of planDiffSections(planDiff(a, b), 'nl')) console.log(section.heading, section.lines.length);
 */
export function planDiffSections(
  diff: PlanDiff,
  language: Language,
  titles: (id: string) => string = (id) => id,
  options: { readonly ids?: boolean } = {},
): PlanDiffSection[] {
  const h = inLanguage(HEADINGS, language);
  const withIds = options.ids ?? true;
  const ref = (id: string) => (withIds ? ` (${id})` : '');
  const sections: PlanDiffSection[] = [];
  const kind = (k: ToCNode['kind']) => NODE_KINDS.labels[k][language].toLowerCase();
  const named = (c: DiffCard) => `"${c.title}" (${kind(c.kind)}${withIds ? `, ${c.id}` : ''})`;
  const section = <T>(key: PlanDiffSection['key'], items: readonly T[], line: (item: T) => PlanDiffSection['lines'][number]) => {
    if (items.length > 0) sections.push({ key, heading: h[key], lines: items.map(line) });
  };
  section('added', diff.cards.added, (c) => ({ sign: '+', text: named(c), id: c.id }));
  section('removed', diff.cards.removed, (c) => ({ sign: '-', text: named(c), id: c.id }));
  section('retitled', diff.cards.retitled, (c) => ({ sign: '~', text: `"${c.from}" → "${c.title}"${ref(c.id)}`, id: c.id }));
  section('relayered', diff.cards.relayered, (c) => ({ sign: '~', text: `${named(c)}: ${kind(c.from)} → ${kind(c.kind)}`, id: c.id }));
  section('regrouped', diff.cards.regrouped, (c) => ({
    sign: '~',
    text: `${named(c)}: ${c.from ?? h.none_group} → ${c.to ?? h.none_group}`,
    id: c.id,
  }));
  const fields = (list: readonly string[]) => list.map((field) => fieldName(field, language)).join(', ');
  section('edited', diff.cards.edited, (c) => ({ sign: '~', text: `${named(c)}: ${fields(c.fields)}`, id: c.id }));
  const edge = (e: Pick<Edge, 'source' | 'target'>) => `"${titles(e.source)}" → "${titles(e.target)}"`;
  section('connectionsAdded', diff.connections.added, (e) => ({ sign: '+', text: `${edge(e)}${ref(e.id)}`, id: e.id }));
  section('connectionsRemoved', diff.connections.removed, (e) => ({ sign: '-', text: `${edge(e)}${ref(e.id)}`, id: e.id }));
  section('rewired', diff.connections.rewired, (e) => ({ sign: '~', text: `${edge(e.from)} ⇒ ${edge(e.to)}${ref(e.id)}`, id: e.id }));
  section('indicators', diff.indicators, (c) => ({ sign: '~', text: `${named(c)}: ${fields(c.fields)}`, id: c.id }));
  section('joined', diff.partners.joined, (p) => ({ sign: '+', text: `${p.name}${ref(p.id)}`, id: p.id }));
  section('left', diff.partners.left, (p) => ({ sign: '-', text: `${p.name}${ref(p.id)}`, id: p.id }));
  // Several paths may share a name ("looptijd" for its start and end): one line each name.
  const others = [...new Set([...diff.other].map((path) => otherName(path, language)))];
  section('other', others, (name) => ({ sign: '~', text: name, id: name }));
  return sections;
}

/**
 * A plan difference as plain text, one line per change under a heading per
 * kind of change, in Dutch or English. Cards are named by title and id.
 *
 * @example
 * process.stdout.write(formatPlanDiff(planDiff(a, b), 'nl'));
 */
export function formatPlanDiff(diff: PlanDiff, language: Language, titles: (id: string) => string = (id) => id): string {
  if (!diff.changed) return `${HEADINGS.none[language]}\n`;
  const lines: string[] = [];
  for (const section of planDiffSections(diff, language, titles)) {
    lines.push(`${section.heading} (${section.lines.length}):`);
    for (const line of section.lines) lines.push(`  ${line.sign} ${line.text}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * A plan as stable lines of text, one per card, connection, partner and
 * group, sorted by id, without the layout: what a line diff (git's
 * `textconv`) compares so that it shows changes in content only.
 *
 * @example
 * process.stdout.write(planText(document)); // git config diff.veranderlogica.textconv "npx veranderlogica text"
 */
export function planText(document: Document): string {
  const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const value = (v: unknown) => JSON.stringify(v);
  const lines = [`plan ${value(document.title)} (${document.scope.level} ${value(document.scope.name)}, ${document.language})`];
  if (document.description) lines.push(`description ${value(document.description)}`);
  for (const group of byId(document.groups))
    lines.push(`group ${group.id} ${value(group.title)} ${group.kind}${group.crossCutting ? ' cross-cutting' : ''}`);
  for (const actor of byId(document.actors)) lines.push(`partner ${actor.id} ${value(actor.name)} ${actor.domain}`);
  for (const node of byId(document.nodes)) {
    const { id, kind, title, ...rest } = node as ToCNode & Record<string, unknown>;
    const fields = Object.keys(rest)
      .sort()
      .filter((key) => !(Array.isArray(rest[key]) && (rest[key] as unknown[]).length === 0) && rest[key] !== '' && rest[key] !== undefined)
      .map((key) => `${key}=${value(rest[key])}`);
    lines.push(`card ${id} ${kind} ${value(title)}${fields.length ? ` ${fields.join(' ')}` : ''}`);
  }
  for (const edge of byId(document.edges)) {
    lines.push(`connection ${edge.id} ${edge.source} -${edge.kind}-> ${edge.target}${edge.rationale ? ` ${value(edge.rationale)}` : ''}`);
  }
  return lines.join('\n') + '\n';
}
