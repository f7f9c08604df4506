import { serializeDocument } from '../format/serialize.js';
import type { Language, Localized } from '../i18n/localized.js';
import type { Document } from '../model/schema.js';
import type { ReportDiagramPage } from './html.js';
import type { SlidePictures } from './presentation-pptx.js';
import { TEXTS } from './locales/index.js';

/**
 * What an export may need beyond the document. The core draws no pictures:
 * the caller passes the layout package's (e.g. `exportContext` from
 * `@veranderlogica/layout`), and a browser passes a rasteriser for PNG.
 *
 * @example
 * const context: ExportContext = { language: 'nl', delimiter: ';' };
 */
export interface ExportContext {
  /** The language of the export; the document's own when not given. */
  readonly language?: Language;
  /** The version (id or name) a report's "Wat is er veranderd" compares with; by default the latest; `false` leaves it out. */
  readonly since?: string | false;
  /** The CSV column separator. Default `,`. */
  readonly delimiter?: ',' | ';' | '\t';
  /** The whole plan's picture as SVG. */
  readonly picture?: () => Promise<string>;
  /** The report's pictures: an overview and a page per goal or group. */
  readonly reportPictures?: () => Promise<{
    readonly overview: string;
    /** The overview without the detail pages' numbers (for a document whose pages are numbered otherwise). */
    readonly unmarked?: string;
    readonly pages: readonly ReportDiagramPage[];
  }>;
  /** The slides' pictures: the whole plan, and parts that each fit a 16:9 slide with card text at 14 pt. */
  readonly slidePictures?: () => Promise<SlidePictures>;
  /** Turns an SVG into a PNG (only where a canvas is at hand, as in a browser). */
  readonly rasterise?: (svg: string) => Promise<Blob>;
  /** CSS `@font-face` rules that carry the pictures' font (`fontFaceCss` of the layout package), for the report's text. */
  readonly fontFace?: string;
  /** Prints an HTML page to PDF at 100 %, with its own page sizes (the CLI uses the system's Chromium). */
  readonly print?: (html: string) => Promise<Uint8Array>;
}

/** What an export produces: text, or bytes. */
export type ExportContent = string | Uint8Array | Blob;

/**
 * One format a document can be exported as.
 *
 * @example
 * const format: ExportFormat | undefined = getExportFormat('markdown');
 */
export interface ExportFormat {
  /** The name a user types (`--format html`) and the editor keys its menu item by. */
  readonly id: string;
  /** The file name's extension, without the dot. */
  readonly extension: string;
  readonly mediaType: string;
  /** The menu label, what the format is for first. */
  readonly label: Localized;
  /** A word added to the file name (`<title> meetplan.csv`), when the file is not the plan itself. */
  readonly nameSuffix?: Localized;
  /** Text a terminal can show; otherwise the export only goes to a file. */
  readonly text: boolean;
  /** What the context must offer for this format. */
  readonly needs: readonly ('picture' | 'rasterise' | 'print')[];
  readonly run: (document: Document, context: ExportContext) => Promise<ExportContent>;
}

const REPORT = TEXTS.registry.report;
const PLAN = TEXTS.registry.plan;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`This export needs ${what}.`);
  return value;
}

/**
 * Every format a document can be exported as, in the order menus list them
 * (reports first). The CLI's `--format`, the editor's export menu and the
 * documentation all read this list.
 *
 * @example
 * for (const format of EXPORT_FORMATS) console.log(format.id, format.label.nl);
 */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'html',
    extension: 'html',
    mediaType: 'text/html',
    label: TEXTS.registry.reportHtmlPrintsToPdf,
    nameSuffix: REPORT,
    text: true,
    needs: ['picture'],
    run: async (document, context) => {
      const language = context.language ?? document.language;
      const since = context.since === undefined ? {} : { since: context.since };
      const fontFace = context.fontFace === undefined ? {} : { fontFace: context.fontFace };
      const { toHtmlReport } = await import('./html.js');
      if (document.nodes.length === 0) return toHtmlReport(document, { language, ...since, ...fontFace });
      const { overview, pages } = await required(context.reportPictures, 'the report pictures')();
      return toHtmlReport(document, { language, diagram: overview, diagramPages: pages, ...since, ...fontFace });
    },
  },
  {
    id: 'pdf',
    extension: 'pdf',
    mediaType: 'application/pdf',
    label: TEXTS.registry.reportPdf,
    nameSuffix: REPORT,
    text: false,
    needs: ['picture', 'print'],
    run: async (document, context) => {
      const html = (await getExportFormat('html')!.run(document, context)) as string;
      return required(context.print, 'a printer')(html);
    },
  },
  {
    id: 'docx',
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: TEXTS.registry.reportWord,
    nameSuffix: REPORT,
    text: false,
    needs: ['picture'],
    run: async (document, context) => {
      // Each exporter loads when it is used: an editor that opens a plan does not load the writers of every format.
      const [{ reportModel }, { wordReport }] = await Promise.all([import('../report/model.js'), import('./docx/report.js')]);
      const model = reportModel(document, {
        language: context.language ?? document.language,
        ...(context.since === undefined ? {} : { since: context.since }),
      });
      const rasterise = context.rasterise ? { rasterise: context.rasterise } : {};
      if (document.nodes.length === 0) return wordReport(model, rasterise);
      const { overview, unmarked, pages } = await required(context.reportPictures, 'the report pictures')();
      return wordReport(model, { overview: unmarked ?? overview, pages, ...rasterise });
    },
  },
  {
    id: 'reactienota',
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: TEXTS.registry.reactienotaWord,
    nameSuffix: TEXTS.registry.reactienota,
    text: false,
    needs: [],
    run: async (document, context) => {
      const [{ reactienota }, { wordReactienota }] = await Promise.all([
        import('../review/reactienota.js'),
        import('./docx/reactienota.js'),
      ]);
      return wordReactienota(reactienota(document, { language: context.language ?? document.language }));
    },
  },
  {
    id: 'pptx',
    extension: 'pptx',
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: TEXTS.registry.presentationPowerpoint,
    nameSuffix: TEXTS.registry.exportFormatsNameSuffix,
    text: false,
    needs: ['picture'],
    run: async (document, context) =>
      (await import('./presentation-pptx.js')).presentationDeck(document, {
        language: context.language ?? document.language,
        pictures: await required(context.slidePictures, 'the slide pictures')(),
        ...(context.rasterise && { rasterise: context.rasterise }),
      }),
  },
  {
    id: 'md',
    extension: 'md',
    mediaType: 'text/markdown',
    label: TEXTS.registry.reportMarkdown,
    nameSuffix: REPORT,
    text: true,
    needs: [],
    run: async (document, context) =>
      (await import('./markdown.js')).toMarkdownReport(document, {
        language: context.language ?? document.language,
        ...(context.since === undefined ? {} : { since: context.since }),
      }),
  },
  {
    id: 'xlsx',
    extension: 'xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: TEXTS.registry.measurementPlanExcel,
    nameSuffix: PLAN,
    text: false,
    needs: [],
    run: async (document, context) =>
      (await import('./measurement-plan-xlsx.js')).measurementPlanWorkbook(document, { language: context.language ?? document.language }),
  },
  {
    id: 'csv',
    extension: 'csv',
    mediaType: 'text/csv',
    label: TEXTS.registry.measurementPlanCsv,
    nameSuffix: PLAN,
    text: true,
    needs: [],
    run: async (document, context) =>
      (await import('./measurement-plan-csv.js')).measurementPlanCsv(document, {
        language: context.language ?? document.language,
        ...(context.delimiter !== undefined && { delimiter: context.delimiter }),
      }),
  },
  {
    id: 'svg',
    extension: 'svg',
    mediaType: 'image/svg+xml',
    label: TEXTS.registry.imageSvg,
    text: true,
    needs: ['picture'],
    run: async (_document, context) => await required(context.picture, 'a picture')(),
  },
  {
    id: 'png',
    extension: 'png',
    mediaType: 'image/png',
    label: TEXTS.registry.imagePng,
    text: false,
    needs: ['picture', 'rasterise'],
    run: async (_document, context) => required(context.rasterise, 'a rasteriser')(await required(context.picture, 'a picture')()),
  },
  {
    id: 'mermaid',
    extension: 'mmd',
    mediaType: 'text/vnd.mermaid',
    label: TEXTS.registry.diagramTextMermaid,
    text: true,
    needs: [],
    run: async (document, context) =>
      (await import('./mermaid.js')).toMermaid(document, { language: context.language ?? document.language }),
  },
  {
    id: 'dot',
    extension: 'dot',
    mediaType: 'text/vnd.graphviz',
    label: TEXTS.registry.diagramTextGraphvizDot,
    text: true,
    needs: [],
    run: async (document, context) => (await import('./dot.js')).toDot(document, { language: context.language ?? document.language }),
  },
  {
    id: 'json',
    extension: 'json',
    mediaType: 'application/json',
    label: TEXTS.registry.fileJson,
    text: true,
    needs: [],
    run: (document) => Promise.resolve(serializeDocument(document)),
  },
];

/**
 * The formats a context can produce: those whose needs it meets.
 *
 * @example
 * exportFormatsFor({ picture }).map((format) => format.id); // no 'png' without a rasteriser
 */
export function exportFormatsFor(context: ExportContext): readonly ExportFormat[] {
  const has = {
    picture: context.picture !== undefined && context.reportPictures !== undefined && context.slidePictures !== undefined,
    rasterise: context.rasterise !== undefined,
    print: context.print !== undefined,
  };
  return EXPORT_FORMATS.filter((format) => format.needs.every((need) => has[need]));
}

/**
 * The export format with this id.
 *
 * @example
 * getExportFormat('csv')?.mediaType; // 'text/csv'
 */
export function getExportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.id === id);
}

/**
 * A file name for an export: the title in lower case with dashes (no
 * characters file systems dislike), the format's suffix, its extension.
 *
 * @example
 * exportFileName('Aanpak Zuid-Oost', getExportFormat('csv')!, 'nl'); // 'aanpak-zuid-oost-meetplan.csv'
 */
export function exportFileName(title: string, format: Pick<ExportFormat, 'extension' | 'nameSuffix'>, language: Language): string {
  const suffix = slug(format.nameSuffix?.[language] ?? '');
  // A long title is cut between words, never inside one, and the suffix always stays.
  const room = MAX_FILE_BASE - (suffix ? suffix.length + 1 : 0);
  let base = slug(title);
  if (base.length > room) {
    const cut = base.lastIndexOf('-', room);
    base = base.slice(0, cut > room / 2 ? cut : room).replace(/-$/, '');
  }
  const name = [base, suffix].filter(Boolean).join('-');
  return `${name || 'veranderlogica'}.${format.extension}`;
}

/** The longest file name (without extension) {@link exportFileName} makes. */
const MAX_FILE_BASE = 80;

/** Lower case, dashes for everything else, no accents: a name every file system and mail program takes. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
