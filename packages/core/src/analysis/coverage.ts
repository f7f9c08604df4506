import { inEveryLanguage } from '../i18n/localized.js';
import type { Document, InterventionNode } from '../model/schema.js';
import { indexDocument, type GraphIndex } from '../validate/graph-index.js';
import { documentAreas, type AreaEntry } from '../model/areas.js';
import type { Area } from '../model/vocabulary.js';

/**
 * `gap`: nothing offered (witte vlek). `overlap`: interventions of different
 * partners for the same area and target group that lead to the same outcome
 * (possible dubbeling). `complement`: several partners' interventions there
 * that lead to different outcomes (complementary offer, as frameworks ask).
 * `covered`: offered, by one partner or one intervention.
 */
export type CoverageStatus = 'gap' | 'covered' | 'complement' | 'overlap';

/**
 * One cell of the coverage matrix: an area and a target group, the interventions and partners in it, and whether
 * it is a gap (witte vlek), covered, or an overlap (dubbeling).
 *
 * @example
 * const gaps = coverageMatrix(document).rows.flat().filter((cell: CoverageCell) => cell.status === 'gap');
 */
export interface CoverageCell {
  readonly area: Area;
  /** Target group id; `null` for interventions that name no target group. */
  readonly targetGroup: string | null;
  readonly interventions: readonly string[];
  readonly actors: readonly string[];
  readonly status: CoverageStatus;
  /** For `overlap`: the outcomes (or goals) that interventions of different partners in this cell both lead to first. */
  readonly sharedOutcomes: readonly string[];
}

export interface CoverageMatrix {
  /** The document's areas in order (see `documentAreas`), then any area id an intervention names that the document does not declare. */
  readonly areas: readonly AreaEntry[];
  /** Column ids: the document's target groups, then `null` if some interventions name none. */
  readonly targetGroups: readonly (string | null)[];
  /** One row per area, one cell per target group column. */
  readonly rows: readonly (readonly CoverageCell[])[];
  readonly gaps: number;
  readonly overlaps: number;
  readonly complements: number;
}

/**
 * The offer per area (preventie … handhaving en nazorg) and target group:
 * where nothing is offered and where several partners offer the same.
 *
 * @example
 * const matrix = coverageMatrix(document);
 * matrix.rows[0][2].status; // 'gap'
 */
export function coverageMatrix(document: Document): CoverageMatrix {
  const interventions = document.nodes.filter((n): n is InterventionNode => n.kind === 'intervention');
  const groupIds = document.targetGroups.map((group) => group.id);
  const knownGroups = new Set(groupIds);
  const hasUnspecified = interventions.some((i) => !i.targetGroups.some((g) => knownGroups.has(g)));
  const columns: (string | null)[] = hasUnspecified ? [...groupIds, null] : groupIds;
  let gaps = 0;
  let overlaps = 0;
  let complements = 0;
  const index = indexDocument(document);
  const results = new Map<string, ReadonlySet<string>>();
  const resultsOf = (id: string) => {
    let found = results.get(id);
    if (!found) results.set(id, (found = firstResults(index, id)));
    return found;
  };
  const areas = [...documentAreas(document)];
  const declared = new Set(areas.map((area) => area.id));
  for (const intervention of interventions) {
    if (!declared.has(intervention.area)) {
      declared.add(intervention.area);
      areas.push({ id: intervention.area, label: inEveryLanguage(() => intervention.area) });
    }
  }
  const rows = areas.map(({ id: area }) =>
    columns.map((column): CoverageCell => {
      const inCell = interventions.filter(
        (i) => i.area === area && (column === null ? !i.targetGroups.some((g) => knownGroups.has(g)) : i.targetGroups.includes(column)),
      );
      const actors = [...new Set(inCell.flatMap((i) => i.actors))];
      const shared = inCell.length >= 2 && actors.length >= 2 ? sharedOutcomes(inCell, resultsOf) : [];
      const status: CoverageStatus =
        inCell.length === 0 ? 'gap' : shared.length > 0 ? 'overlap' : inCell.length >= 2 && actors.length >= 2 ? 'complement' : 'covered';
      // The "no target group" column is a bookkeeping column: an empty cell there is no gap.
      if (status === 'gap' && column !== null) gaps++;
      if (status === 'overlap') overlaps++;
      if (status === 'complement') complements++;
      return { area, targetGroup: column, interventions: inCell.map((i) => i.id), actors, status, sharedOutcomes: shared };
    }),
  );
  return { areas, targetGroups: columns, rows, gaps, overlaps, complements };
}

/**
 * The outcomes (or goals) an intervention leads to first: following its connections through working mechanisms
 * and stopping at the first outcome or goal on each path.
 */
function firstResults(index: GraphIndex, start: string): ReadonlySet<string> {
  const found = new Set<string>();
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    const id = queue.shift()!;
    for (const edge of index.causalOut.get(id) ?? []) {
      if (seen.has(edge.target)) continue;
      seen.add(edge.target);
      const kind = index.nodeById.get(edge.target)?.kind;
      if (kind === 'outcome' || kind === 'goal') found.add(edge.target);
      else if (kind === 'mechanism') queue.push(edge.target);
    }
  }
  return found;
}

/** Results that two interventions of a cell, carried by different partners, both lead to first. */
function sharedOutcomes(interventions: readonly InterventionNode[], resultsOf: (id: string) => ReadonlySet<string>): string[] {
  const shared = new Set<string>();
  interventions.forEach((a, i) => {
    for (const b of interventions.slice(i + 1)) {
      // One partner's two interventions towards one outcome are that partner's own choice, not a dubbeling.
      if (new Set([...a.actors, ...b.actors]).size < 2) continue;
      const theirs = resultsOf(b.id);
      for (const result of resultsOf(a.id)) if (theirs.has(result)) shared.add(result);
    }
  });
  return [...shared];
}
