import { NODE_KINDS, RISKS } from '../../../model/vocabulary.js';
import { REPORT_TEXT as T } from '../../../report/text.js';
import { e, EXTRA, section, table, type HtmlSection } from '../common.js';

/** The assumptions, their risk and what each underlies. */
export const assumptions: HtmlSection = {
  id: 'assumptions',
  render(model) {
    const l = model.language;
    const body = model.assumptions.length
      ? table(
          [NODE_KINDS.labels.assumption[l], T.risk[l], T.underlies[l]],
          model.assumptions.map((a) => [e(a.node.title), RISKS.labels[a.node.risk][l], a.underlies.map((n) => e(n.title)).join('<br>')]),
          'assumptions',
          [50, 14, 36],
        )
      : `<p class="muted">${EXTRA.noAssumptions[l]}</p>`;
    return section('assumptions', T.assumptions[l], body);
  },
};
