import type { ReportModel } from '../../../report/model.js';
import { REPORT_TEXT as T } from '../../../report/text.js';
import { e, section, type HtmlSection } from '../common.js';

/** The width (percent) of the coverage table's first column, the areas, beside this many target groups. */
const coverageFirst = (columns: number) => Math.max(14, Math.min(30, 100 - columns * 12));

/** One cell of the table: a gap, or how many interventions reach the area and group (an overlap marked). */
function cell(item: ReportModel['coverage']['rows'][number][number], l: ReportModel['language']): string {
  if (item.status === 'gap') return item.targetGroup === null ? '<td></td>' : `<td class="gap" data-status="gap">– ${T.gap[l]}</td>`;
  const note = item.status === 'overlap' ? ` ⚠ ${T.overlap[l]}` : item.status === 'complement' ? ` (${T.complement[l]})` : '';
  return `<td class="${item.status}" data-status="${item.status}">${item.interventions.length}${note}</td>`;
}

/** Gaps and overlaps (witte vlekken, dubbelingen): areas against target groups; a landscape page past four groups. */
export const coverage: HtmlSection = {
  id: 'coverage',
  render(model) {
    const { document: doc, language: l } = model;
    const groupName = new Map(doc.targetGroups.map((group) => [group.id, group.name]));
    const columns = model.coverage.targetGroups.map((id) => (id === null ? `<em>${T.noTargetGroup[l]}</em>` : e(groupName.get(id) ?? id)));
    const rows = model.coverage.rows.map(
      (row, r) => `<tr><td>${model.coverage.areas[r]!.label[l]}</td>${row.map((item) => cell(item, l)).join('')}</tr>`,
    );
    const grid = columns.length
      ? `<table class="coverage"><colgroup><col style="width:${coverageFirst(columns.length)}%">${columns.map(() => `<col>`).join('')}</colgroup><thead><tr><th>${T.area[l]}</th>${columns.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`
      : '';
    return section('coverage', T.coverage[l], `<p>${T.coverageIntro[l]}</p>` + grid, columns.length > 4 ? 'wide' : 'major');
  },
};
