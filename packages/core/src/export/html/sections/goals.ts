import { GOAL_HORIZONS, GOAL_LEVELS, RISKS } from '../../../model/vocabulary.js';
import type { ReportModel } from '../../../report/model.js';
import { evidenceText, goalEvidenceSentences, routeSentence } from '../../../report/narrative.js';
import { REPORT_TEXT as T } from '../../../report/text.js';
import { e, HTML_MARKUP, section, value, type HtmlSection } from '../common.js';

/** One goal's story: what it is, how it is reached (route by route, per group), how it is measured, what it rests on. */
function goalStory(model: ReportModel, s: ReportModel['goals'][number]): string {
  const { document: doc, language: l } = model;
  const goal = s.goal;
  const parts = [`<div class="goal" data-goal="${e(goal.id)}"><h3>${T.goal[l]}: ${e(goal.title)}</h3>`];
  parts.push(`<p class="meta">${GOAL_LEVELS.labels[goal.level][l]}, ${GOAL_HORIZONS.labels[goal.horizon][l]}</p>`);
  if (goal.description) parts.push(`<p>${e(goal.description)}</p>`);
  const goalEvidence = evidenceText(goal.evidence, HTML_MARKUP);
  if (goalEvidence) parts.push(`<p>${T.evidence[l]}: ${goalEvidence}.</p>`);
  if (s.contributesTo.length) parts.push(`<p>${T.subGoals[l]}: ${s.contributesTo.map((g) => `<em>${e(g.title)}</em>`).join(', ')}.</p>`);
  if (s.subGoals.length) parts.push(`<p>${T.reachedThrough[l]}: ${s.subGoals.map((g) => `<em>${e(g.title)}</em>`).join(', ')}.</p>`);
  if (s.routes.length === 0 && s.subGoals.length === 0) parts.push(`<p>${T.noRoutes[l]}</p>`);
  if (s.routes.length) {
    parts.push(`<p>${T.routesIntro[l]}</p>`);
    // Organised as the plan is: a heading per strategy or speerpunt, when the plan has them.
    const headed = s.byGroup.some((entry) => entry.group);
    for (const entry of s.byGroup) {
      if (headed) parts.push(`<h4>${entry.group ? e(entry.group.title) : T.noGroup[l]}</h4>`);
      parts.push(`<ul>${entry.routes.map((route) => `<li>${routeSentence(route, doc, l, HTML_MARKUP)}</li>`).join('')}</ul>`);
    }
  }
  if (s.indicators.length)
    parts.push(
      `<p>${T.measuredBy[l]}:</p><ul>${s.indicators.map((row) => `<li>${e(row.title)}: ${value(row.baseline, row, l)} → ${value(row.target, row, l)}${row.source ? `; ${e(row.source)}` : ''}</li>`).join('')}</ul>`,
    );
  else parts.push(`<p class="muted">${T.notMeasured[l]}</p>`);
  if (s.assumptions.length)
    parts.push(`<p>${T.restsOn[l]}: ${s.assumptions.map((a) => `${e(a.title)} (${RISKS.labels[a.risk][l]})`).join('; ')}.</p>`);
  parts.push(
    `<div class="evidence"><h4>${T.evidenceHeading[l]}</h4><p>${goalEvidenceSentences(s.evidence, l, HTML_MARKUP).join(' ')}</p></div>`,
  );
  parts.push('</div>');
  return parts.join('');
}

/** The narrative per goal, on a new page. */
export const goals: HtmlSection = {
  id: 'goals',
  render(model) {
    const l = model.language;
    const stories = model.goals.map((story) => goalStory(model, story));
    const truncatedNote = model.chainsTruncated ? `<p class="muted">${T.chainsTruncated[l]}</p>` : '';
    return section('goals', T.goals[l], truncatedNote + (stories.join('') || `<p class="muted">${T.none[l]}</p>`), 'major');
  },
};
