import { createActor, createEdge, createNode, usedIds } from '../model/factory.js';
import { newId } from '../model/ids.js';
import { guessPartnerDomain } from './partners.js';
import { edgeKindFor } from '../model/connections.js';
import { GroupSchema, LIMITS, type Document, type Position, type ToCNode } from '../model/schema.js';
import type { NodeKind } from '../model/vocabulary.js';
import type { Operation } from '../edit/operation.js';

/** At most this many cards from one paste: a stray paste of a whole document should not flood the canvas. */
const MAX_CAPTURE_LINES = 200;

/**
 * The card texts in typed or pasted text: one per line, without list
 * markers (•, -, *, 1., a)), empty lines skipped. A line longer than a title may
 * be is kept whole (up to the limit of a description): {@link captureOperations}
 * makes its start the title and keeps all of it in the description.
 *
 * @example
 * captureLines('- Lespakket\n2. Campagne\n\n'); // ['Lespakket', 'Campagne']
 */
export function captureLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s*(?:[-*•·–—]|\d{1,3}[.)]|[a-z][.)])\s+/i, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line.length > 0)
    .slice(0, MAX_CAPTURE_LINES)
    .map((line) => line.slice(0, LIMITS.maxTextFieldLength));
}

/** A title for a line too long to be one: its start, cut between words, with an ellipsis. */
function titleOf(line: string): string {
  if (line.length <= LIMITS.maxTitleLength) return line;
  const room = line.slice(0, LIMITS.maxTitleLength - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > LIMITS.maxTitleLength / 2 ? room.slice(0, space) : room).trimEnd()}…`;
}

/**
 * How a line says where its card leads (`→ title`, `-> title`, `=> title` or `> title` at its end) or where it
 * comes from (`← title`, `<- title` or `<= title`).
 */
const ARROW = /\s*(→|->|=>|>|←|<-|<=)\s*([^→>←<]+?)\s*$/u;
const BACK = new Set(['←', '<-', '<=']);
/** At most this many "→" and "←" clauses are read from the end of one line. */
const MAX_LINKS_PER_LINE = 12;

const normal = (text: string) => text.toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();

/**
 * The item a typed text names among `candidates`: the one with exactly that title (case and spaces aside), else
 * the one whose title starts with it, else the one whose title holds it. `matches` counts the candidates at the
 * level that decided: 0 is none, more than 1 is ambiguous (then nothing is picked).
 *
 * @example
 * matchTitle([{ title: 'Hulp' }, { title: 'Hulp sneller gevonden' }], 'hulp sne'); // { item: { title: 'Hulp sneller gevonden' }, matches: 1 }
 */
export function matchTitle<T extends { readonly title: string }>(
  candidates: readonly T[],
  typed: string,
): { readonly item?: T; readonly matches: number } {
  const wanted = normal(typed);
  if (!wanted) return { matches: 0 };
  for (const test of [
    (title: string) => title === wanted,
    (title: string) => title.startsWith(wanted),
    (title: string) => title.includes(wanted),
  ]) {
    const found = candidates.filter((candidate) => test(normal(candidate.title)));
    if (found.length === 1) return { item: found[0]!, matches: 1 };
    if (found.length > 1) return { matches: found.length };
  }
  return { matches: 0 };
}

/**
 * The card a typed target names, among the cards a new card of `kind` may point to (and `also`, cards about to be
 * made), by {@link matchTitle}.
 *
 * @example
 * resolveCaptureTarget(document, 'mechanism', 'jongeren kennen'); // { node: <the outcome "Jongeren kennen hun grenzen">, matches: 1 }
 */
export function resolveCaptureTarget(
  document: Document,
  kind: NodeKind,
  typed: string,
  also: readonly ToCNode[] = [],
): { readonly node?: ToCNode; readonly matches: number } {
  const candidates = [...captureTargets(document, kind), ...also.filter((node) => edgeKindFor(kind, node.kind) !== undefined)];
  const { item, matches } = matchTitle(candidates, typed);
  return item ? { node: item, matches } : { matches };
}

/**
 * The card a typed source names ("← title"): among the cards that may point to a new card of `kind` (and `also`,
 * cards about to be made), by {@link matchTitle}.
 *
 * @example
 * resolveCaptureSource(document, 'mechanism', 'weerbaarheidstraining'); // { node: <the intervention>, matches: 1 }
 */
export function resolveCaptureSource(
  document: Document,
  kind: NodeKind,
  typed: string,
  also: readonly ToCNode[] = [],
): { readonly node?: ToCNode; readonly matches: number } {
  const candidates = [...captureSources(document, kind), ...also.filter((node) => edgeKindFor(node.kind, kind) !== undefined)];
  const { item, matches } = matchTitle(candidates, typed);
  return item ? { node: item, matches } : { matches };
}

/** A line whose `→ target` (or `← source`) named no card, or more than one: its card was made, unconnected, with the whole line as title. */
export interface UnresolvedTarget {
  /** The line's number, from 1. */
  readonly line: number;
  readonly target: string;
  /** `from` for a `← source` the line named; else the card was to lead to it. */
  readonly direction?: 'from';
  /** How many cards the target could mean: 0 (none) or more than 1 (ambiguous). */
  readonly matches: number;
}

/**
 * Operations that add one card of `kind` per line of `text`, with fresh ids,
 * in a row starting at `at` (the editor lays them out afterwards). `fields`
 * go on every card (e.g. the area chosen for interventions). A line longer than
 * a title may be gets its start as the title and all of it as the description.
 * With `leadsTo`, every new card is connected to that card (quick capture's
 * "leidt tot…"); with `comesFrom`, that card is connected to every new card
 * ("komt van…"), where the model allows the connection. A line may name its own
 * target at its end (`Training omstanders → Omstanders grijpen in`, also `->`,
 * `=>` or `>`): the card is connected to the card that names (see
 * {@link resolveCaptureTarget}; an earlier line of the same text counts too).
 * It may name where it comes from the same way (`Weerbaarheid neemt toe ←
 * Weerbaarheidstraining`, also `<-` or `<=`), so mechanisms found after their
 * interventions link back to them; a line may do both, several times. A name that matches no
 * card, or several, stays in the title, and is reported in `unresolved`:
 * nothing typed is lost or guessed.
 *
 * @example
 * const { operations, ids } = captureOperations(document, 'goal', 'Minder geweld\nSneller hulp', { x: 0, y: 0 });
 * history.apply(operations);
 */
export function captureOperations(
  document: Document,
  kind: NodeKind,
  text: string,
  at: Position,
  fields: Record<string, unknown> = {},
  options: { readonly leadsTo?: string; readonly comesFrom?: string } = {},
): { operations: Operation[]; ids: string[]; unresolved: UnresolvedTarget[] } {
  const taken = usedIds(document);
  const operations: Operation[] = [];
  const ids: string[] = [];
  const unresolved: UnresolvedTarget[] = [];
  const made: ToCNode[] = [];
  const byId = (id: string | undefined) => (id === undefined ? undefined : document.nodes.find((node) => node.id === id));
  const chosenTarget = byId(options.leadsTo);
  const chosenSource = byId(options.comesFrom);
  const link = (source: ToCNode, target: ToCNode) => {
    if (!edgeKindFor(source.kind, target.kind)) return;
    const edge = createEdge(source, target, {}, (id) => taken.has(id));
    taken.add(edge.id);
    operations.push({ type: 'connect', edge });
  };
  captureLines(text).forEach((whole, i) => {
    let line = whole;
    const targets: ToCNode[] = chosenTarget ? [chosenTarget] : [];
    const sources: ToCNode[] = chosenSource ? [chosenSource] : [];
    // Peel "→ target" and "← source" clauses off the end while they name a card: a mechanism that several
    // interventions lead to names them all ("… ← Maatjesproject ← Ontmoetingsochtend → Meer contacten").
    for (let peeled = 0; peeled < MAX_LINKS_PER_LINE; peeled++) {
      const arrow = ARROW.exec(line);
      if (!arrow || arrow.index === 0) break;
      const back = BACK.has(arrow[1]!);
      const named = arrow[2]!;
      const resolved = back ? resolveCaptureSource(document, kind, named, made) : resolveCaptureTarget(document, kind, named, made);
      if (!resolved.node) {
        unresolved.push({ line: i + 1, target: named, matches: resolved.matches, ...(back && { direction: 'from' as const }) });
        break;
      }
      (back ? sources : targets).push(resolved.node);
      line = line.slice(0, arrow.index).trim();
    }
    const title = titleOf(line);
    // Nothing typed or pasted is lost: a line cut short for the title is kept whole in the description.
    const node = createNode(kind, { ...fields, title, ...(title !== line ? { description: line } : {}) }, (id) => taken.has(id));
    taken.add(node.id);
    ids.push(node.id);
    made.push(node);
    operations.push({ type: 'addNode', node, position: { x: Math.round(at.x + i * 260), y: Math.round(at.y) } });
    // "Leidt tot…" and "komt van…": the new card is connected where the model allows it, once per card named.
    for (const target of new Set(targets)) link(node, target);
    for (const source of new Set(sources)) link(source, node);
  });
  return { operations, ids, unresolved };
}

/**
 * The cards a newly captured card of `kind` can lead to (or measure, or underlie), for quick capture's
 * "leidt tot…" field: every card the model lets it point to, in document order.
 *
 * @example
 * captureTargets(document, 'mechanism').map((node) => node.title); // the outcomes and goals
 */
export function captureTargets(document: Document, kind: NodeKind): readonly ToCNode[] {
  return document.nodes.filter((node) => edgeKindFor(kind, node.kind) !== undefined);
}

/**
 * The cards that may lead to (or measure, or underlie) a newly captured card of `kind`, for quick capture's
 * "komt van…" field and `← title`: every card the model lets point to it, in document order.
 *
 * @example
 * captureSources(document, 'mechanism').map((node) => node.title); // the interventions (and assumptions)
 */
export function captureSources(document: Document, kind: NodeKind): readonly ToCNode[] {
  return document.nodes.filter((node) => edgeKindFor(node.kind, kind) !== undefined);
}

/**
 * The group a typed name means, for quick capture's "Groep" field: the group with that name (case and spaces aside),
 * else a new group of that name made in the same step (`operations`). Nothing for an empty name.
 *
 * @example
 * const { id, operations } = captureGroup(document, 'Ontmoeten');
 * history.apply([...operations, ...captureOperations(document, 'intervention', text, at, { group: id }).operations]);
 */
export function captureGroup(document: Document, typed: string): { readonly id?: string; readonly operations: Operation[] } {
  const name = typed.replace(/\s+/g, ' ').trim().slice(0, LIMITS.maxTitleLength);
  if (!name) return { operations: [] };
  const existing = document.groups.find((group) => normal(group.title) === normal(name));
  if (existing) return { id: existing.id, operations: [] };
  const taken = usedIds(document);
  const group = GroupSchema.parse({ id: newId('groep', (id) => taken.has(id)), title: name });
  return { id: group.id, operations: [{ type: 'addGroup', group }] };
}

/**
 * The partner a typed name means, for quick capture's "Partner" field: the partner with that name, else a new
 * partner of that name (its domain guessed from the name) made in the same step. Nothing for an empty name.
 *
 * @example
 * const { id, operations } = capturePartner(document, 'Welzijn De Brug');
 */
export function capturePartner(document: Document, typed: string): { readonly id?: string; readonly operations: Operation[] } {
  const name = typed.replace(/\s+/g, ' ').trim().slice(0, LIMITS.maxTitleLength);
  if (!name) return { operations: [] };
  const existing = document.actors.find((actor) => normal(actor.name) === normal(name));
  if (existing) return { id: existing.id, operations: [] };
  const taken = usedIds(document);
  const actor = createActor({ name, domain: guessPartnerDomain(name) }, (id) => taken.has(id));
  return { id: actor.id, operations: [{ type: 'addActor', actor }] };
}
