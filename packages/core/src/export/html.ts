import type { Language } from '../i18n/localized.js';
import type { Document, IndicatorNode, Measurement } from '../model/schema.js';
import {
  ACTOR_DOMAINS,
  FREQUENCIES,
  GOAL_HORIZONS,
  GOAL_LEVELS,
  GROUP_KINDS,
  INDICATOR_TYPES,
  NODE_KINDS,
  PROGRESS_STATUSES,
  RISKS,
  SCOPE_LEVELS,
} from '../model/vocabulary.js';
import { formatIndicatorValue } from '../measurements/indicator-value.js';
import { formatDate, formatMessage } from '../i18n/format.js';
import { KIND_ORDER, kindNoun } from '../model/kinds.js';
import { reportModel, type ReportModel } from '../report/model.js';
import { planDiffSections } from '../analysis/plan-diff.js';
import { DEFAULT_PROGRESS_THRESHOLDS, directionLabel, progressBarSvg, PROGRESS_STYLE, sparklineSvg } from '../analysis/progress.js';
import { evidenceText, routeSentence, type Markup } from '../report/narrative.js';
import { REPORT_TEXT as T } from '../report/text.js';
import { SEVERITY_LABELS } from '../validate/finding.js';
import { formatFinding } from '../validate/format-finding.js';
import { escapeHtml } from './escape.js';

export { escapeHtml };

const e = escapeHtml;

/** The report's sentences in HTML: escaped text; a link written out, so it can be read on paper (as facts and sources). */
const HTML_MARKUP: Markup = {
  text: escapeHtml,
  strong: (text) => `<strong>${text}</strong>`,
  em: (text) => `<em>${text}</em>`,
  link: (text, href) => (text === escapeHtml(href) ? text : `${text} <span class="muted">${escapeHtml(href)}</span>`),
};

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

const EXTRA = {
  diagram: { nl: 'De veranderlogica in beeld', en: 'The theory of change at a glance' },
  overview: {
    nl: 'Het overzicht van de hele veranderlogica. De pagina’s hierna tonen de ketens naar elk doel groter.',
    en: 'The whole theory of change at a glance. The pages that follow show the chains to each goal larger.',
  },
  chainsTo: { nl: 'Ketens naar', en: 'Chains to' },
  noGroup: { nl: 'interventies zonder groep', en: 'interventions in no group' },
  via: { nl: 'via', en: 'through' },
  andMore: { nl: 'en {count} andere', en: 'and {count} more' },
  rest: { nl: 'Kaarten buiten de ketens naar een doel', en: 'Cards outside the chains to a goal' },
  page: { nl: 'p.', en: 'p.' },
  key: { nl: 'Detailpagina’s', en: 'Detail pages' },
  atlas: {
    nl: 'Het overzicht van de hele veranderlogica. Een nummer in het overzicht is de pagina waarop dat deel groot staat; op elke detailpagina wijst een verbinding die elders verdergaat naar de kaart en de pagina.',
    en: 'The whole theory of change at a glance. A number on it is the page on which that part is drawn large; on each detail page, a connection that goes on elsewhere names the card and its page.',
  },
  contents: { nl: 'Inhoud', en: 'Contents' },
  notPrioritised: { nl: 'Er is nog niet geprioriteerd.', en: 'No priorities have been set yet.' },
  chosen: { nl: 'gekozen', en: 'chosen' },
  noPartners: { nl: 'Nog geen partners.', en: 'No partners yet.' },
  noIndicators: { nl: 'Nog geen indicatoren.', en: 'No indicators yet.' },
  noAssumptions: { nl: 'Nog geen aannames benoemd.', en: 'No assumptions named yet.' },
  noQuestions: { nl: 'Geen open vragen.', en: 'No open questions.' },
  cards: { nl: 'kaarten', en: 'cards' },
  chains: {
    nl: '{count, plural, one {keten} other {ketens}} van interventie tot doel',
    en: '{count, plural, one {chain} other {chains}} from intervention to goal',
  },
  gaps: { nl: '{count, plural, one {witte vlek} other {witte vlekken}}', en: '{count, plural, one {gap} other {gaps}}' },
  overlaps: {
    nl: '{count, plural, one {mogelijke dubbeling} other {mogelijke dubbelingen}}',
    en: '{count, plural, one {possible overlap} other {possible overlaps}}',
  },
  partners: { nl: '{count, plural, one {partner} other {partners}}', en: '{count, plural, one {partner} other {partners}}' },
  made: { nl: 'Gemaakt met Veranderlogica', en: 'Made with Veranderlogica' },
  progressHeadings: {
    nl: ['Indicator', 'Nulmeting', 'Laatste meting', 'Streefwaarde', 'Status', 'Verloop'],
    en: ['Indicator', 'Baseline', 'Latest', 'Target', 'Status', 'Trend'],
  },
} as const;

/** A baseline or target as a reader writes it, numbers and dates in the report's language. */
function value(measurement: Measurement | undefined, of: Pick<IndicatorNode, 'valueType' | 'unit'>, language: Language): string {
  if (!measurement) return '–';
  return `${e(formatIndicatorValue(of, measurement.value, language))} <span class="muted date">(${e(formatDate(measurement.date, language))})</span>`;
}

/**
 * A table of fixed column widths (percentages, one per heading), so that it
 * never runs wider than the page whatever it holds.
 */
function table(headings: readonly string[], rows: readonly (readonly string[])[], className: string, widths: readonly number[]): string {
  const columns = `<colgroup>${widths.map((width) => `<col style="width:${width}%">`).join('')}</colgroup>`;
  return `<table class="${className}">${columns}<thead><tr>${headings.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/**
 * The heading of a diagram page: "Ketens naar doel: <goal> · <group> · via
 * <card>", or the page of cards outside every goal's chains. The report and
 * the editor's print view both use it.
 *
 * @example
 * diagramPageHeading(document, { goal: 'goal-1', group: 'strategy-2' }, 'nl');
 */
export function diagramPageHeading(
  document: Document,
  page: Pick<ReportDiagramPage, 'goal' | 'group' | 'through'>,
  language: Language,
): string {
  if (page.goal === undefined) return EXTRA.rest[language];
  const parts = [`${EXTRA.chainsTo[language]} ${T.goal[language].toLowerCase()}: ${titleIn(document, page.goal)}`];
  const group = groupName(document, page, language);
  if (group) parts.push(group);
  if (page.through?.length) parts.push(`${EXTRA.via[language]} ${throughName(document, page.through, language)}`);
  return parts.join(' · ');
}

/**
 * The shortest name of a diagram page: what it shows beyond its goal (the
 * card its chains run through, else its group, else the goal), for the
 * overview's key.
 *
 * @example
 * diagramPageName(document, { goal: 'goal-1', through: ['outcome-3'] }, 'nl'); // the outcome's title
 */
export function diagramPageName(
  document: Document,
  page: Pick<ReportDiagramPage, 'goal' | 'group' | 'through'>,
  language: Language,
): string {
  if (page.goal === undefined) return EXTRA.rest[language];
  if (page.through?.length) return throughName(document, page.through, language);
  return groupName(document, page, language) || titleIn(document, page.goal);
}

const titleIn = (document: Document, id: string) => document.nodes.find((node) => node.id === id)?.title ?? id;

function groupName(document: Document, page: Pick<ReportDiagramPage, 'group'>, language: Language): string {
  if (page.group === null) return EXTRA.noGroup[language];
  if (page.group === undefined) return '';
  return document.groups.find((candidate) => candidate.id === page.group)?.title ?? page.group;
}

function throughName(document: Document, through: readonly string[], language: Language): string {
  const [first, ...others] = through;
  const more = others.length ? ` ${formatMessage(EXTRA.andMore[language], { count: others.length }, language)}` : '';
  return `${titleIn(document, first!)}${more}`;
}

/** "p. 7", as the atlas's notes name a page. */
const pageLabel = (page: number, language: Language) => `${EXTRA.page[language]} ${page}`;

/** The width (percent) of the coverage table's first column, the areas, beside this many target groups. */
const coverageFirst = (columns: number) => Math.max(14, Math.min(30, 100 - columns * 12));

/** An SVG document or a data URL as the `src` of an image. */
function imageSource(picture: string): string {
  return picture.trimStart().startsWith('data:') ? picture : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture)}`;
}

const STYLE = `
:root { --text: #111827; --muted: #4b5563; --line: #d1d5db; --accent: #1d4ed8; --gap: #fef3c7; --overlap: #fee2e2; --ok: #dcfce7; }
* { box-sizing: border-box; }
body { margin: 0; font: 11pt/1.5 "Noto Sans", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); }
main { max-width: 180mm; margin: 0 auto; padding: 12mm 0; }
h1 { font-size: 26pt; line-height: 1.15; margin: 0 0 6mm; }
h2 { font-size: 16pt; margin: 10mm 0 3mm; padding-bottom: 1mm; border-bottom: 2px solid var(--accent); }
h3 { font-size: 12.5pt; margin: 6mm 0 1.5mm; }
p { margin: 0 0 3mm; }
a { color: var(--accent); overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.date { white-space: nowrap; }
.title-page { min-height: 250mm; display: flex; flex-direction: column; justify-content: center; }
.title-page .kicker { text-transform: uppercase; letter-spacing: 0.08em; color: var(--accent); font-weight: 700; }
.title-page dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 8mm 0 0; }
.title-page dt { color: var(--muted); }
.title-page dd { margin: 0; }
.diagram img, .diagram-page img { display: block; max-width: 100%; height: auto; margin: 0 auto; border: 1px solid var(--line); border-radius: 4px; }
.diagram-page h3 { margin: 8mm 0 2mm; }
.page-number { color: var(--accent); margin-right: 2mm; }
.atlas-key { columns: 3; column-gap: 8mm; margin: 2mm 0 0; padding: 0; list-style: none; font-size: 10pt; line-height: 1.3; }
.atlas-key li { break-inside: avoid; margin-bottom: 1mm; }
.counts { display: flex; flex-wrap: wrap; gap: 3mm; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--line); border-radius: 4px; padding: 1.5mm 3mm; }
.counts strong { font-size: 14pt; margin-right: 1.5mm; }
.goal { break-inside: avoid-page; }
.goal .meta { color: var(--muted); font-style: italic; }
.goal ul { margin: 1mm 0 3mm; padding-left: 6mm; }
.goal h4 { font-size: 11pt; margin: 3mm 0 1mm; color: var(--accent); }
table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 10pt; line-height: 1.35; }
th, td { border: 1px solid var(--line); padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; hyphens: auto; }
th { background: #f3f4f6; overflow-wrap: normal; }
tr { break-inside: avoid; }
.coverage td.gap { background: var(--gap); }
.coverage td.overlap { background: var(--overlap); }
.coverage td.covered { background: var(--ok); }
.coverage td { text-align: center; }
.coverage td:first-child, .coverage th:first-child { text-align: left; }
.progress .chart svg { display: block; margin: 0.5mm 0; max-width: 100%; height: auto; }
.progress .status { font-weight: 600; }
.progress .date { white-space: normal; display: block; }
ul.changes { margin: 1mm 0 3mm; padding-left: 6mm; }
ul.changes li[data-sign="added"] { color: #166534; }
ul.changes li[data-sign="removed"] { color: #991b1b; }
.votes { text-align: right; font-variant-numeric: tabular-nums; }
footer { margin-top: 10mm; color: var(--muted); font-size: 10pt; }
@page { size: A4; margin: 15mm 15mm 18mm; }
@page landscape { size: A4 landscape; margin: 8mm; }
@page portrait { size: A4; margin: 8mm; }
@media print {
  main { padding: 0; max-width: none; }
  .title-page { break-after: page; }
  .diagram, .diagram-page.landscape { page: landscape; break-before: page; }
  .diagram-page.portrait { page: portrait; break-before: page; }
  .diagram h2, .diagram-page h3 { margin: 0 0 2mm; font-size: 12pt; border: 0; padding: 0; }
  .diagram .muted { margin: 0 0 2mm; }
  .diagram img, .diagram-page img { border: 0; }
  /* A diagram page is exactly one sheet (A4 less 8 mm margins): its heading takes at most two lines, the picture the rest. */
  .diagram, .diagram-page { display: flex; flex-direction: column; overflow: hidden; }
  .diagram, .diagram-page.landscape { height: 193mm; }
  .diagram-page.portrait { height: 280mm; }
  .diagram img, .diagram-page img { flex: 1 1 0; min-height: 0; width: 100%; max-width: 100%; object-fit: contain; }
  .diagram .atlas-key { flex: none; }
  .wide { page: landscape; break-before: page; }
  h2 { break-after: avoid; }
  section.major { break-before: page; }
}
`;

/**
 * Renders a report model as one self-contained HTML page (no scripts, no
 * external files) that reads on screen and prints cleanly to PDF: a title
 * page, the diagram on a landscape page, then the narrative and the tables.
 *
 * @example
 * const page = renderHtml(reportModel(document), { diagram: { svg } });
 */
export function renderHtml(model: ReportModel, options: Pick<HtmlReportOptions, 'diagram' | 'diagramPages' | 'fontFace'> = {}): string {
  const { document: doc, language: l } = model;
  const title = doc.title || T.veranderlogica[l];
  const scope = [doc.scope.name, SCOPE_LEVELS.labels[doc.scope.level][l]].filter(Boolean).join(' · ');
  const out: string[] = [];
  /** A section of the report; `major` starts a new page, `wide` a landscape page (for tables of many columns). */
  const section = (id: string, heading: string, body: string, page?: 'major' | 'wide') =>
    out.push(`<section id="${id}"${page ? ` class="${page}"` : ''}><h2>${heading}</h2>${body}</section>`);

  // Title page.
  const organisations = doc.workshop?.participants.length
    ? doc.workshop.participants
    : doc.actors.map((actor) => actor.name).filter(Boolean);
  out.push(
    `<section id="title" class="title-page"><p class="kicker">${T.veranderlogica[l]}</p><h1>${e(title)}</h1>`,
    doc.description ? `<p>${e(doc.description)}</p>` : '',
    '<dl>',
    scope ? `<dt>${l === 'nl' ? 'Gemeente of regio' : 'Municipality or region'}</dt><dd>${e(scope)}</dd>` : '',
    doc.scope.period ? `<dt>${T.period[l]}</dt><dd>${doc.scope.period.start}–${doc.scope.period.end}</dd>` : '',
    `<dt>${T.madeOn[l]}</dt><dd>${e(formatDate(model.date, l))}</dd>`,
    organisations.length ? `<dt>${T.participants[l]}</dt><dd>${organisations.map(e).join(', ')}</dd>` : '',
    '</dl></section>',
  );

  const pages = options.diagramPages ?? [];
  if (options.diagram) {
    // The atlas's key: each detail page's number (as marked on the overview) and what it shows.
    const numbered = pages.filter((page) => page.page !== undefined);
    const key = numbered.length
      ? `<ol class="atlas-key" aria-label="${EXTRA.key[l]}">${numbered.map((page) => `<li><strong>${pageLabel(page.page!, l)}</strong> ${e(diagramPageName(doc, page, l))}</li>`).join('')}</ol>`
      : '';
    out.push(
      `<section id="diagram" class="diagram"><h2>${EXTRA.diagram[l]}</h2>${pages.length ? `<p class="muted">${(numbered.length ? EXTRA.atlas : EXTRA.overview)[l]}</p>` : ''}<img src="${e(imageSource(options.diagram))}" alt="${e(`${EXTRA.diagram[l]}: ${title}`)}">${key}</section>`,
    );
  }
  for (const page of pages) {
    const heading = e(diagramPageHeading(doc, page, l));
    const number = page.page !== undefined ? `<span class="page-number">${pageLabel(page.page, l)}</span> ` : '';
    const data = [
      page.goal !== undefined ? ` data-goal="${e(page.goal)}"` : '',
      typeof page.group === 'string' ? ` data-group="${e(page.group)}"` : '',
      page.page !== undefined ? ` data-page="${page.page}"` : '',
    ].join('');
    out.push(
      `<section class="diagram-page ${page.orientation}"${data}><h3>${number}${heading}</h3><img src="${e(imageSource(page.svg))}" alt="${heading}"></section>`,
    );
  }

  // Summary.
  const c = model.counts;
  const kinds = KIND_ORDER;
  section(
    'summary',
    T.summary[l],
    `<ul class="counts">${[
      ...kinds.map((kind): [number, string] => [c[kind], kindNoun(kind, c[kind], l)]),
      ...(
        [
          [c.partners, EXTRA.partners],
          [c.chains, EXTRA.chains],
          [model.coverage.gaps, EXTRA.gaps],
          [model.coverage.overlaps, EXTRA.overlaps],
        ] as const
      ).map(([count, text]): [number, string] => [count, formatMessage(text[l], { count }, l)]),
    ]
      .map(([count, label]) => `<li><strong>${count}</strong>${e(label)}</li>`)
      .join('')}</ul>`,
  );

  // Problem and context.
  if (doc.context.problem || model.facts.length || model.targetGroups.length || model.sources.length) {
    const parts: string[] = [];
    if (doc.context.problem) parts.push(`<p>${e(doc.context.problem)}</p>`);
    if (model.facts.length)
      parts.push(
        `<h3>${T.facts[l]}</h3><ul>${model.facts.map((fact) => `<li>${e(fact.statement)}${fact.source ? ` <span class="muted">(${e(fact.source)})</span>` : ''}${fact.link ? ` <span class="muted">${e(fact.link)}</span>` : ''}</li>`).join('')}</ul>`,
      );
    if (model.sources.length)
      parts.push(
        `<h3>${T.sources[l]}</h3><ul>${model.sources.map((source) => `<li>${e(source.title)}${source.description ? `: ${e(source.description)}` : ''}${source.link ? ` <span class="muted">${e(source.link)}</span>` : ''}</li>`).join('')}</ul>`,
      );
    if (model.targetGroups.length)
      parts.push(
        `<h3>${T.targetGroups[l]}</h3><ul>${model.targetGroups
          .map(
            (group) =>
              `<li><strong>${e(group.name)}</strong>${group.risk ? ` (${T.riskGroup[l]})` : ''}${group.description ? `: ${e(group.description)}` : ''}</li>`,
          )
          .join('')}</ul>`,
      );
    section('context', T.context[l], parts.join(''));
  }

  // Strategies, speerpunten, bouwstenen.
  if (model.groups.length) {
    section(
      'groups',
      T.groups[l],
      model.groups
        .map(
          ({ group, members }) =>
            `<h3>${e(group.title)}</h3><p class="muted">${GROUP_KINDS.labels[group.kind][l]}${group.crossCutting ? `; ${T.crossCutting[l]}` : ''}</p>${group.description ? `<p>${e(group.description)}</p>` : ''}${
              members.length
                ? `<ul>${members.map((m) => `<li>${NODE_KINDS.labels[m.kind][l]}: ${e(m.title)}</li>`).join('')}</ul>`
                : `<p>${T.noMembers[l]}</p>`
            }`,
        )
        .join(''),
    );
  }

  // The narrative per goal.
  const goals = model.goals.map((s) => {
    const goal = s.goal;
    const parts = [`<div class="goal" data-goal="${e(goal.id)}"><h3>${T.goal[l]}: ${e(goal.title)}</h3>`];
    parts.push(`<p class="meta">${GOAL_LEVELS.labels[goal.level][l]}, ${GOAL_HORIZONS.labels[goal.horizon][l]}</p>`);
    if (goal.description) parts.push(`<p>${e(goal.description)}</p>`);
    const goalEvidence = evidenceText(goal.evidence, HTML_MARKUP);
    if (goalEvidence) parts.push(`<p>${T.evidence[l]}: ${goalEvidence}.</p>`);
    if (s.contributesTo.length) parts.push(`<p>${T.subGoals[l]}: ${s.contributesTo.map((g) => `<em>${e(g.title)}</em>`).join(', ')}.</p>`);
    if (s.subGoals.length) parts.push(`<p>${T.reachedThrough[l]}: ${s.subGoals.map((g) => `<em>${e(g.title)}</em>`).join(', ')}.</p>`);
    if (s.routes.length === 0 && s.subGoals.length === 0) parts.push(`<p>${T.noRoutes[l]}</p>`);
    if (s.routes.length) {
      parts.push(`<p>${T.routesIntro[l]}</p>`);
      // Organised as the plan is: a heading per strategy or speerpunt, when the plan has them.
      const headed = s.byGroup.some((entry) => entry.group);
      for (const entry of s.byGroup) {
        if (headed) parts.push(`<h4>${entry.group ? e(entry.group.title) : T.noGroup[l]}</h4>`);
        parts.push(`<ul>${entry.routes.map((route) => `<li>${routeSentence(route, doc, l, HTML_MARKUP)}</li>`).join('')}</ul>`);
      }
    }
    if (s.indicators.length)
      parts.push(
        `<p>${T.measuredBy[l]}:</p><ul>${s.indicators.map((row) => `<li>${e(row.title)}: ${value(row.baseline, row, l)} → ${value(row.target, row, l)}${row.source ? `; ${e(row.source)}` : ''}</li>`).join('')}</ul>`,
      );
    else parts.push(`<p class="muted">${T.notMeasured[l]}</p>`);
    if (s.assumptions.length)
      parts.push(`<p>${T.restsOn[l]}: ${s.assumptions.map((a) => `${e(a.title)} (${RISKS.labels[a.risk][l]})`).join('; ')}.</p>`);
    parts.push('</div>');
    return parts.join('');
  });
  const truncatedNote = model.chainsTruncated ? `<p class="muted">${T.chainsTruncated[l]}</p>` : '';
  section('goals', T.goals[l], truncatedNote + (goals.join('') || `<p class="muted">${T.none[l]}</p>`), 'major');

  // Priorities with their votes.
  const ranked = model.priorities.filter((p) => p.votes > 0 || p.priority);
  section(
    'priorities',
    T.priorities[l],
    ranked.length
      ? table(
          [
            `${NODE_KINDS.labels.intervention[l]} / ${NODE_KINDS.labels.goal[l].toLowerCase()}`,
            `<span class="votes">${T.votes[l]}</span>`,
            T.priority[l],
          ],
          ranked.map((p) => [e(p.node.title), `<span class="votes">${p.votes}</span>`, p.priority ? `✔ ${EXTRA.chosen[l]}` : '']),
          'priorities',
          [64, 14, 22],
        )
      : `<p class="muted">${EXTRA.notPrioritised[l]}</p>`,
  );

  // Partners (sociale kaart).
  const titleOf = new Map(doc.nodes.map((node) => [node.id, node.title]));
  section(
    'partners',
    T.partners[l],
    model.partners.length
      ? table(
          [T.partner[l], T.domain[l], T.offer[l], T.carries[l], T.contact[l]],
          model.partners.map((p) => [
            `<strong>${e(p.actor.name)}</strong>`,
            ACTOR_DOMAINS.labels[p.actor.domain][l],
            e(p.actor.offer),
            p.interventions.map((id) => e(titleOf.get(id) ?? id)).join('<br>'),
            e(p.actor.contact),
          ]),
          'partners',
          [19, 15, 24, 26, 16],
        ) + (model.isolatedPartners.length ? `<p>${T.alone[l]}: ${model.isolatedPartners.map(e).join(', ')}.</p>` : '')
      : `<p class="muted">${EXTRA.noPartners[l]}</p>`,
    'major',
  );

  // Measurement plan.
  const headings =
    l === 'nl'
      ? ['Indicator', 'Meet', 'Soort', 'Nulmeting', 'Streefwaarde', 'Bron', 'Frequentie', 'Eigenaar']
      : ['Indicator', 'Measures', 'Type', 'Baseline', 'Target', 'Source', 'Frequency', 'Owner'];
  section(
    'measurement-plan',
    T.measurementPlan[l],
    model.measurementPlan.length
      ? table(
          headings,
          model.measurementPlan.map((row) => [
            `<strong>${e(row.title)}</strong>`,
            row.measures.map((m) => e(m.title)).join('<br>'),
            INDICATOR_TYPES.labels[row.type][l],
            value(row.baseline, row, l),
            value(row.target, row, l),
            e(row.source),
            FREQUENCIES.labels[row.frequency][l],
            e(row.owner?.name ?? ''),
          ]),
          'measurement-plan',
          [17, 15, 8, 14, 14, 12, 8, 12],
        )
      : `<p class="muted">${EXTRA.noIndicators[l]}</p>`,
    'wide',
  );

  // Progress: each indicator against its trajectory.
  const measured = model.progress.some((row) => row.progress.latest);
  section(
    'progress',
    T.progress[l],
    !model.progress.length
      ? `<p class="muted">${EXTRA.noIndicators[l]}</p>`
      : `<p>${e(formatMessage(T.progressIntro[l], { share: doc.monitoring?.atRisk ?? DEFAULT_PROGRESS_THRESHOLDS.atRisk }, l))}</p>` +
          (measured ? '' : `<p class="muted">${T.notMeasuredYet[l]}</p>`) +
          table(
            EXTRA.progressHeadings[l],
            model.progress.map(({ indicator, progress }) => [
              `<strong>${e(indicator.title)}</strong><br><span class="muted direction">${directionLabel(indicator.direction, l)}</span>`,
              value(indicator.baseline, indicator, l),
              value(progress.latest, indicator, l),
              value(progress.target, indicator, l),
              `<span class="status" data-status="${progress.status}" style="color:${PROGRESS_STYLE[progress.status].color}">${PROGRESS_STYLE[progress.status].mark} ${PROGRESS_STATUSES.labels[progress.status][l]}</span>`,
              progress.latest
                ? `<span class="chart">${sparklineSvg(indicator.measurements, { width: 96, height: 26, target: progress.target?.value, label: indicator.title })}${progressBarSvg(indicator, progress, { width: 96, height: 12 })}</span>`
                : '',
            ]),
            'progress',
            [24, 13, 13, 16, 15, 19],
          ),
    'major',
  );

  // What changed since a named version.
  if (model.changes) {
    const { version, diff, before } = model.changes;
    const titles = new Map([...before.nodes, ...doc.nodes].map((node) => [node.id, node.title]));
    const sections = planDiffSections(diff, l, (id) => titles.get(id) ?? id, { ids: false });
    section(
      'changes',
      `${T.changesSince[l]} ${e(version.name)}`,
      `<p>${e(formatMessage(T.changesIntro[l], { name: version.name, day: version.created.slice(0, 10) }, l))}</p>` +
        (diff.changed
          ? sections
              .map(
                (part) =>
                  `<h3>${e(part.heading)} (${part.lines.length})</h3><ul class="changes">${part.lines
                    .map(
                      (line) =>
                        `<li data-sign="${line.sign === '-' ? 'removed' : line.sign === '+' ? 'added' : 'changed'}">${line.sign === '-' ? '− ' : line.sign === '+' ? '+ ' : ''}${e(line.text)}</li>`,
                    )
                    .join('')}</ul>`,
              )
              .join('')
          : `<p>${T.noChanges[l]}</p>`),
      'major',
    );
  }

  // Coverage: gaps and overlaps.
  const groupName = new Map(doc.targetGroups.map((group) => [group.id, group.name]));
  const columns = model.coverage.targetGroups.map((id) => (id === null ? `<em>${T.noTargetGroup[l]}</em>` : e(groupName.get(id) ?? id)));
  section(
    'coverage',
    T.coverage[l],
    `<p>${T.coverageIntro[l]}</p>` +
      (columns.length
        ? `<table class="coverage"><colgroup><col style="width:${coverageFirst(columns.length)}%">${columns.map(() => `<col>`).join('')}</colgroup><thead><tr><th>${T.area[l]}</th>${columns.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${model.coverage.rows
            .map(
              (row, r) =>
                `<tr><td>${model.coverage.areas[r]!.label[l]}</td>${row
                  .map((cell) =>
                    cell.status === 'gap'
                      ? cell.targetGroup === null
                        ? '<td></td>'
                        : `<td class="gap" data-status="gap">– ${T.gap[l]}</td>`
                      : `<td class="${cell.status}" data-status="${cell.status}">${cell.interventions.length}${cell.status === 'overlap' ? ` ⚠ ${T.overlap[l]}` : cell.status === 'complement' ? ` (${T.complement[l]})` : ''}</td>`,
                  )
                  .join('')}</tr>`,
            )
            .join('')}</tbody></table>`
        : ''),
    columns.length > 4 ? 'wide' : 'major',
  );

  // Assumptions and risks.
  section(
    'assumptions',
    T.assumptions[l],
    model.assumptions.length
      ? table(
          [NODE_KINDS.labels.assumption[l], T.risk[l], T.underlies[l]],
          model.assumptions.map((a) => [e(a.node.title), RISKS.labels[a.node.risk][l], a.underlies.map((n) => e(n.title)).join('<br>')]),
          'assumptions',
          [50, 14, 36],
        )
      : `<p class="muted">${EXTRA.noAssumptions[l]}</p>`,
  );

  // Open questions from the parking lot.
  const questions = model.openQuestions;
  section(
    'open-questions',
    T.openQuestions[l],
    questions.length
      ? `<ul class="open-questions">${questions.map((item) => `<li>${e(item.text)}</li>`).join('')}</ul>`
      : `<p class="muted">${EXTRA.noQuestions[l]}</p>`,
  );

  // Checks of the logic.
  section(
    'checks',
    T.quality[l],
    model.findings.length
      ? `<ul>${model.findings.map((f) => `<li><strong>${SEVERITY_LABELS[f.severity][l]}:</strong> ${e(formatFinding(f, l))}</li>`).join('')}</ul>`
      : `<p>${T.noFindings[l]}</p>`,
  );

  return `<!doctype html>
<html lang="${l}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Veranderlogica">
<title>${e(title)}</title>
<style>${(options.fontFace ?? '').replaceAll('<', '')}${STYLE}</style>
</head>
<body>
<main>
${out.join('\n')}
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
