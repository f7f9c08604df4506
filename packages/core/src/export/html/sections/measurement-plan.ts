import { FREQUENCIES, INDICATOR_TYPES } from '../../../model/vocabulary.js';
import { columnHeadings, REPORT_TEXT as T } from '../../../report/text.js';
import { e, EXTRA, section, table, value, type HtmlSection } from '../common.js';

/** The measurement plan: each indicator, what it measures, its baseline and target, source, frequency and owner. */
export const measurementPlan: HtmlSection = {
  id: 'measurement-plan',
  render(model) {
    const l = model.language;
    const body = model.measurementPlan.length
      ? table(
          columnHeadings(EXTRA.measurementColumns, l),
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
      : `<p class="muted">${EXTRA.noIndicators[l]}</p>`;
    return section('measurement-plan', T.measurementPlan[l], body, 'wide');
  },
};
