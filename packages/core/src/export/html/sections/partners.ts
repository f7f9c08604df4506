import { ACTOR_DOMAINS } from '../../../model/vocabulary.js';
import { REPORT_TEXT as T } from '../../../report/text.js';
import { e, EXTRA, section, table, type HtmlSection } from '../common.js';

/** The partners (sociale kaart): what each offers and which interventions it carries; partners who carry none. */
export const partners: HtmlSection = {
  id: 'partners',
  render(model) {
    const { document: doc, language: l } = model;
    const titleOf = new Map(doc.nodes.map((node) => [node.id, node.title]));
    const alone = model.isolatedPartners.length ? `<p>${T.alone[l]}: ${model.isolatedPartners.map(e).join(', ')}.</p>` : '';
    const body = model.partners.length
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
        ) + alone
      : `<p class="muted">${EXTRA.noPartners[l]}</p>`;
    return section('partners', T.partners[l], body, 'major');
  },
};
