import { NODE_KINDS } from '../../../model/vocabulary.js';
import { REPORT_TEXT as T } from '../../../report/text.js';
import { e, EXTRA, section, table, type HtmlSection } from '../common.js';

/** The priorities with their votes. */
export const priorities: HtmlSection = {
  id: 'priorities',
  render(model) {
    const l = model.language;
    const ranked = model.priorities.filter((p) => p.votes > 0 || p.priority);
    const body = ranked.length
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
      : `<p class="muted">${EXTRA.notPrioritised[l]}</p>`;
    return section('priorities', T.priorities[l], body);
  },
};
