import { REPORT_TEXT as T } from '../../../report/text.js';
import { e, section, type HtmlSection } from '../common.js';

/** The problem and its context: facts, sources and target groups. */
export const context: HtmlSection = {
  id: 'context',
  render(model) {
    const { document: doc, language: l } = model;
    if (!(doc.context.problem || model.facts.length || model.targetGroups.length || model.sources.length)) return '';
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
    return section('context', T.context[l], parts.join(''));
  },
};
