import {
  focusedPart,
  goalGroups,
  partOfDocument,
  type Document,
  type ExportContext,
  type Focus,
  type FocusedPart,
} from '@veranderlogica/core';
import { cardNotes, childFoci, restPart, splitRegions, type AtlasRegion, type PageUnit } from './atlas.js';
import { loadHyphenate, type Hyphenate } from './hyphenate.js';
import { layoutDocument, type ElkLike } from './layout.js';
import { renderSvg, type SvgOptions } from './svg.js';
import { beyondElk } from './fallback.js';
import { fontFaceCss } from './font-face.js';

export interface PictureOptions extends Omit<SvgOptions, 'highlight' | 'marks'> {
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
  /**
   * The width ÷ height of the screen the picture is to fill (a projector: 16 / 9). Layers are wrapped so that the
   * picture comes out as close to that shape as its rows allow, instead of leaving bars beside it; this lays the
   * plan out a few times (at most {@link FILL_ASPECTS}.length), so it takes longer. Overrides `aspect`.
   */
  readonly fill?: number;
  /**
   * Breaks long words of titles between syllables (`await loadHyphenate(language)`); without it they break where
   * they must. The exports and the report pass it; the one-file viewer, which loads nothing more, does not.
   */
  readonly hyphenate?: Hyphenate;
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
  const { focus, highlight, fill, ...rest } = options;
  const part = focus ? focusedPart(document, focus) : undefined;
  const draw = (aspect: number | undefined) =>
    drawPart(elk, document, part, {
      // A picture of one group needs no label naming it.
      ...(focus?.group !== undefined && { groups: false }),
      ...rest,
      ...(aspect !== undefined && { aspect }),
      ...(highlight && { highlight }),
    });
  if (fill === undefined || !(fill > 0)) return draw(rest.aspect);
  // Wider wrap targets give wider pictures (in steps: rows are whole); stop once a picture is as wide as the screen.
  let best: { svg: string; off: number } | undefined;
  for (const aspect of FILL_ASPECTS) {
    const svg = await draw(aspect);
    const size = svgSize(svg);
    const shape = size.width / Math.max(1, size.height);
    const off = Math.abs(Math.log(shape / fill));
    if (!best || off < best.off) best = { svg, off };
    if (shape >= fill / FILL_CLOSE) break;
  }
  return best!.svg;
}

/** The wrap targets `fill` tries, narrow to wide; and how close (as a ratio) to the screen's shape is close enough. */
export const FILL_ASPECTS = [1, 1.5, 2, 2.5, 3, 4] as const;
const FILL_CLOSE = 1.08;

/** The size an SVG of `renderSvg` declares, in its own units (CSS pixels at 100 %). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
  return { width: read('width'), height: read('height') };
}

/** The way a page of the report lies. */
export type Orientation = 'landscape' | 'portrait';

/** One diagram page of the report: a part of the plan, drawn large enough to read on paper. */
export interface DiagramPage {
  /** The goal whose chains the page shows; absent on the page of cards outside every goal's chains. */
  readonly goal?: string;
  /** The group (strategy, speerpunt) the page shows, when the goal's chains did not fit one page; `null`: no group. */
  readonly group?: string | null;
  /** The cards whose chains the page shows, when a goal's (or group's) chains did not fit one page. */
  readonly through?: readonly string[];
  readonly svg: string;
  /** The page the picture is largest on: landscape for a wide picture, portrait for a tall one. */
  readonly orientation: Orientation;
  /** The page's number in the printed document. */
  readonly page: number;
  /** The card the overview marks with this page's number. */
  readonly anchor?: string;
}

export interface ReportPictures {
  /** The whole plan as a map, with a legend and the detail pages' numbers on it, for a landscape page. */
  readonly overview: string;
  /** The same picture without the pages' numbers, for an overview printed without its detail pages. */
  readonly unmarked: string;
  /** The page the overview prints on. */
  readonly overviewPage: number;
  /** The detail pages, in order. */
  readonly pages: readonly DiagramPage[];
}

/**
 * The room for a picture on an A4 page of the report (8 mm margins, below a
 * heading of up to two lines: 281 × 176 mm landscape, 194 × 262 mm portrait),
 * in CSS pixels, and the smallest scale at which a card's 14 px title still
 * prints at 7 pt (14 px × 0.75 pt/px × 0.667).
 */
export const REPORT_PAGE: PageGeometry = {
  landscape: { width: 1060, height: 665 },
  portrait: { width: 730, height: 990 },
  minScale: 0.667,
};

/** The room a picture has on a page or a slide, and the smallest scale at which its card titles are still legible there. */
export interface PageGeometry {
  readonly landscape: { readonly width: number; readonly height: number };
  /** Absent where every page lies the same way (a slide). */
  readonly portrait?: { readonly width: number; readonly height: number };
  readonly minScale: number;
}

/**
 * The room for a picture on a 16:9 slide (13.33 × 7.5 in, below a heading of
 * up to two lines: 12.73 × 6.5 in), in points, at one point per pixel: a
 * card's 14 px title shows at 14 pt.
 */
export const SLIDE_PAGE: PageGeometry = {
  landscape: { width: 910, height: 464 },
  minScale: 1,
};

/**
 * How much larger than {@link REPORT_PAGE}'s `minScale` a part must draw while
 * the atlas splits: its final notes (the pages its chains go on to) may add a
 * line or two to a card.
 */
const SPLIT_MARGIN = 1.04;

/** The room between layers on a report page or a presented part: enough for the connections' bends, less than on the canvas. */
export const COMPACT_LAYER_SPACING = 44;

/**
 * How a part of a plan (one goal's chains, one strategy's) is drawn for a
 * report page or a screen: no title or legend (the page says what it shows),
 * layers close together, and cards kept side by side for a landscape page.
 */
export const PART_PICTURE = { title: false, legend: false, layerSpacing: COMPACT_LAYER_SPACING, aspect: 1.5 } as const;

/** How far a picture of this size must shrink (1 or less) to fit a report page, on the page it fits best. */
export function pageScale(
  size: { width: number; height: number },
  page: PageGeometry = REPORT_PAGE,
): { scale: number; orientation: Orientation } {
  const on = (room: { width: number; height: number } | undefined) =>
    room ? Math.min(1, room.width / Math.max(1, size.width), room.height / Math.max(1, size.height)) : 0;
  const landscape = on(page.landscape);
  const portrait = on(page.portrait);
  return portrait > landscape ? { scale: portrait, orientation: 'portrait' } : { scale: landscape, orientation: 'landscape' };
}

/** How often parts that no longer fit with their final notes are split again before the pages stand. */
const MAX_ROUNDS = 4;
/**
 * How many parts the atlas lays out to see whether they fit, at most: a plan of a few hundred cards needs
 * far fewer (a 150-card plan about 60); a random graph of 1,000 nodes asked for over 800, a minute of work.
 */
const MAX_TRIES = 250;

/** The type size of the overview's page numbers: 10 pt on paper, however small the overview prints. */
const MARK_POINTS = 10;

export interface ReportPictureOptions extends Pick<PictureOptions, 'language' | 'timeoutMs'> {
  /** The page the overview prints on; the detail pages follow it. Default 2 (after the report's title page). */
  readonly overviewPage?: number;
  /** The room on a page and the scale a part must keep there. Default {@link REPORT_PAGE}; {@link SLIDE_PAGE} for slides. */
  readonly page?: PageGeometry;
  /** What the cards' notes call the pages they name: `page` ("p. 7", default) or `slide` ("dia 7"). */
  readonly unit?: PageUnit;
  /** Draw the indicators beside their cards on the detail pages (default); a deck lists them on slides of their own. */
  readonly indicators?: boolean;
}

/**
 * The report's diagrams as an atlas: the whole plan as a map, then detail
 * pages on which every card title prints at 7 pt or more on A4, each on a
 * landscape or portrait page as its picture fits. A goal's chains get a page;
 * where they would print smaller, they split by group (strategy, speerpunt),
 * then by the cards that lead into the goal (each with what leads to it), and
 * so on down, until each part fits (plans without groups split too). Cards on
 * no goal's chains get a page of their own. On a detail page, a connection
 * that goes on elsewhere ends in a note naming the card and its page, and a
 * card drawn on several pages says where else it stands; the overview marks
 * where each detail page lies with its number.
 *
 * @example
 * const { overview, pages } = await reportPictures(elk, document);
 * const html = toHtmlReport(document, { diagram: overview, diagramPages: pages });
 */
export async function reportPictures(elk: ElkLike, document: Document, options: ReportPictureOptions = {}): Promise<ReportPictures> {
  const { overviewPage = 2, page: geometry = REPORT_PAGE, unit = 'page', indicators = true, ...picture } = options;
  const hyphenate = await loadHyphenate(document.language);
  const language = options.language ?? document.language;
  // A plan past what ELK lays out (a chain of thousands of cards) is drawn once, in plain rows, and not split:
  // every part of it would be as long again.
  if (beyondElk(document)) {
    const layout = await layoutDocument(elk, document, { language, direction: document.layout?.direction ?? 'BT' });
    const svg = renderSvg(document, layout, { language, title: false });
    return { overview: svg, unmarked: svg, overviewPage, pages: [] };
  }
  const part = { ...picture, ...PART_PICTURE };
  const kindOf = new Map(document.nodes.map((node) => [node.id, node.kind]));
  const withoutIndicators = (focused: FocusedPart): FocusedPart => {
    const nodes = new Set([...focused.nodes].filter((id) => kindOf.get(id) !== 'indicator'));
    const edges = new Set(
      document.edges
        .filter((edge) => focused.edges.has(edge.id) && nodes.has(edge.source) && nodes.has(edge.target))
        .map((edge) => edge.id),
    );
    return { nodes, edges };
  };
  const draw = (focused: FocusedPart, notes: Record<string, string[]>, groups: boolean) =>
    drawPart(elk, document, indicators ? focused : withoutIndicators(focused), { ...part, notes, groups, ...(hyphenate && { hyphenate }) });
  const scaleOf = (svg: string) => pageScale(svgSize(svg), geometry).scale;

  // Which parts get a page: split until each fits, with room for the notes it will carry. The notes name pages,
  // which are known only once every part is: a part that no longer fits with its final notes splits again.
  // Each try lays a part out; past the budget the parts stand as they are (a plan of many hundreds of cards).
  let tries = 0;
  const spent = () => tries >= MAX_TRIES;
  const fitsWith =
    (notesOf: (focus: Focus, part: FocusedPart) => Record<string, string[]>) =>
    async (focus: Focus, focused: FocusedPart): Promise<boolean> =>
      spent() ||
      (tries++, scaleOf(await draw(focused, notesOf(focus, focused), focus.group === undefined)) >= geometry.minScale * SPLIT_MARGIN);
  const estimate = fitsWith((focus, focused) => {
    const shared = new Set([...(focus.through ?? []), ...(focus.into !== undefined ? [focus.into] : [])]);
    return cardNotes(document, focused, 0, (id) => (!focused.nodes.has(id) ? [99] : shared.has(id) ? [0, 99] : [0]), language, unit);
  });
  let regions: (AtlasRegion & { rest?: true })[] = [];
  const covered = new Set<string>();
  for (const goal of document.nodes) {
    if (goal.kind !== 'goal' || goalGroups(document, goal.id).length === 0) continue;
    regions.push(...(await splitRegions(document, { goal: goal.id }, estimate, covered)));
  }
  const rest = restPart(document, covered);
  if (rest.nodes.size) regions.push({ focus: {}, part: rest, rest: true });

  const pageOf = (i: number) => overviewPage + 1 + i;
  let pages: DiagramPage[] = [];
  for (let round = 0; ; round++) {
    const pagesOf = new Map<string, number[]>();
    regions.forEach((region, i) => {
      for (const id of region.part.nodes) (pagesOf.get(id) ?? pagesOf.set(id, []).get(id)!).push(pageOf(i));
    });
    const notesOn = (part: FocusedPart, page: number) =>
      cardNotes(document, part, page, (id) => pagesOf.get(id) ?? [overviewPage], language, unit);
    pages = [];
    const next: typeof regions = [];
    let split = false;
    for (const [i, region] of regions.entries()) {
      const page = pageOf(i);
      const svg = await draw(region.part, notesOn(region.part, page), region.focus.group === undefined && !region.rest);
      if (
        round < MAX_ROUNDS &&
        !spent() &&
        !region.rest &&
        scaleOf(svg) < geometry.minScale &&
        childFoci(document, region.focus, region.part).length
      ) {
        const final = fitsWith((_, focused) => notesOn(focused, page));
        const taken = new Set(next.flatMap((kept) => [...kept.part.nodes]));
        for (const child of childFoci(document, region.focus, region.part))
          next.push(...(await splitRegions(document, child, final, taken)));
        split = true;
        continue;
      }
      next.push(region);
      const { focus } = region;
      pages.push({
        ...(focus.goal !== undefined && { goal: focus.goal }),
        ...(focus.group !== undefined && { group: focus.group }),
        ...(focus.through !== undefined && { through: focus.through }),
        svg,
        orientation: pageScale(svgSize(svg), geometry).orientation,
        page,
        ...anchorOf(document, region),
      });
    }
    regions = next;
    if (!split) break;
  }

  // The overview: the whole plan, each detail page's number over the card it starts from, at 10 pt on paper.
  const layout = await layoutDocument(elk, document, {
    language,
    direction: document.layout?.direction ?? 'BT',
    previous: document.layout?.positions ?? null,
    ...(picture.timeoutMs !== undefined && { timeoutMs: picture.timeoutMs }),
    ...(hyphenate && { hyphenate }),
  });
  const plain = renderSvg(document, layout, { language, title: false, ...(hyphenate && { hyphenate }) });
  // The map shares its page with a key of the detail pages: reckon with 70 % of the page's height for it.
  const room = geometry.landscape;
  const { width, height } = svgSize(plain);
  const mapScale = Math.min(1, room.width / Math.max(1, width), (room.height * 0.7) / Math.max(1, height));
  const size = MARK_POINTS / 0.75 / mapScale;
  const items = pages.flatMap((page) => (page.anchor !== undefined ? [{ card: page.anchor, label: String(page.page) }] : []));
  const overview = items.length
    ? renderSvg(document, layout, { language, title: false, marks: { size, items }, ...(hyphenate && { hyphenate }) })
    : plain;
  return { overview, unmarked: plain, overviewPage, pages };
}

/** The card a detail page starts from, for its mark on the overview: the card its chains run through, its group's first intervention, or its goal. */
function anchorOf(document: Document, region: AtlasRegion): { anchor?: string } {
  const { focus, part } = region;
  if (focus.through?.[0] !== undefined) return { anchor: focus.through[0] };
  if (focus.group !== undefined) {
    const first = document.nodes.find((node) => node.kind === 'intervention' && part.nodes.has(node.id));
    if (first) return { anchor: first.id };
  }
  if (focus.goal !== undefined) return { anchor: focus.goal };
  const first = document.nodes.find((node) => part.nodes.has(node.id));
  return first ? { anchor: first.id } : {};
}

/** Draws a part of a plan on its own, laid out afresh (or the whole plan, without a part). */
async function drawPart(
  elk: ElkLike,
  document: Document,
  part: FocusedPart | undefined,
  options: Omit<PictureOptions, 'focus'>,
): Promise<string> {
  const { highlight, timeoutMs, layerSpacing, aspect, notes, hyphenate, ...svgOptions } = options;
  const drawn = part ? partOfDocument(document, part) : document;
  const layout = await layoutDocument(elk, drawn, {
    ...(hyphenate && { hyphenate }),
    ...(svgOptions.language !== undefined && { language: svgOptions.language }),
    direction: drawn.layout?.direction ?? 'BT',
    previous: drawn.layout?.positions ?? null,
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(layerSpacing !== undefined ? { layerSpacing } : {}),
    ...(aspect !== undefined ? { aspect } : {}),
    ...(notes !== undefined ? { notes } : {}),
  });
  return renderSvg(drawn, layout, {
    ...(hyphenate && { hyphenate }),
    ...svgOptions,
    ...(notes !== undefined && { notes }),
    ...(highlight && { highlight: focusedPart(drawn, highlight) }),
  });
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
    fontFace: fontFaceCss(),
    picture: async () => {
      const hyphenate = await loadHyphenate(document.language);
      return drawDocument(elk, document, { ...picture, ...(hyphenate && { hyphenate }) });
    },
    reportPictures: () => reportPictures(elk, document, picture),
    // Slide 1 is the title, slide 2 the whole plan; the parts follow, their notes naming slides.
    slidePictures: () => reportPictures(elk, document, { ...picture, page: SLIDE_PAGE, overviewPage: 2, unit: 'slide', indicators: false }),
  };
}
