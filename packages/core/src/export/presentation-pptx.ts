import { planProgress, PROGRESS_STYLE } from '../analysis/progress.js';
import { formatDate, formatNumber, languageInfo } from '../i18n/format.js';
import { columnHeadings, REPORT_TEXT } from '../report/text.js';
import type { Language } from '../i18n/localized.js';
import type { Document, Measurement } from '../model/schema.js';
import { PROGRESS_STATUSES, SCOPE_LEVELS } from '../model/vocabulary.js';
import { diagramPageHeading, type ReportDiagramPage } from './html.js';
import { TEXTS } from './locales/index.js';

/** The pictures of a deck: the whole plan, and the parts that each fit a slide legibly (from the layout package's `reportPictures` with `SLIDE_PAGE`). */
export interface SlidePictures {
  readonly overview: string;
  readonly pages: readonly ReportDiagramPage[];
}

export interface PresentationOptions {
  readonly language?: Language;
  readonly date?: Date;
  readonly pictures: SlidePictures;
  /** Makes the PNG that stands in for each SVG picture in programs that cannot show SVG (PowerPoint before 2016). */
  readonly rasterise?: (svg: string) => Promise<Blob>;
}

/** The slide: 16:9, 13.33 × 7.5 inches. */
const SLIDE = { width: 13.333, height: 7.5 } as const;
/** Where a picture goes on a slide, in inches: below the heading (the layout package's `SLIDE_PAGE`), with margins. */
const PICTURE_BOX = { x: 0.3, y: 0.85, width: 12.73, height: 6.5 } as const;
/** The type sizes (pt): nothing on a slide is smaller than 14 pt, legible from the back of a room. */
const SLIDE_TYPE = { title: 36, subtitle: 20, heading: 18, body: 16, table: 14 } as const;
/** The pictures' font (shipped with the layout package); PowerPoint uses a similar one where it is not installed. */
const FONT = 'Noto Sans';
/** How many pictures are rasterised at once for the PNGs that stand in for them. */
const RASTERISE_AT_ONCE = 4;
/** Indicator rows on one slide at 14 pt. */
const ROWS_PER_SLIDE = 7;

const TEXT = {
  whole: TEXTS.presentationPptx.textWhole,
  indicators: TEXTS.presentationPptx.textIndicators,
  columns: REPORT_TEXT.progressColumns,
  more: TEXTS.presentationPptx.textMore,
  made: TEXTS.presentationPptx.textMade,
} as const;

/** An SVG as the base64 data pptxgenjs embeds (UTF-8 bytes; `btoa` exists in browsers and Node alike). */
function svgData(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** The size an SVG declares, in its own units. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0) || 1;
  return { width: read('width'), height: read('height') };
}

/**
 * Where a picture stands in the picture box, centred: at one point per pixel
 * (its 14 px card titles at 14 pt) or smaller when it must (the whole plan).
 */
function placed(svg: string): { x: number; y: number; w: number; h: number } {
  const { width, height } = svgSize(svg);
  const scale = Math.min(1 / 72, PICTURE_BOX.width / width, PICTURE_BOX.height / height);
  const w = width * scale;
  const h = height * scale;
  return { x: PICTURE_BOX.x + (PICTURE_BOX.width - w) / 2, y: PICTURE_BOX.y + (PICTURE_BOX.height - h) / 2, w, h };
}

const value = (measurement: Measurement | undefined, unit: string, language: Language) =>
  measurement ? `${formatNumber(measurement.value, language)}${unit ? ` ${unit}` : ''} (${formatDate(measurement.date, language)})` : '–';

/**
 * pptxgenjs's class. Its types describe the CommonJS build (the class under `default.default`), while every
 * importer (Node's ESM, Vite) gets its ES build, whose default export is the class itself: either is taken.
 */
async function loadPptxGenJS() {
  const loaded = await import('pptxgenjs');
  type Class = typeof loaded.default.default;
  const value = loaded.default as unknown as Class | { default: Class };
  return 'default' in value ? value.default : value;
}

/**
 * A slide deck of the plan for a council or a partners' meeting, 16:9: a
 * title slide; the whole plan; a slide per goal's chains, split per group and
 * further where they do not fit with card text at 14 pt (the pictures say on
 * which slide a chain goes on); and the indicators with their status. Every
 * word on a slide is slide text of 14 pt or more; the pictures are SVG (with a
 * PNG for older programs where `rasterise` is given). pptxgenjs writes it and
 * is loaded on first use.
 *
 * @example
 * const pictures = await reportPictures(elk, document, { page: SLIDE_PAGE, unit: 'slide' });
 * const bytes = await presentationDeck(document, { pictures });
 */
export async function presentationDeck(document: Document, options: PresentationOptions): Promise<Uint8Array> {
  const language = options.language ?? document.language;
  const pptx = new (await loadPptxGenJS())();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = document.title;
  pptx.author = 'Veranderlogica';
  const text = { fontFace: FONT, color: '111827', margin: 0, lang: languageInfo(language).locale } as const;
  const heading = (slide: ReturnType<typeof pptx.addSlide>, words: string) =>
    slide.addText(words, {
      ...text,
      x: 0.3,
      y: 0.15,
      w: SLIDE.width - 0.6,
      h: 0.65,
      fontSize: SLIDE_TYPE.heading,
      bold: true,
      valign: 'middle',
    });
  const picture = (slide: ReturnType<typeof pptx.addSlide>, svg: string, alt: string) =>
    slide.addImage({ data: svgData(svg), ...placed(svg), altText: alt });

  // Title slide.
  const title = pptx.addSlide();
  title.addText(document.title, {
    ...text,
    x: 0.8,
    y: 2.2,
    w: SLIDE.width - 1.6,
    h: 1.6,
    fontSize: SLIDE_TYPE.title,
    bold: true,
    valign: 'bottom',
  });
  const scope = [
    document.scope.name,
    SCOPE_LEVELS.labels[document.scope.level][language],
    document.scope.period ? `${document.scope.period.start}–${document.scope.period.end}` : '',
  ].filter(Boolean);
  if (scope.length)
    title.addText(scope.join(' · '), {
      ...text,
      x: 0.8,
      y: 3.9,
      w: SLIDE.width - 1.6,
      h: 0.6,
      fontSize: SLIDE_TYPE.subtitle,
      color: '4B5563',
    });
  const date = formatDate((options.date ?? new Date()).toISOString().slice(0, 10), language);
  title.addText(TEXT.made[language].replace('{date}', date), {
    ...text,
    x: 0.8,
    y: 6.3,
    w: SLIDE.width - 1.6,
    h: 0.5,
    fontSize: SLIDE_TYPE.body,
    color: '4B5563',
  });

  // The whole plan, then each part that fits a slide.
  const whole = pptx.addSlide();
  heading(whole, TEXT.whole[language]);
  picture(whole, options.pictures.overview, `${TEXT.whole[language]}: ${document.title}`);
  for (const page of options.pictures.pages) {
    const slide = pptx.addSlide();
    const words = diagramPageHeading(document, page, language);
    heading(slide, page.page !== undefined ? `${page.page}  ${words}` : words);
    picture(slide, page.svg, words);
  }

  // The indicators with their status, a few rows a slide.
  const rows = planProgress(document);
  for (let start = 0; start < rows.length; start += ROWS_PER_SLIDE) {
    const slide = pptx.addSlide();
    heading(slide, `${TEXT.indicators[language]}${start > 0 ? ` (${TEXT.more[language]})` : ''}`);
    const cell = (words: string, extra: Record<string, unknown> = {}) => ({
      text: words,
      options: { ...text, fontSize: SLIDE_TYPE.table, ...extra },
    });
    const table = [
      columnHeadings(TEXT.columns, language).map((column) => cell(column, { bold: true, fill: { color: 'F3F4F6' } })),
      ...rows.slice(start, start + ROWS_PER_SLIDE).map(({ indicator, progress }) => {
        const style = PROGRESS_STYLE[progress.status];
        const unit = indicator.unit ?? '';
        return [
          cell(indicator.title),
          cell(value(indicator.baseline, unit, language)),
          cell(value(progress.latest, unit, language)),
          cell(value(progress.target ?? indicator.targets.at(-1), unit, language)),
          cell(`${style.mark} ${PROGRESS_STATUSES.labels[progress.status][language]}`, { color: style.color.replace('#', ''), bold: true }),
        ];
      }),
    ];
    slide.addTable(table, {
      x: 0.4,
      y: 1.0,
      w: SLIDE.width - 0.8,
      colW: [4.6, 1.9, 2.1, 1.9, 2.03],
      border: { type: 'solid', color: 'D1D5DB', pt: 1 },
      autoPage: false,
    });
  }

  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return options.rasterise ? withPngFallbacks(written, options.rasterise) : written;
}

/**
 * pptxgenjs gives each SVG picture a PNG to stand in for it (`image-S-K.png`
 * beside `image-S-K+1.svg`), drawn in a browser's canvas; elsewhere it is a
 * placeholder. This puts the real picture there.
 */
async function withPngFallbacks(deck: Uint8Array, rasterise: (svg: string) => Promise<Blob>): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(deck);
  const pairs = Object.keys(zip.files).flatMap((path) => {
    const match = /^ppt\/media\/image-(\d+)-(\d+)\.svg$/.exec(path);
    const png = match ? `ppt/media/image-${match[1]}-${Number(match[2]) - 1}.png` : undefined;
    return png && zip.file(png) ? [{ svg: path, png }] : [];
  });
  // A few at a time: a rasteriser may start a browser for each picture.
  for (let i = 0; i < pairs.length; i += RASTERISE_AT_ONCE) {
    await Promise.all(
      pairs.slice(i, i + RASTERISE_AT_ONCE).map(async ({ svg, png }) => {
        const picture = await zip.file(svg)!.async('string');
        zip.file(png, new Uint8Array(await (await rasterise(picture)).arrayBuffer()));
      }),
    );
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
