import { formatMessage } from '../../../i18n/format.js';
import { KIND_ORDER, kindNoun } from '../../../model/kinds.js';
import { REPORT_TEXT as T } from '../../../report/text.js';
import { e, EXTRA, section, type HtmlSection } from '../common.js';

/** The plan in numbers: cards of each kind, partners, chains, gaps and overlaps. */
export const summary: HtmlSection = {
  id: 'summary',
  render(model) {
    const { counts: c, language: l } = model;
    const figures = [
      ...KIND_ORDER.map((kind): [number, string] => [c[kind], kindNoun(kind, c[kind], l)]),
      ...(
        [
          [c.partners, EXTRA.partners],
          [c.chains, EXTRA.chains],
          [model.coverage.gaps, EXTRA.gaps],
          [model.coverage.overlaps, EXTRA.overlaps],
        ] as const
      ).map(([count, text]): [number, string] => [count, formatMessage(text[l], { count }, l)]),
    ];
    return section(
      'summary',
      T.summary[l],
      `<ul class="counts">${figures.map(([count, label]) => `<li><strong>${count}</strong>${e(label)}</li>`).join('')}</ul>`,
    );
  },
};
