import { GROUP_KINDS, NODE_KINDS } from '../../../model/vocabulary.js';
import { REPORT_TEXT as T } from '../../../report/text.js';
import { e, section, type HtmlSection } from '../common.js';

/** The plan's strategies, speerpunten or bouwstenen, each with its cards. */
export const groups: HtmlSection = {
  id: 'groups',
  render({ groups: list, language: l }) {
    if (!list.length) return '';
    const body = list
      .map(({ group, members }) => {
        const kind = `<p class="muted">${GROUP_KINDS.labels[group.kind][l]}${group.crossCutting ? `; ${T.crossCutting[l]}` : ''}</p>`;
        const description = group.description ? `<p>${e(group.description)}</p>` : '';
        const cards = members.length
          ? `<ul>${members.map((m) => `<li>${NODE_KINDS.labels[m.kind][l]}: ${e(m.title)}</li>`).join('')}</ul>`
          : `<p>${T.noMembers[l]}</p>`;
        return `<h3>${e(group.title)}</h3>${kind}${description}${cards}`;
      })
      .join('');
    return section('groups', T.groups[l], body);
  },
};
