import { edgeKindFor } from './connections.js';
import { newId } from './ids.js';
import {
  ActorSchema,
  CURRENT_VERSION,
  DocumentSchema,
  EdgeSchema,
  FORMAT_NAME,
  NodeSchema,
  TargetGroupSchema,
  type Actor,
  type Document,
  type DocumentInput,
  type Edge,
  type NodeOfKind,
  type Position,
  type TargetGroup,
  type ToCNode,
} from './schema.js';
import type { GoalLevel, NodeKind, Sphere } from './vocabulary.js';
import type { z } from 'zod';

/** Fields for a new node of one kind; everything but `kind` is optional. */
export type NodeFields<K extends NodeKind> = Partial<Omit<z.input<typeof NodeSchema> & { kind: K }, 'kind'>> &
  Partial<Omit<NodeOfKind<K>, 'kind'>>;

/**
 * Every collection of things with an id in a document, each id unique across
 * all of them: nodes, edges, partners, target groups, groups, sources, facts
 * and parking-lot notes.
 *
 * @example
 * for (const list of idCollections(document)) for (const { id } of list) seen.add(id);
 */
export function idCollections(document: Document): readonly (readonly { readonly id: string }[])[] {
  return [
    document.nodes,
    document.edges,
    document.actors,
    document.targetGroups,
    document.groups,
    document.sources,
    document.context.facts,
    document.workshop?.parkingLot ?? [],
    document.comments ?? [],
    document.suggestions ?? [],
    document.reviews ?? [],
  ];
}

/**
 * Ids already used in a document, across {@link idCollections}.
 *
 * @example
 * const taken = usedIds(document);
 * const id = newId('goal', (candidate) => taken.has(candidate));
 */
export function usedIds(document: Document): Set<string> {
  const ids = new Set<string>();
  for (const list of idCollections(document)) for (const item of list) ids.add(item.id);
  return ids;
}

/**
 * The side of the line of accountability a goal of this level sits on when nobody said: an operational goal is
 * what the partners achieve themselves (influence, below the line), a tactical or strategic one is what they care
 * about in society (interest, above it). The worked example and the templates follow this.
 *
 * @example
 * defaultGoalSphere('operational'); // 'influence'
 */
function defaultGoalSphere(level: GoalLevel | undefined): Sphere {
  return level === 'operational' ? 'influence' : 'interest';
}

/**
 * A complete node of a kind, defaults filled in, with a fresh id unless one is given. A goal without a sphere
 * gets the one its level implies ({@link defaultGoalSphere}).
 *
 * @example
 * const goal = createNode('goal', { title: 'Minder seksueel geweld', level: 'strategic' });
 */
export function createNode<K extends NodeKind>(kind: K, fields: NodeFields<K> = {}, taken?: (id: string) => boolean): NodeOfKind<K> {
  const id = fields.id ?? newId(kind, taken);
  const given = fields as { level?: GoalLevel; sphere?: Sphere };
  const sphere = kind === 'goal' && given.sphere === undefined ? { sphere: defaultGoalSphere(given.level) } : {};
  return NodeSchema.parse({ title: '', ...fields, ...sphere, id, kind }) as NodeOfKind<K>;
}

/**
 * A connection between two nodes, with the edge kind the model prescribes
 * for their kinds. Throws when the model does not allow the connection; call
 * `canConnect` first to ask.
 *
 * @example
 * const edge = createEdge(intervention, mechanism, { rationale: 'omdat…' });
 */
export function createEdge(
  source: ToCNode,
  target: ToCNode,
  fields: Partial<Omit<Edge, 'source' | 'target' | 'kind'>> = {},
  taken?: (id: string) => boolean,
): Edge {
  const kind = edgeKindFor(source.kind, target.kind);
  if (!kind) throw new Error(`A ${source.kind} cannot point to a ${target.kind}`);
  return EdgeSchema.parse({ ...fields, id: fields.id ?? newId('edge', taken), kind, source: source.id, target: target.id });
}

/**
 * A partner (network organisation) with defaults filled in.
 *
 * @example
 * const ggd = createActor({ name: 'GGD', domain: 'care' });
 */
export function createActor(fields: Partial<Actor> & { name: string }, taken?: (id: string) => boolean): Actor {
  return ActorSchema.parse({ ...fields, id: fields.id ?? newId('actor', taken) });
}

/**
 * A target group with defaults filled in.
 *
 * @example
 * const group = createTargetGroup({ name: 'Jongeren met een licht verstandelijke beperking', risk: true });
 */
export function createTargetGroup(fields: Partial<TargetGroup> & { name: string }, taken?: (id: string) => boolean): TargetGroup {
  return TargetGroupSchema.parse({ ...fields, id: fields.id ?? newId('group', taken) });
}

/**
 * A new, valid document. Pass any fields of the format to fill it.
 *
 * @example
 * const document = createDocument({ title: 'Aanpak seksueel geweld Voorbeeldstad' });
 */
export function createDocument(fields: Partial<Omit<DocumentInput, 'format' | 'version'>> = {}, now: Date = new Date()): Document {
  const stamp = now.toISOString();
  return DocumentSchema.parse({
    title: '',
    nodes: [],
    edges: [],
    ...fields,
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    id: fields.id ?? newId('toc'),
    meta: fields.meta ?? { created: stamp, updated: stamp, authors: [] },
  });
}

/**
 * A card's stored position, if it has one. Reads only the record's own keys,
 * so a card whose id is `constructor` or `toString` gets no inherited value.
 *
 * @example
 * const at = positionOf(document, 'goal-1'); // { x: 0, y: -240 } or undefined
 */
export function positionOf(document: Pick<Document, 'layout'>, id: string): Position | undefined {
  return ownValue(document.layout?.positions, id);
}

/**
 * The dots a card got in dot voting (0 when none). Own keys only, like {@link positionOf}.
 *
 * @example
 * votesFor(document, 'int-lespakket'); // 6
 */
export function votesFor(document: Pick<Document, 'workshop'>, id: string): number {
  return ownValue(document.workshop?.votes, id) ?? 0;
}

/**
 * The value a record holds under its own key, never one inherited from
 * `Object.prototype`: records keyed by id (positions, votes) are read
 * through this, since `constructor` and `toString` are legal ids.
 *
 * @example
 * ownValue({ a: 1 }, 'constructor'); // undefined
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
