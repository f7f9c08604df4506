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
  type TargetGroup,
  type ToCNode,
} from './schema.js';
import type { NodeKind } from './vocabulary.js';
import type { z } from 'zod';

/** Fields for a new node of one kind; everything but `kind` is optional. */
export type NodeFields<K extends NodeKind> = Partial<Omit<z.input<typeof NodeSchema> & { kind: K }, 'kind'>> &
  Partial<Omit<NodeOfKind<K>, 'kind'>>;

/** Ids already used in a document: nodes, edges, partners, target groups, facts, notes. */
export function usedIds(document: Document): Set<string> {
  const ids = new Set<string>();
  for (const list of [document.nodes, document.edges, document.actors, document.targetGroups, document.context.facts]) {
    for (const item of list) ids.add(item.id);
  }
  for (const item of document.workshop?.parkingLot ?? []) ids.add(item.id);
  return ids;
}

/**
 * A complete node of a kind, defaults filled in, with a fresh id unless one is given.
 *
 * @example
 * const goal = createNode('goal', { title: 'Minder seksueel geweld', level: 'strategic' });
 */
export function createNode<K extends NodeKind>(kind: K, fields: NodeFields<K> = {}, taken?: (id: string) => boolean): NodeOfKind<K> {
  const id = fields.id ?? newId(kind, taken);
  return NodeSchema.parse({ title: '', ...fields, id, kind }) as NodeOfKind<K>;
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

/** A partner (network organisation) with defaults filled in. */
export function createActor(fields: Partial<Actor> & { name: string }, taken?: (id: string) => boolean): Actor {
  return ActorSchema.parse({ ...fields, id: fields.id ?? newId('actor', taken) });
}

/** A target group with defaults filled in. */
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
