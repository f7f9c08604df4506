import { focusedPart, goalGroups, partOfDocument, type Document, type ExportContext, type Focus } from '@veranderlogica/core';
import { layoutDocument, type ElkLike } from './layout.js';
import { renderSvg, type SvgOptions } from './svg.js';

export interface PictureOptions extends Omit<SvgOptions, 'highlight'> {
  /** Give up after this many milliseconds. Default 20,000. */
  readonly timeoutMs?: number;
  /** Draw only this part of the plan: one goal's chains, one group's, or one group's chains to one goal. */
  readonly focus?: Focus;
  /** Draw the whole plan, this part as usual and the rest faded. */
  readonly highlight?: Focus;
  /** The room between layers (default `DEFAULT_LAYER_SPACING`); less makes a tall picture fit a page. */
  readonly layerSpacing?: number;
  /** The width ÷ height long layers wrap towards (see `LayoutOptions.aspect`). */
  readonly aspect?: number;
}

/**
 * The picture of a document that every export hands out (SVG file, PNG, the
 * report's diagram, the print view): laid out from the document itself, in its
 * direction, keeping pinned cards and the order of the cards where it was laid
 * out before; neutral (nothing of an editor's selection or view). The whole
 * plan, unless `focus` asks for a part of it (laid out afresh, larger).
 *
 * @example
 * const svg = await drawDocument(elk, document, { language: 'nl' });
 * const oneGoal = await drawDocument(elk, document, { focus: { goal: 'goal-1' }, legend: false });
 */
export async function drawDocument(elk: ElkLike, document: Document, options: PictureOptions = {}): Promise<string> {
  const { focus, highlight, timeoutMs, layerSpacing, aspect, ...svgOptions } = options;
  const drawn = focus ? partOfDocument(document, focusedPart(document, focus)) : document;
  const layout = await layoutDocument(elk, drawn, {
    direction: drawn.layout?.direction ?? 'BT',
    previous: drawn.layout?.positions ?? null,
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(layerSpacing !== undefined ? { layerSpacing } : {}),
    ...(aspect !== undefined ? { aspect } : {}),
  });
  return renderSvg(drawn, layout, {
    // A picture of one group needs no label naming it.
    ...(focus?.group !== undefined && { groups: false }),
    ...svgOptions,
    ...(highlight && { highlight: focusedPart(drawn, highlight) }),
  });
}

/** The size an SVG of `renderSvg` declares, in its own units (CSS pixels at 100 %). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
  return { width: read('width'), height: read('height') };
}

/** The way a page of the report lies. */
export type Orientation = 'landscape' | 'portrait';

/** One diagram page of the report: the chains to one goal, or of one group to that goal. */
export interface DiagramPage {
  readonly goal: string;
  /** The group (strategy, speerpunt) the page shows, when the goal's chains did not fit one page. */
  readonly group?: string;
  readonly svg: string;
  /** The page the picture is largest on: landscape for a wide picture, portrait for a tall one. */
  readonly orientation: Orientation;
}

export interface ReportPictures {
  /** The whole plan, with title and legend, for a landscape page. */
  readonly overview: string;
  /** A page per goal with chains, or per group of a goal where the goal's chains do not fit one page legibly. */
  readonly pages: readonly DiagramPage[];
}

/**
 * The room for a picture on an A4 page of the report (8 mm margins, below a
 * one-line heading), in CSS pixels, and the smallest scale at which a card's 14 px
 * title still prints at 7 pt (14 px × 0.75 pt/px × 0.667).
 */
export const REPORT_PAGE = {
  landscape: { width: 1060, height: 688 },
  portrait: { width: 730, height: 1016 },
  minScale: 0.667,
} as const;

/** The room between layers on a report page or a presented part: enough for the connections' bends, less than on the canvas. */
export const COMPACT_LAYER_SPACING = 44;

/**
 * How a part of a plan (one goal's chains, one strategy's) is drawn for a
 * report page or a screen: no title or legend (the page says what it shows),
 * layers close together, and cards kept side by side for a landscape page.
 */
export const PART_PICTURE = { title: false, legend: false, layerSpacing: COMPACT_LAYER_SPACING, aspect: 1.5 } as const;

/** How far a picture of this size must shrink (1 or less) to fit a report page, on the page it fits best. */
export function pageScale(size: { width: number; height: number }): { scale: number; orientation: Orientation } {
  const on = (orientation: Orientation) => {
    const room = REPORT_PAGE[orientation];
    return Math.min(1, room.width / Math.max(1, size.width), room.height / Math.max(1, size.height));
  };
  const landscape = on('landscape');
  const portrait = on('portrait');
  return portrait > landscape ? { scale: portrait, orientation: 'portrait' } : { scale: landscape, orientation: 'landscape' };
}

/**
 * The report's diagrams: an overview of the whole plan, then a page per goal
 * that has chains, showing the chains to that goal large enough to read on
 * paper, on a landscape or a portrait page as the picture is wide or tall.
 * Where a goal's chains would print smaller than `REPORT_PAGE.minScale`, the
 * goal gets a page per group (strategy, speerpunt) of its interventions
 * instead (interventions without a group share one more page).
 *
 * @example
 * const { overview, pages } = await reportPictures(elk, document);
 * const html = toHtmlReport(document, { diagram: overview, diagramPages: pages });
 */
export async function reportPictures(
  elk: ElkLike,
  document: Document,
  options: Pick<PictureOptions, 'language' | 'timeoutMs'> = {},
): Promise<ReportPictures> {
  const overview = await drawDocument(elk, document, options);
  const pages: DiagramPage[] = [];
  const part = { ...options, ...PART_PICTURE };
  const page = (goal: string, group: string | null | undefined, svg: string): DiagramPage => ({
    goal,
    ...(typeof group === 'string' && { group }),
    svg,
    orientation: pageScale(svgSize(svg)).orientation,
  });
  for (const goal of document.nodes) {
    if (goal.kind !== 'goal') continue;
    const groups = goalGroups(document, goal.id);
    if (groups.length === 0) continue;
    const whole = await drawDocument(elk, document, { ...part, focus: { goal: goal.id } });
    if (pageScale(svgSize(whole)).scale >= REPORT_PAGE.minScale || groups.length < 2) {
      pages.push(page(goal.id, undefined, whole));
      continue;
    }
    for (const group of groups) {
      pages.push(page(goal.id, group, await drawDocument(elk, document, { ...part, focus: { goal: goal.id, group } })));
    }
  }
  return { overview, pages };
}

/**
 * What the core's exports need to draw: the plan's picture and the report's
 * pictures, laid out with this ELK in the given language (the document's
 * own by default). Add `rasterise` where PNG can be made.
 *
 * @example
 * const format = getExportFormat('html')!;
 * const html = await format.run(document, exportContext(elk, document, { language: 'en' }));
 */
export function exportContext(
  elk: ElkLike,
  document: Document,
  options: Pick<PictureOptions, 'language' | 'timeoutMs'> & Omit<ExportContext, 'picture' | 'reportPictures'> = {},
): ExportContext {
  const { timeoutMs, ...context } = options;
  const picture = { ...(options.language !== undefined && { language: options.language }), ...(timeoutMs !== undefined && { timeoutMs }) };
  return {
    ...context,
    picture: () => drawDocument(elk, document, picture),
    reportPictures: () => reportPictures(elk, document, picture),
  };
}
