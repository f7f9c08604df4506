import { CHAIN_ORDER, indexDocument, type Document, type NodeKind, maxOf, minOf } from '@veranderlogica/core';
import { assignLayers, type Band, type Layering } from './layering.js';

/** A box in diagram coordinates. */
interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A run of layers of one kind (interventions, mechanisms, outcomes, goals) and
 * its extent along the layer axis, in layer order. With an interest sphere, outcomes
 * and goals can each appear twice: below and beyond the line of accountability.
 */
export interface BandExtent {
  readonly band: Band;
  readonly start: number;
  readonly end: number;
}

/**
 * The line of accountability between what partners can be held to (below or
 * left of it) and what they only contribute to (the interest sphere).
 * `horizontal` lines (BT) have a `y`; vertical ones (LR) an `x`.
 */
export interface AccountabilityLine {
  readonly orientation: 'horizontal' | 'vertical';
  readonly position: number;
  readonly from: number;
  readonly to: number;
  /** False when some accountable node ended up beyond the line (an edge pointing back across it). */
  readonly clean: boolean;
}

/** The layer bands and the line of accountability of a placed diagram. */
export interface LayerGuides {
  readonly bands: readonly BandExtent[];
  readonly accountabilityLine: AccountabilityLine | undefined;
  /** Bands follow one another without overlapping: the diagram reads in layers (as after an auto-layout). */
  readonly ordered: boolean;
}

const BAND_OF: Partial<Record<NodeKind, Band>> = { intervention: 'intervention', mechanism: 'mechanism', outcome: 'outcome', goal: 'goal' };

/**
 * The layer bands (Interventies, Mechanismen, Uitkomsten, Doelen) and the line
 * of accountability for cards where they are now, e.g. after the user moved
 * some. `ordered` says whether the bands still read as layers; an editor shows
 * them only then.
 *
 * @example
 * const { bands, ordered } = layerGuides(document, boxes, 'BT');
 */
export function layerGuides(document: Document, positions: Readonly<Record<string, Box>>, direction: 'BT' | 'LR' = 'BT'): LayerGuides {
  return guidesFor(document, assignLayers(document), positions, direction === 'LR');
}

/** The guides for a layering already computed (the layout has one at hand). */
export function guidesFor(
  document: Document,
  layering: Layering,
  positions: Readonly<Record<string, Box>>,
  horizontal: boolean,
): LayerGuides {
  const index = indexDocument(document);
  // Bands: runs of consecutive layers whose main nodes share a kind, with their extent along the layer axis
  // (y for BT, where the top is smaller; x for LR). A kind can form two bands, one each side of the line of accountability.
  const layers: { kinds: Set<Band>; start: number; end: number }[] = [];
  for (const [id, layer] of layering.layerOf) {
    const node = index.nodeById.get(id);
    const band = node && BAND_OF[node.kind];
    const p = positions[id];
    if (!band || !p) continue;
    const start = horizontal ? p.x : p.y;
    const end = horizontal ? p.x + p.width : p.y + p.height;
    const entry = (layers[layer] ??= { kinds: new Set(), start, end });
    entry.kinds.add(band);
    entry.start = Math.min(entry.start, start);
    entry.end = Math.max(entry.end, end);
  }
  const bands: BandExtent[] = [];
  for (const entry of layers) {
    if (!entry) continue;
    // Layers are grouped by kind, so a layer holds one kind; should it hold more, the later kind names it.
    const band = [...CHAIN_ORDER].reverse().find((kind) => entry.kinds.has(kind as Band)) as Band;
    const last = bands[bands.length - 1];
    if (last && last.band === band)
      bands[bands.length - 1] = { band, start: Math.min(last.start, entry.start), end: Math.max(last.end, entry.end) };
    else bands.push({ band, start: entry.start, end: entry.end });
  }

  const all = Object.values(positions);
  const minX = all.length ? minOf(all, (p) => p.x) : 0;
  const minY = all.length ? minOf(all, (p) => p.y) : 0;
  const maxX = all.length ? maxOf(all, (p) => p.x + p.width) : 0;
  const maxY = all.length ? maxOf(all, (p) => p.y + p.height) : 0;

  let accountabilityLine: AccountabilityLine | undefined;
  if (layering.interest.size > 0 && layering.interest.size < layering.layerOf.size) {
    // The line runs between the interest sphere and everything before it along the layer axis.
    const beyond = [...layering.interest].map((id) => positions[id]!).filter(Boolean);
    const accountable = [...layering.layerOf.keys()]
      .filter((id) => !layering.interest.has(id))
      .map((id) => positions[id]!)
      .filter(Boolean);
    if (horizontal) {
      const edgeOfInterest = minOf(beyond, (p) => p.x);
      const edgeOfAccountable = maxOf(accountable, (p) => p.x + p.width);
      accountabilityLine = {
        orientation: 'vertical',
        position: edgeOfAccountable <= edgeOfInterest ? (edgeOfInterest + edgeOfAccountable) / 2 : edgeOfInterest,
        from: minY,
        to: maxY,
        clean: edgeOfAccountable <= edgeOfInterest,
      };
    } else {
      const edgeOfInterest = maxOf(beyond, (p) => p.y + p.height);
      const edgeOfAccountable = minOf(accountable, (p) => p.y);
      accountabilityLine = {
        orientation: 'horizontal',
        position: edgeOfAccountable >= edgeOfInterest ? (edgeOfInterest + edgeOfAccountable) / 2 : edgeOfInterest,
        from: minX,
        to: maxX,
        clean: edgeOfAccountable >= edgeOfInterest,
      };
    }
  }
  // Along the layer axis, BT bands run upwards (later bands have smaller coordinates), LR bands rightwards.
  const ordered = bands.every((band, i) => {
    const next = bands[i + 1];
    if (!next) return true;
    return horizontal ? next.start >= band.end : next.end <= band.start;
  });
  return { bands, accountabilityLine, ordered };
}
