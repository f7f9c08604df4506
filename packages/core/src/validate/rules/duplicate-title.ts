import { defineMessage } from '../../i18n/format.js';
import type { Localized } from '../../i18n/localized.js';
import { KIND_ORDER, NODE_KIND_SPECS } from '../../model/kinds.js';
import { refOf, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';
import { hashString, StringTable } from '../string-table.js';

/** Two cards of one kind with the same title: often a card captured twice, or two that should say what sets them apart. */
export const duplicateTitle = defineRule(
  'duplicate-title',
  'info',
  { nl: 'Kaarten van één soort hebben elk een eigen titel.', en: 'Nodes of one kind each have their own title.' },
  defineMessage<{ node: NodeRef; count: number; kinds: Localized }>({
    nl: 'Er staan {count} {kinds} met de titel {node}; voeg ze samen of maak het verschil duidelijk.',
    en: 'There are {count} {kinds} titled {node}; merge them or make the difference clear.',
  }),
  (index, report) => {
    // Per kind, one table of normalised titles; a list of ids is made only for a title seen again.
    const repeated: string[][] = [];
    for (const kind of KIND_ORDER) {
      const nodes = index.nodesOfKind(kind);
      if (nodes.length < 2) continue;
      const titles = new StringTable(nodes.length, { hash: hashTitle, equals: sameTitle });
      const first: string[] = [];
      const again = new Map<number, string[]>();
      for (const node of nodes) {
        if (node.title.trim() === '') continue;
        const seen = titles.add(node.title, first.length);
        if (seen < 0) first.push(node.id);
        else {
          const ids = again.get(seen);
          if (ids) ids.push(node.id);
          else again.set(seen, [first[seen]!, node.id]);
        }
      }
      repeated.push(...again.values());
    }
    return repeated.map((ids) => {
      const kind = index.nodeById.get(ids[0]!)!.kind;
      const plural = NODE_KIND_SPECS[kind].plural;
      return report(ids, {
        node: refOf(index, ids[0]!),
        count: ids.length,
        kinds: { nl: plural.nl.toLowerCase(), en: plural.en.toLowerCase() },
      });
    });
  },
);

/**
 * The hash of a title as {@link normalise} would give it, without making the
 * normalised string: ASCII letters folded to lower case, runs of ASCII white
 * space as one space, none at either end. A title with other characters is
 * normalised first (exact, and rare in practice).
 */
function hashTitle(title: string): number {
  let hash = 0x811c9dc5 | 0;
  let space = false;
  let started = false;
  for (let i = 0; i < title.length; i++) {
    let code = title.charCodeAt(i);
    if (code > 0x7e) return hashString(normalise(title));
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
      space = started;
      continue;
    }
    if (space) {
      hash = Math.imul(hash ^ 0x20, 0x01000193);
      space = false;
    }
    started = true;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash;
}

/** Whether two titles are the same once normalised (asked only when their hashes agree). */
function sameTitle(a: string, b: string): boolean {
  return a === b || normalise(a) === normalise(b);
}

/** A title as people would compare it: trimmed, lower case, runs of white space as one space. */
function normalise(title: string): string {
  const lower = title.trim().toLowerCase();
  // Only white space other than single plain spaces needs the replace.
  return /[^\S ]| {2}/.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}
