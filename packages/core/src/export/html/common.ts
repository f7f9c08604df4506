import type { Language } from '../../i18n/localized.js';
import { formatIndicatorValue } from '../../measurements/indicator-value.js';
import { formatDate } from '../../i18n/format.js';
import type { IndicatorNode, Measurement } from '../../model/schema.js';
import type { ReportModel } from '../../report/model.js';
import type { Markup } from '../../report/narrative.js';
import { escapeHtml } from '../escape.js';
import { TEXTS } from './locales/index.js';
import { REPORT_TEXT } from '../../report/text.js';

export const e = escapeHtml;

/** The report's sentences in HTML: escaped text; a link written out, so it can be read on paper (as facts and sources). */
export const HTML_MARKUP: Markup = {
  text: escapeHtml,
  strong: (text) => `<strong>${text}</strong>`,
  em: (text) => `<em>${text}</em>`,
  link: (text, href) => (text === escapeHtml(href) ? text : `${text} <span class="muted">${escapeHtml(href)}</span>`),
};

/** One page of the report's diagram section (the atlas): a part of the plan drawn large enough to read. */
export interface ReportDiagramPage {
  /** The goal whose chains the page shows; absent on the page of cards outside every goal's chains. */
  readonly goal?: string;
  /** The group (strategy, speerpunt) whose chains it shows; `null`: the interventions in no group. */
  readonly group?: string | null;
  /** The cards whose chains it shows, when a goal's chains did not fit one page. */
  readonly through?: readonly string[];
  /** An SVG document or an image data URL, as `diagram`. */
  readonly svg: string;
  readonly orientation: 'landscape' | 'portrait';
  /** The page's number in print, which other pages refer to ("→ …, p. 7"). */
  readonly page?: number;
}

/** The pictures a report carries, drawn elsewhere (`@veranderlogica/layout`). */
export interface ReportPictureOptions {
  /** The overview as an SVG document or an image data URL. */
  readonly diagram?: string;
  /** The atlas's pages after the overview. */
  readonly diagramPages?: readonly ReportDiagramPage[];
}

/**
 * One section of the HTML report, in a module of its own under `sections/`: what it shows of the report model, as
 * HTML, or '' when the plan has nothing for it. `HTML_SECTIONS` lists them in the order the report prints them.
 *
 * @example
 * export const openQuestions: HtmlSection = {
 *   id: 'open-questions',
 *   render: (model) => section('open-questions', T.openQuestions[model.language], list(model.openQuestions)),
 * };
 */
export interface HtmlSection {
  /** The section's anchor in the page (`#partners`): stable, for links and tests. */
  readonly id: string;
  readonly render: (model: ReportModel, pictures: ReportPictureOptions) => string;
}

/** A section of the report; `major` starts a new page, `wide` a landscape page (for tables of many columns). */
export function section(id: string, heading: string, body: string, page?: 'major' | 'wide'): string {
  return `<section id="${id}"${page ? ` class="${page}"` : ''}><h2>${heading}</h2>${body}</section>`;
}

/** A baseline or target as a reader writes it, numbers and dates in the report's language. */
export function value(measurement: Measurement | undefined, of: Pick<IndicatorNode, 'valueType' | 'unit'>, language: Language): string {
  if (!measurement) return '–';
  return `${e(formatIndicatorValue(of, measurement.value, language))} <span class="muted date">(${e(formatDate(measurement.date, language))})</span>`;
}

/**
 * A table of fixed column widths (percentages, one per heading), so that it
 * never runs wider than the page whatever it holds.
 */
export function table(
  headings: readonly string[],
  rows: readonly (readonly string[])[],
  className: string,
  widths: readonly number[],
): string {
  const columns = `<colgroup>${widths.map((width) => `<col style="width:${width}%">`).join('')}</colgroup>`;
  return `<table class="${className}">${columns}<thead><tr>${headings.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** An SVG document or a data URL as the `src` of an image. */
export function imageSource(picture: string): string {
  return picture.trimStart().startsWith('data:') ? picture : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture)}`;
}

/** The report's own sentences beyond the shared report text (`report/text.ts`). */
export const EXTRA = {
  diagram: TEXTS.common.extraDiagram,
  overview: TEXTS.common.extraOverview,
  chainsTo: TEXTS.common.extraChainsTo,
  noGroup: TEXTS.common.extraNoGroup,
  via: TEXTS.common.extraVia,
  andMore: TEXTS.common.extraAndMore,
  rest: TEXTS.common.extraRest,
  page: TEXTS.common.extraPage,
  key: TEXTS.common.extraKey,
  atlas: TEXTS.common.extraAtlas,
  contents: TEXTS.common.extraContents,
  notPrioritised: TEXTS.common.extraNotPrioritised,
  chosen: TEXTS.common.extraChosen,
  noPartners: TEXTS.common.extraNoPartners,
  noIndicators: TEXTS.common.extraNoIndicators,
  noAssumptions: TEXTS.common.extraNoAssumptions,
  noQuestions: TEXTS.common.extraNoQuestions,
  cards: TEXTS.common.extraCards,
  chains: TEXTS.common.extraChains,
  gaps: TEXTS.common.extraGaps,
  overlaps: TEXTS.common.extraOverlaps,
  partners: TEXTS.common.extraPartners,
  made: TEXTS.common.extraMade,
  municipalityOrRegion: TEXTS.common.extraMunicipalityOrRegion,
  measurementColumns: REPORT_TEXT.measurementColumns,
  progressColumns: { ...REPORT_TEXT.progressColumns, trend: REPORT_TEXT.trend },
} as const;
