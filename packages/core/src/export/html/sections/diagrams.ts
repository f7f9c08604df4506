import type { Language } from '../../../i18n/localized.js';
import { formatMessage } from '../../../i18n/format.js';
import type { Document } from '../../../model/schema.js';
import { REPORT_TEXT as T } from '../../../report/text.js';
import { e, EXTRA, imageSource, type HtmlSection, type ReportDiagramPage } from '../common.js';

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

/** The overview on a landscape page, with the key to the atlas's detail pages. */
export const overview: HtmlSection = {
  id: 'diagram',
  render({ document: doc, language: l }, { diagram, diagramPages: pages = [] }) {
    if (!diagram) return '';
    const title = doc.title || T.veranderlogica[l];
    // The atlas's key: each detail page's number (as marked on the overview) and what it shows.
    const numbered = pages.filter((page) => page.page !== undefined);
    const key = numbered.length
      ? `<ol class="atlas-key" aria-label="${EXTRA.key[l]}">${numbered.map((page) => `<li><strong>${pageLabel(page.page!, l)}</strong> ${e(diagramPageName(doc, page, l))}</li>`).join('')}</ol>`
      : '';
    const intro = pages.length ? `<p class="muted">${(numbered.length ? EXTRA.atlas : EXTRA.overview)[l]}</p>` : '';
    return `<section id="diagram" class="diagram"><h2>${EXTRA.diagram[l]}</h2>${intro}<img src="${e(imageSource(diagram))}" alt="${e(`${EXTRA.diagram[l]}: ${title}`)}">${key}</section>`;
  },
};

/** The atlas: each detail page on a sheet of its own, in the orientation it fits best. */
export const atlas: HtmlSection = {
  id: 'atlas',
  render({ document: doc, language: l }, { diagramPages: pages = [] }) {
    return pages
      .map((page) => {
        const heading = e(diagramPageHeading(doc, page, l));
        const number = page.page !== undefined ? `<span class="page-number">${pageLabel(page.page, l)}</span> ` : '';
        const data = [
          page.goal !== undefined ? ` data-goal="${e(page.goal)}"` : '',
          typeof page.group === 'string' ? ` data-group="${e(page.group)}"` : '',
          page.page !== undefined ? ` data-page="${page.page}"` : '',
        ].join('');
        return `<section class="diagram-page ${page.orientation}"${data}><h3>${number}${heading}</h3><img src="${e(imageSource(page.svg))}" alt="${heading}"></section>`;
      })
      .join('\n');
  },
};
