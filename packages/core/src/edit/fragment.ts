import { z } from 'zod';
import { LIMITS } from '../model/schema.js';
import { newId } from '../model/ids.js';
import { ownValue, positionOf, usedIds } from '../model/factory.js';
import { EdgeSchema, NodeSchema, PositionSchema, type Document, type Edge, type Position, type ToCNode } from '../model/schema.js';
import type { Operation } from './operation.js';

/**
 * At most this many cards are pasted at once; a copy of a workshop's part of a plan has tens.
 *
 * @example
 * if (selectedIds.length > MAX_FRAGMENT_CARDS) notice(`Kopieer hooguit ${MAX_FRAGMENT_CARDS} kaarten tegelijk.`);
 */
export const MAX_FRAGMENT_CARDS = 1_000;

const FragmentSchema = z.strictObject({
  format: z.literal('veranderlogica-fragment'),
  nodes: z.array(NodeSchema).max(MAX_FRAGMENT_CARDS),
  edges: z.array(EdgeSchema).max(MAX_FRAGMENT_CARDS * 4),
  positions: z
    .record(z.string(), PositionSchema)
    .refine((positions) => Object.keys(positions).length <= MAX_FRAGMENT_CARDS)
    .default({}),
});
/**
 * The clipboard format: copied cards, the connections among them, and where they stood.
 *
 * @example
 * const fragment: Fragment = copyFragment(document, selectedIds);
 * await navigator.clipboard.writeText(JSON.stringify(fragment));
 */
export type Fragment = z.infer<typeof FragmentSchema>;

/**
 * The cards with these ids, the connections between them, and their
 * positions, as a fragment to put on a clipboard.
 *
 * @example
 * navigator.clipboard.writeText(JSON.stringify(copyFragment(document, selectedIds)));
 */
export function copyFragment(document: Document, ids: Iterable<string>): Fragment {
  const wanted = new Set(ids);
  const nodes = document.nodes.filter((node) => wanted.has(node.id));
  const kept = new Set(nodes.map((node) => node.id));
  const edges = document.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target));
  const positions: Record<string, Position> = {};
  for (const node of nodes) {
    const at = positionOf(document, node.id);
    if (at) positions[node.id] = { x: at.x, y: at.y };
  }
  return { format: 'veranderlogica-fragment', nodes, edges, positions };
}

/**
 * Reads a fragment from clipboard text; `undefined` for anything else (plain
 * text, another program's JSON, a broken fragment). Never throws.
 *
 * @example
 * const fragment = readFragment(await navigator.clipboard.readText());
 * if (fragment) history.apply(pasteOperations(history.document, fragment));
 */
export function readFragment(text: string): Fragment | undefined {
  const result = readFragmentChecked(text);
  return result.ok ? result.fragment : undefined;
}

/**
 * Like {@link readFragment}, and says why a text that is a copied fragment cannot be pasted: more than
 * {@link MAX_FRAGMENT_CARDS} cards, or damaged. `notFragment` is ordinary text (the caller pastes it as such).
 *
 * @example
 * const read = readFragmentChecked(clipboardText);
 * if (!read.ok && read.reason === 'too-large') notify('Hoogstens 1.000 kaarten tegelijk');
 */
export function readFragmentChecked(
  text: string,
): { ok: true; fragment: Fragment } | { ok: false; reason: 'not-a-fragment' | 'too-large' | 'damaged' } {
  if (!text.includes('veranderlogica-fragment')) return { ok: false, reason: 'not-a-fragment' };
  // A copy larger than the text of a whole plan may be is not even parsed.
  if (text.length > LIMITS.maxTextLength) return { ok: false, reason: 'too-large' };
  try {
    const raw = JSON.parse(text) as { nodes?: unknown; positions?: unknown };
    const cards = Array.isArray(raw.nodes) ? raw.nodes.length : 0;
    const places = typeof raw.positions === 'object' && raw.positions !== null ? Object.keys(raw.positions).length : 0;
    if (cards > MAX_FRAGMENT_CARDS || places > MAX_FRAGMENT_CARDS) return { ok: false, reason: 'too-large' };
    const result = FragmentSchema.safeParse(raw);
    return result.success ? { ok: true, fragment: result.data } : { ok: false, reason: 'damaged' };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}

/**
 * The operations that paste a fragment into a document: every card and
 * connection gets a fresh id (ids are never reused), connections follow
 * their cards, cards keep their arrangement shifted by `offset`, and
 * references to partners or target groups the document does not have are
 * dropped. Apply them as one step.
 *
 * @example
 * const { operations, ids } = pasteOperations(document, fragment, { x: 40, y: 40 });
 * history.apply(operations, { label: bilingual('plakken', 'paste') });
 */
export function pasteOperations(
  document: Document,
  fragment: Fragment,
  offset: { readonly x: number; readonly y: number },
): { operations: Operation[]; ids: string[] } {
  const taken = usedIds(document);
  const fresh = (prefix: string) => {
    const id = newId(prefix, (candidate) => taken.has(candidate));
    taken.add(id);
    return id;
  };
  const actorIds = new Set(document.actors.map((actor) => actor.id));
  const groupIds = new Set(document.targetGroups.map((group) => group.id));
  const strategyIds = new Set(document.groups.map((group) => group.id));
  const idMap = new Map<string, string>();
  const operations: Operation[] = [];
  for (const node of fragment.nodes) {
    if (idMap.has(node.id)) continue;
    const id = fresh(node.kind);
    idMap.set(node.id, id);
    const at = ownValue(fragment.positions, node.id);
    operations.push({
      type: 'addNode',
      node: localise({ ...node, id }, actorIds, groupIds, strategyIds),
      ...(at ? { position: { x: Math.round(at.x + offset.x), y: Math.round(at.y + offset.y) } } : {}),
    });
  }
  for (const edge of fragment.edges) {
    const source = idMap.get(edge.source);
    const target = idMap.get(edge.target);
    if (!source || !target) continue;
    operations.push({ type: 'connect', edge: { ...edge, id: fresh('edge'), source, target } satisfies Edge });
  }
  return { operations, ids: [...idMap.values()] };
}

/** Drops references that only meant something in the document the cards came from. */
function localise(node: ToCNode, actorIds: ReadonlySet<string>, groupIds: ReadonlySet<string>, strategyIds: ReadonlySet<string>): ToCNode {
  // A group (strategy) of the other plan means nothing here.
  if ('group' in node && node.group !== undefined && !strategyIds.has(node.group)) {
    const { group: _dropped, ...rest } = node;
    return localise(rest, actorIds, groupIds, strategyIds);
  }
  if (node.kind === 'intervention')
    return {
      ...node,
      actors: node.actors.filter((id) => actorIds.has(id)),
      targetGroups: node.targetGroups.filter((id) => groupIds.has(id)),
    };
  if (node.kind === 'indicator' && node.owner && !actorIds.has(node.owner)) {
    const { owner: _dropped, ...rest } = node;
    return rest;
  }
  return node;
}
