import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { inEveryLanguage, type Localized } from '../../i18n/localized.js';
import { KIND_ORDER, NODE_KIND_SPECS } from '../../model/kinds.js';
import { nodeRef, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';
import { blank } from '../blank.js';
import { StringTable } from '../string-table.js';
import { withScratch } from '../int32-block.js';

/** Two cards of one kind with the same title: often a card captured twice, or two that should say what sets them apart. */
export const duplicateTitle = defineRule(
  'duplicate-title',
  'info',
  RULE_TEXTS['duplicate-title'].description,
  defineMessage<{ node: NodeRef; count: number; kinds: Localized }>(RULE_TEXTS['duplicate-title'].message),
  (index, report) => {
    // Per kind, one table of normalised titles; a list of ids is made only for a title seen again.
    const repeated: string[][] = [];
    const { ids, titles } = index.causal;
    let largest = 0;
    for (const kind of KIND_ORDER) largest = Math.max(largest, index.positionsOfKind(kind).length);
    // One table, sized for the largest kind and emptied for each next one, in the checks' working space. Titles and ids
    // are read from the index's lists by card position (one shape), not from the cards (a shape per kind).
    withScratch(StringTable.storageFor(largest), (storage) => {
      const table = new StringTable(largest, { equals: sameTitle, storage });
      for (const kind of KIND_ORDER) {
        const positions = index.positionsOfKind(kind);
        if (positions.length < 2) continue;
        table.clear();
        // The table keeps, for each title, the position of its first card.
        const again = new Map<number, string[]>();
        for (let i = 0; i < positions.length; i++) {
          const position = positions[i]!;
          const title = titles[position]!;
          if (blank(title)) continue;
          const seen = table.addHashed(title, hashTitle(title), position);
          if (seen < 0) continue;
          const list = again.get(seen);
          if (list) list.push(ids[position]!);
          else again.set(seen, [ids[seen]!, ids[position]!]);
        }
        for (const list of again.values()) repeated.push(list);
      }
    });
    return repeated.map((list) => {
      const first = index.nodeById.get(list[0]!)!;
      const plural = NODE_KIND_SPECS[first.kind].plural;
      return report(list, {
        node: nodeRef(first),
        count: list.length,
        kinds: inEveryLanguage((language) => plural[language].toLowerCase()),
      });
    });
  },
);

/**
 * The hash of a title that {@link normalise} would leave alike, without making
 * the normalised string: runs of white space (and of the control characters a
 * file cannot hold) count as one space, none at either end, and ASCII is folded
 * by setting bit 5 (A–Z become a–z; the few other characters it pairs only
 * collide, and colliding titles are compared in full). A title with characters
 * beyond ASCII is normalised first (exact, and rare in practice). A space is
 * folded into the next character's code instead of hashed on its own.
 */
function hashTitle(title: string): number {
  return foldedHash(title, false);
}

function foldedHash(text: string, normalised: boolean): number {
  let hash = 0x811c9dc5 | 0;
  let space = 0;
  let started = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20) {
      space = started;
      continue;
    }
    if (code > 0x7e && !normalised) return foldedHash(normalise(text), true);
    hash = Math.imul(hash ^ ((code > 0x7e ? code << 9 : code | 0x20) | space), 0x01000193);
    space = 0;
    started = 0x100;
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
