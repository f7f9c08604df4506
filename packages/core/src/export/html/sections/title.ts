import { formatDate } from '../../../i18n/format.js';
import { SCOPE_LEVELS } from '../../../model/vocabulary.js';
import { planStatusText } from '../../../report/narrative.js';
import { REPORT_TEXT as T } from '../../../report/text.js';
import { e, EXTRA, type HtmlSection } from '../common.js';

/** The title page: the plan's title and description, where, when, and who took part. */
export const titlePage: HtmlSection = {
  id: 'title',
  render({ document: doc, language: l, date }) {
    const title = doc.title || T.veranderlogica[l];
    const scope = [doc.scope.name, SCOPE_LEVELS.labels[doc.scope.level][l]].filter(Boolean).join(' · ');
    const organisations = doc.workshop?.participants.length
      ? doc.workshop.participants
      : doc.actors.map((actor) => actor.name).filter(Boolean);
    return [
      `<section id="title" class="title-page"><p class="kicker">${T.veranderlogica[l]}</p><h1>${e(title)}</h1>`,
      doc.description ? `<p>${e(doc.description)}</p>` : '',
      '<dl>',
      scope ? `<dt>${EXTRA.municipalityOrRegion[l]}</dt><dd>${e(scope)}</dd>` : '',
      doc.scope.period ? `<dt>${T.period[l]}</dt><dd>${doc.scope.period.start}–${doc.scope.period.end}</dd>` : '',
      `<dt>${T.status[l]}</dt><dd class="status">${e(planStatusText(doc, l))}</dd>`,
      `<dt>${T.madeOn[l]}</dt><dd>${e(formatDate(date, l))}</dd>`,
      organisations.length ? `<dt>${T.participants[l]}</dt><dd>${organisations.map(e).join(', ')}</dd>` : '',
      '</dl></section>',
    ].join('\n');
  },
};
