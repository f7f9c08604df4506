import type { Document, InterventionNode } from '../model/schema.js';
import { documentAreas, type AreaEntry } from '../model/areas.js';
import type { Area } from '../model/vocabulary.js';

/**
 * `gap`: nothing offered (witte vlek). `overlap`: several interventions by
 * different partners (possible dubbeling). `covered`: offered, no overlap.
 */
export type CoverageStatus = 'gap' | 'covered' | 'overlap';

export interface CoverageCell {
  readonly area: Area;
  /** Target group id; `null` for interventions that name no target group. */
  readonly targetGroup: string | null;
  readonly interventions: readonly string[];
  readonly actors: readonly string[];
  readonly status: CoverageStatus;
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
  const areas = [...documentAreas(document)];
  const declared = new Set(areas.map((area) => area.id));
  for (const intervention of interventions) {
    if (!declared.has(intervention.area)) {
      declared.add(intervention.area);
      areas.push({ id: intervention.area, label: { nl: intervention.area, en: intervention.area } });
    }
  }
  const rows = areas.map(({ id: area }) =>
    columns.map((column): CoverageCell => {
      const inCell = interventions.filter(
        (i) => i.area === area && (column === null ? !i.targetGroups.some((g) => knownGroups.has(g)) : i.targetGroups.includes(column)),
      );
      const actors = [...new Set(inCell.flatMap((i) => i.actors))];
      const status: CoverageStatus = inCell.length === 0 ? 'gap' : inCell.length >= 2 && actors.length >= 2 ? 'overlap' : 'covered';
      // The "no target group" column is a bookkeeping column: an empty cell there is no gap.
      if (status === 'gap' && column !== null) gaps++;
      if (status === 'overlap') overlaps++;
      return { area, targetGroup: column, interventions: inCell.map((i) => i.id), actors, status };
    }),
  );
  return { areas, targetGroups: columns, rows, gaps, overlaps };
}
