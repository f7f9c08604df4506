import { formatMessage } from '../../../i18n/format.js';
import { DEFAULT_PROGRESS_THRESHOLDS, directionLabel, progressBarSvg, PROGRESS_STYLE, sparklineSvg } from '../../../analysis/progress.js';
import { PROGRESS_STATUSES } from '../../../model/vocabulary.js';
import { columnHeadings, REPORT_TEXT as T } from '../../../report/text.js';
import { e, EXTRA, section, table, value, type HtmlSection } from '../common.js';

/** Progress: each indicator against its trajectory, with its status and a small chart. */
export const progress: HtmlSection = {
  id: 'progress',
  render(model) {
    const { document: doc, language: l } = model;
    if (!model.progress.length) return section('progress', T.progress[l], `<p class="muted">${EXTRA.noIndicators[l]}</p>`, 'major');
    const measured = model.progress.some((row) => row.progress.latest);
    const intro = `<p>${e(formatMessage(T.progressIntro[l], { share: doc.monitoring?.atRisk ?? DEFAULT_PROGRESS_THRESHOLDS.atRisk }, l))}</p>`;
    const rows = model.progress.map(({ indicator, progress: row }) => [
      `<strong>${e(indicator.title)}</strong><br><span class="muted direction">${directionLabel(indicator.direction, l)}</span>`,
      value(indicator.baseline, indicator, l),
      value(row.latest, indicator, l),
      value(row.target, indicator, l),
      `<span class="status" data-status="${row.status}" style="color:${PROGRESS_STYLE[row.status].color}">${PROGRESS_STYLE[row.status].mark} ${PROGRESS_STATUSES.labels[row.status][l]}</span>`,
      row.latest
        ? `<span class="chart">${sparklineSvg(indicator.measurements, { width: 96, height: 26, target: row.target?.value, label: indicator.title })}${progressBarSvg(indicator, row, { width: 96, height: 12 })}</span>`
        : '',
    ]);
    const body =
      intro +
      (measured ? '' : `<p class="muted">${T.notMeasuredYet[l]}</p>`) +
      table(columnHeadings(EXTRA.progressColumns, l), rows, 'progress', [24, 13, 13, 16, 15, 19]);
    return section('progress', T.progress[l], body, 'major');
  },
};
