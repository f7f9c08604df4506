import {
  focusedPart,
  indexDocument,
  NODE_KIND_SPECS,
  type Document,
  type Focus,
  type FocusedPart,
  type Language,
} from '@veranderlogica/core';
import { NOTE_TEXT as TEXT, PAGE_UNITS as UNITS, SHORT_NOTE_TEXT as SHORT } from './messages.js';

/**
 * The report's atlas: which parts of a plan get a page of their own, so that
 * every card title prints legibly, and what each card on a page says about
 * the pages its chains go on to. Pure: the caller measures how large a part
 * draws (`measure`), this module decides where to split.
 */

/** One part of the plan with a page of its own. */
export interface AtlasRegion {
  readonly focus: Focus;
  readonly part: FocusedPart;
}

/** How many levels a part is split at most: far more than a plan's chains are deep. */
const MAX_DEPTH = 12;

/**
 * What the notes call a page: a page of a printed report, or a slide. On a
 * slide, where every line costs type size, a card's notes name only the
 * slides (→ where its chains go on, ← where they come from, where else it stands).
 */
export type PageUnit = 'page' | 'slide';

/** More incoming connections from other pages than this are summed up in one note. */
const MAX_FROM_NOTES = 2;

const fillIn = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/**
 * The parts a focus splits into when it does not fit a page: first by group
 * (strategy) of its interventions, then into its root's neighbourhood (the
 * root, where it leads, what leads straight to it) and the cards that lead
 * into its root (the goal, or the card it runs through), each with what leads
 * to it and the root as where it goes on; cards that nothing leads into share
 * one part, and such a shared part splits in halves.
 */
export function childFoci(document: Document, focus: Focus, part: FocusedPart): Focus[] {
  const index = indexDocument(document);
  if (focus.group === undefined) {
    const known = new Set(document.groups.map((group) => group.id));
    const groups = new Set<string | null>();
    for (const id of part.nodes) {
      const node = index.nodeById.get(id);
      if (node?.kind !== 'intervention') continue;
      groups.add(node.group !== undefined && known.has(node.group) ? node.group : null);
    }
    if (groups.size >= 2) return [...groups].map((group) => ({ ...focus, group }));
  }
  if (focus.through && focus.through.length > 1) {
    const half = Math.ceil(focus.through.length / 2);
    return [focus.through.slice(0, half), focus.through.slice(half)].map((through) => ({ ...focus, through }));
  }
  const root = focus.through?.[0] ?? focus.goal;
  // A root's neighbourhood (`depth`) splits only in halves, above.
  if (root === undefined || focus.depth !== undefined) return [];
  const leadsIn = (id: string) =>
    (index.causalIn.get(id) ?? []).filter((edge) => edge.kind === 'leads-to' && part.nodes.has(edge.source)).map((edge) => edge.source);
  const predecessors = [...new Set(leadsIn(root))].filter((id) => id !== root);
  const leaves = predecessors.filter((id) => leadsIn(id).length === 0);
  const branches = predecessors.filter((id) => leadsIn(id).length > 0);
  if (predecessors.length === 0) return [];
  // First the root with what leads straight to it, so that no card falls between the parts (on a small page a
  // part may be split right below its root); then each branch into the root with all it holds.
  const head: Focus = { ...focus, through: predecessors, into: root, depth: 0 };
  const children: Focus[] = [head, ...branches.map((id) => ({ ...focus, through: [id], into: root }))];
  if (leaves.length) children.push({ ...focus, through: leaves, into: root });
  return children;
}

/**
 * Splits a focus until every part fits (`fits` says whether a part draws
 * large enough on a page), or cannot be split further; branches into one
 * card that fit a page together share it. A part whose every
 * card already stands on a page (`covered`, which grows with each part taken)
 * gets none: where chains to several goals share cards, each card is drawn
 * large once or a few times, not once per goal it serves.
 *
 * @example
 * const regions = await splitRegions(document, { goal: 'goal-1' }, async (focus, part) => scaleOf(await draw(part)) >= 0.667);
 */
export async function splitRegions(
  document: Document,
  focus: Focus,
  fits: (focus: Focus, part: FocusedPart) => Promise<boolean>,
  covered: Set<string> = new Set(),
  depth = 0,
): Promise<AtlasRegion[]> {
  const part = focusedPart(document, focus);
  if (part.nodes.size === 0 || [...part.nodes].every((id) => covered.has(id))) return [];
  const take = (): AtlasRegion[] => {
    for (const id of part.nodes) covered.add(id);
    return [{ focus, part }];
  };
  if (depth >= MAX_DEPTH || (await fits(focus, part))) return take();
  const children = childFoci(document, focus, part);
  if (children.length === 0) return take();
  const regions: AtlasRegion[] = [];
  for (const child of children) {
    for (const region of await splitRegions(document, child, fits, covered, depth + 1)) {
      // Neighbouring parts that lead into the same card share a page while they fit on one.
      const last = regions.at(-1);
      if (last && mergeable(last.focus, region.focus)) {
        const merged: Focus = { ...last.focus, through: [...last.focus.through!, ...region.focus.through!] };
        const mergedPart = focusedPart(document, merged);
        if (await fits(merged, mergedPart)) {
          regions[regions.length - 1] = { focus: merged, part: mergedPart };
          continue;
        }
      }
      regions.push(region);
    }
  }
  return regions;
}

/** Whether two parts are branches into one card (of one goal and group), so that one page can show both. */
const mergeable = (a: Focus, b: Focus) =>
  a.depth === undefined &&
  b.depth === undefined &&
  a.through !== undefined &&
  b.through !== undefined &&
  a.into !== undefined &&
  a.into === b.into &&
  a.goal === b.goal &&
  a.group === b.group;

/**
 * The cards on no goal's chains (and what measures or underlies them): a part
 * of its own, so that they too print legibly. Empty when every card is on a page.
 */
export function restPart(document: Document, covered: ReadonlySet<string>): FocusedPart {
  const index = indexDocument(document);
  const nodes = new Set<string>();
  for (const id of index.causal.ids) if (!covered.has(id)) nodes.add(id);
  for (const edge of document.edges) {
    if (edge.kind === 'leads-to') continue;
    // A loose indicator or assumption, or one on a card of this part.
    if (nodes.has(edge.target) && !covered.has(edge.source)) nodes.add(edge.source);
  }
  for (const node of document.nodes) {
    if (NODE_KIND_SPECS[node.kind].role === 'satellite' && !covered.has(node.id) && !nodes.has(node.id)) {
      const attached = document.edges.some((edge) => edge.source === node.id && index.nodeById.has(edge.target));
      if (!attached) nodes.add(node.id);
    }
  }
  const edges = new Set<string>();
  for (const edge of document.edges) if (nodes.has(edge.source) && nodes.has(edge.target)) edges.add(edge.id);
  return { nodes, edges };
}

/** At most this many page numbers in a note; more are summed up ("4, 6, 9 +2"). */
const MAX_PAGES = 3;

/** Page numbers as a reader writes them: "4, 6, 9", the first three and how many more. */
function pageList(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const shown = sorted.slice(0, MAX_PAGES).join(', ');
  return sorted.length > MAX_PAGES ? `${shown} +${sorted.length - MAX_PAGES}` : shown;
}

/**
 * What the cards of a part say about the rest of the atlas: a connection that
 * goes on to a card on another page ends in a note naming that card and its
 * page ("→ Omstanders grijpen in, p. 7"), one that comes from another page
 * starts in one ("← …", summed up past two), and a card drawn on several
 * pages says where else it stands ("ook op p. 4, 6").
 *
 * @example
 * cardNotes(document, part, 5, (id) => pagesOf.get(id) ?? [2], 'nl');
 */
export function cardNotes(
  document: Document,
  part: FocusedPart,
  page: number,
  pagesOf: (id: string) => readonly number[],
  language: Language,
  unit: PageUnit = 'page',
): Record<string, string[]> {
  const index = indexDocument(document);
  const fill = (template: string, values: Record<string, string | number>) => fillIn(template, { ...values, unit: UNITS[unit][language] });
  // Keyed by card id without a prototype: a card called `__proto__` or `valueOf` gets notes like any other.
  const notes = Object.create(null) as Record<string, string[]>;
  const add = (id: string, note: string) => (notes[id] ??= []).push(note);
  const elsewhere = (id: string) => pagesOf(id).filter((p) => p !== page);
  for (const id of part.nodes) {
    const node = index.nodeById.get(id);
    if (!node || NODE_KIND_SPECS[node.kind].role === 'satellite') continue;
    if (unit === 'slide') {
      const outside = (edges: readonly { kind: string; source: string; target: string }[], end: 'source' | 'target') =>
        edges.filter((edge) => edge.kind === 'leads-to' && !part.nodes.has(edge[end])).flatMap((edge) => elsewhere(edge[end]));
      const to = outside(index.causalOut.get(id) ?? [], 'target');
      const from = outside(index.causalIn.get(id) ?? [], 'source');
      if (to.length) add(id, fill(SHORT.to[language], { pages: pageList(to) }));
      if (from.length) add(id, fill(SHORT.from[language], { pages: pageList(from) }));
      const also = elsewhere(id);
      if (also.length) add(id, fill(TEXT.alsoOn[language], { pages: pageList(also) }));
      continue;
    }
    for (const edge of index.causalOut.get(id) ?? []) {
      if (edge.kind !== 'leads-to' || part.nodes.has(edge.target)) continue;
      const target = index.nodeById.get(edge.target);
      if (!target) continue;
      add(id, fill(TEXT.to[language], { title: target.title, pages: pageList(elsewhere(edge.target)) || '–' }));
    }
    const incoming = (index.causalIn.get(id) ?? []).filter((edge) => edge.kind === 'leads-to' && !part.nodes.has(edge.source));
    const sources = incoming.map((edge) => index.nodeById.get(edge.source)).filter((source) => source !== undefined);
    if (sources.length > MAX_FROM_NOTES) {
      const pages = sources.flatMap((source) => elsewhere(source.id));
      add(id, fill(TEXT.fromMany[language], { count: sources.length, pages: pageList(pages) || '–' }));
    } else {
      for (const source of sources)
        add(id, fill(TEXT.from[language], { title: source.title, pages: pageList(elsewhere(source.id)) || '–' }));
    }
    const also = elsewhere(id);
    if (also.length) add(id, fill(TEXT.alsoOn[language], { pages: pageList(also) }));
  }
  return notes;
}
