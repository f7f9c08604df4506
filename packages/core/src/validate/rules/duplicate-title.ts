import { RULE_TEXTS } from '../locales/rule-texts.js';
import { defineMessage } from '../../i18n/format.js';
import { inEveryLanguage, type Localized } from '../../i18n/localized.js';
import { KIND_ORDER, NODE_KIND_SPECS } from '../../model/kinds.js';
import { nodeRef, type NodeRef } from '../graph-index.js';
import { defineRule } from '../rule.js';
import { blank } from '../blank.js';
import { HASH_SEED, StringTable } from '../string-table.js';
import { Int32Block, withScratch } from '../int32-block.js';

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
    // In the checks' working space: a table of whole titles and a table of their openings, sized for the largest kind
    // and emptied for each next one, and a mark per card. Titles and ids are read from the index's lists by card
    // position (one shape), not from the cards (a shape per kind).
    const storage = StringTable.storageFor(largest);
    withScratch(2 * storage + largest, (space) => {
      const block = new Int32Block(space);
      const table = new StringTable(largest, { equals: sameTitle, storage: block.take(storage) });
      // Openings whose hashes agree count as alike: a collision only sends two titles on to be compared in full.
      const openings = new StringTable(largest, { equals: hashesAgree, storage: block.take(storage) });
      const again = block.take(largest);
      for (const kind of KIND_ORDER) {
        const positions = index.positionsOfKind(kind);
        if (positions.length < 2) continue;
        // First the openings: a title is read in full only when another card of its kind opens alike (titles that
        // are the same open alike). Most titles differ within their first words.
        openings.clear();
        let anyAlike = false;
        for (let i = 0; i < positions.length; i++) {
          const title = titles[positions[i]!]!;
          again[i] = 0;
          if (blank(title)) continue;
          const first = openings.addHashed(title, titleHash(title, OPENING), i);
          if (first < 0) continue;
          again[first] = again[i] = 1;
          anyAlike = true;
        }
        if (!anyAlike) continue;
        table.clear();
        // The table keeps, for each title, the position of its first card.
        const seenAgain = new Map<number, string[]>();
        for (let i = 0; i < positions.length; i++) {
          if (!again[i]) continue;
          const position = positions[i]!;
          const title = titles[position]!;
          const seen = table.addHashed(title, titleHash(title, WHOLE), position);
          if (seen < 0) continue;
          const list = seenAgain.get(seen);
          if (list) list.push(ids[position]!);
          else seenAgain.set(seen, [ids[seen]!, ids[position]!]);
        }
        for (const list of seenAgain.values()) repeated.push(list);
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

/** How many visible characters of a title the first pass reads. */
const OPENING = 20;
/** No limit: the whole title. */
const WHOLE = 0x7fffffff;

/**
 * The hash of a title's first `limit` visible characters as {@link normalise}
 * would leave them, without making the normalised string: runs of white space
 * (and of the control characters a file cannot hold) count as one space, none
 * at either end, and ASCII is folded by setting bit 5 (A–Z become a–z; the few
 * other characters it pairs only collide, and colliding titles are compared in
 * full). A title with characters beyond ASCII is normalised first (exact, and
 * rare in practice). A space is folded into the next character's code instead
 * of hashed on its own. Titles that are the same share the hash for any limit.
 * It starts from `seed`, {@link HASH_SEED} unless a test gives one, and turns
 * the state after each step (as `hashString` does): nobody can write titles
 * made to collide.
 *
 * @example
 * titleHash('Minder  eenzaamheid', 20) === titleHash(' minder eenzaamheid', 20);
 */
export function titleHash(title: string, limit: number, seed: number = HASH_SEED): number {
  return foldedHash(title, false, limit, seed);
}

function foldedHash(text: string, normalised: boolean, limit: number, seed: number): number {
  let hash = seed;
  let space = 0;
  let started = 0;
  let read = 0;
  for (let i = 0; i < text.length && read < limit; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20) {
      space = started;
      continue;
    }
    if (code > 0x7e && !normalised) return foldedHash(normalise(text), true, limit, seed);
    hash = Math.imul(hash ^ ((code > 0x7e ? code << 9 : code | 0x20) | space), 0x01000193);
    hash = (hash << 13) | (hash >>> 19);
    space = 0;
    started = 0x100;
    read++;
  }
  return hash;
}

/** For a table of openings: asked only where the hashes agree, which is all it asks. */
const hashesAgree = (): boolean => true;

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
