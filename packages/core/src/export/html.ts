import { formatDate } from '../i18n/format.js';
import type { Language } from '../i18n/localized.js';
import type { Document } from '../model/schema.js';
import { reportModel, type ReportModel } from '../report/model.js';
import { REPORT_TEXT as T } from '../report/text.js';
import { e, EXTRA, type ReportDiagramPage } from './html/common.js';
import { HTML_SECTIONS } from './html/sections/index.js';
import { REPORT_STYLE } from './html/style.js';

export type { ReportDiagramPage } from './html/common.js';
export { diagramPageHeading, diagramPageName } from './html/sections/diagrams.js';

export interface HtmlReportOptions {
  readonly language?: Language;
  readonly date?: Date;
  /** The version (id or name) the section "Wat is er veranderd" compares with; by default the latest; `false` leaves it out. */
  readonly since?: string | false;
  /**
   * The diagram as an SVG document (e.g. from `@veranderlogica/layout`'s
   * `renderSvg`) or an image data URL (e.g. a PNG of the editor's canvas).
   * It is embedded as an image, so nothing in it can run.
   */
  readonly diagram?: string;
  /**
   * Larger pictures after the overview: the chains to one goal each, or one
   * group's chains to a goal (from `@veranderlogica/layout`'s `reportPictures`),
   * each on its own page in the orientation it fits best.
   */
  readonly diagramPages?: readonly ReportDiagramPage[];
  /**
   * CSS `@font-face` rules for the pictures' font (`fontFaceCss` from `@veranderlogica/layout`): the report's text
   * is then set in the font its pictures are drawn in, on every machine that opens or prints it.
   */
  readonly fontFace?: string;
}

/**
 * Renders a report model as one self-contained HTML page (no scripts, no
 * external files) that reads on screen and prints cleanly to PDF: a title
 * page, the diagram on a landscape page, then the narrative and the tables,
 * each section a module of `html/sections/` (listed in `HTML_SECTIONS`).
 *
 * @example
 * const page = renderHtml(reportModel(document), { diagram: svg });
 */
export function renderHtml(model: ReportModel, options: Pick<HtmlReportOptions, 'diagram' | 'diagramPages' | 'fontFace'> = {}): string {
  const { document: doc, language: l } = model;
  const title = doc.title || T.veranderlogica[l];
  const sections = HTML_SECTIONS.map((part) => part.render(model, options)).filter(Boolean);
  return `<!doctype html>
<html lang="${l}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Veranderlogica">
<title>${e(title)}</title>
<style>${(options.fontFace ?? '').replaceAll('<', '')}${REPORT_STYLE}</style>
</head>
<body>
<main>
${sections.join('\n')}
<footer>${EXTRA.made[l]} · ${e(formatDate(model.date, l))}</footer>
</main>
</body>
</html>
`;
}

/**
 * The report as one self-contained HTML page that prints cleanly to PDF:
 * title page, diagram, narrative per goal, priorities with votes, partners,
 * measurement plan, gaps and overlaps, assumptions and open questions. In
 * the document's language unless `language` says otherwise.
 *
 * @example
 * const svg = renderSvg(document, await layoutDocument(document));
 * await writeFile('rapport.html', toHtmlReport(document, { diagram: svg }));
 */
export function toHtmlReport(document: Document, options: HtmlReportOptions = {}): string {
  return renderHtml(reportModel(document, options), options);
}
