import type { Language } from '../i18n/localized.js';
import type { Document, IndicatorNode, Measurement } from '../model/schema.js';
import {
  ACTOR_DOMAINS,
  FREQUENCIES,
  GOAL_HORIZONS,
  GOAL_LEVELS,
  GROUP_KINDS,
  INDICATOR_TYPES,
  NODE_KINDS,
  RISKS,
  SCOPE_LEVELS,
  PROGRESS_STATUSES,
} from '../model/vocabulary.js';
import { formatIndicatorValue } from '../measurements/indicator-value.js';
import { formatDate, formatMessage } from '../i18n/format.js';
import { planDiffSections } from '../analysis/plan-diff.js';
import { DEFAULT_PROGRESS_THRESHOLDS, directionLabel, PROGRESS_STYLE } from '../analysis/progress.js';
import { KIND_ORDER, kindNoun } from '../model/kinds.js';
import { reportModel, type ReportModel, type ReportOptions } from '../report/model.js';
import { evidenceText, goalEvidenceSentences, planStatusText, routeSentence, type Markup } from '../report/narrative.js';
import { columnHeadings, REPORT_TEXT as T } from '../report/text.js';
import { SEVERITY_LABELS } from '../validate/finding.js';
import { formatFinding } from '../validate/format-finding.js';
import { escapeMarkdown } from './escape.js';

export { escapeMarkdown };

const cell = (text: string) => escapeMarkdown(text) || ' ';

/** The report's sentences in Markdown. */
const MARKDOWN_MARKUP: Markup = {
  text: escapeMarkdown,
  strong: (text) => `**${text}**`,
  em: (text) => `*${text}*`,
  link: (text, href) => `[${text}](<${href.replace(/[<>]/g, encodeURIComponent)}>)`,
};

function table(headings: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${headings.join(' | ')} |`, `| ${headings.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

/** A baseline or target as a reader writes it: "11 % (31 december 2023)", numbers and dates in the report's language. */
function value(measurement: Measurement | undefined, of: Pick<IndicatorNode, 'valueType' | 'unit'>, language: Language): string {
  if (!measurement) return '–';
  return `${escapeMarkdown(formatIndicatorValue(of, measurement.value, language))} (${formatDate(measurement.date, language)})`;
}

/**
 * Renders a report model as Markdown.
 *
 * @example
 * const text = renderMarkdown(reportModel(document, { language: 'nl' }));
 */
function renderMarkdown(model: ReportModel): string {
  const { document: doc, language: l } = model;
  const out: string[] = [];
  const scope = [SCOPE_LEVELS.labels[doc.scope.level][l], doc.scope.name].filter(Boolean).join(' ');
  out.push(`# ${escapeMarkdown(doc.title || T.veranderlogica[l])}`, '');
  const period = doc.scope.period ? `${T.period[l]} ${doc.scope.period.start}–${doc.scope.period.end}` : '';
  out.push(`*${[T.veranderlogica[l], escapeMarkdown(scope), period, `${T.madeOn[l]} ${model.date}`].filter(Boolean).join(' · ')}*`, '');
  out.push(`**${T.status[l]}:** ${escapeMarkdown(planStatusText(doc, l))}`, '');
  if (doc.description) out.push(escapeMarkdown(doc.description), '');
  if (doc.workshop?.participants.length) {
    out.push(`**${T.participants[l]}:** ${doc.workshop.participants.map(escapeMarkdown).join(', ')}`, '');
  }

  out.push(`## ${T.summary[l]}`, '');
  const c = model.counts;
  const countLine = KIND_ORDER.map((kind) => `${c[kind]} ${kindNoun(kind, c[kind], l)}`).join(', ');
  out.push(
    `- ${countLine}`,
    `- ${formatMessage(T.partnersAndChains[l], { partners: c.partners, chains: c.chains }, l)}`,
    `- ${model.coverage.gaps} × ${T.gap[l]}, ${model.coverage.overlaps} × ${T.overlap[l]}`,
    '',
  );

  if (doc.context.problem || model.facts.length || model.targetGroups.length || model.sources.length) {
    out.push(`## ${T.context[l]}`, '');
    if (doc.context.problem) out.push(escapeMarkdown(doc.context.problem), '');
    if (model.facts.length) {
      out.push(`**${T.facts[l]}**`, '');
      for (const fact of model.facts)
        out.push(
          `- ${escapeMarkdown(fact.statement)}${fact.source ? ` (${escapeMarkdown(fact.source)})` : ''}${fact.link ? ` <${fact.link}>` : ''}`,
        );
      out.push('');
    }
    if (model.sources.length) {
      out.push(`**${T.sources[l]}**`, '');
      for (const source of model.sources) {
        out.push(
          `- ${escapeMarkdown(source.title)}${source.description ? `: ${escapeMarkdown(source.description)}` : ''}${source.link ? ` <${source.link}>` : ''}`,
        );
      }
      out.push('');
    }
    if (model.targetGroups.length) {
      out.push(`**${T.targetGroups[l]}**`, '');
      for (const group of model.targetGroups) {
        out.push(
          `- ${escapeMarkdown(group.name)}${group.risk ? ` (${T.riskGroup[l]})` : ''}${group.description ? `: ${escapeMarkdown(group.description)}` : ''}`,
        );
      }
      out.push('');
    }
  }

  if (model.groups.length) {
    out.push(`## ${T.groups[l]}`, '');
    for (const { group, members } of model.groups) {
      const kind = GROUP_KINDS.labels[group.kind][l];
      out.push(`### ${escapeMarkdown(group.title)}`, '', `*${kind}${group.crossCutting ? `; ${T.crossCutting[l]}` : ''}*`, '');
      if (group.description) out.push(escapeMarkdown(group.description), '');
      if (members.length === 0) out.push(T.noMembers[l], '');
      for (const member of members) out.push(`- ${NODE_KINDS.labels[member.kind][l]}: ${escapeMarkdown(member.title)}`);
      if (members.length) out.push('');
    }
  }

  out.push(`## ${T.goals[l]}`, '');
  if (model.chainsTruncated) out.push(`*${T.chainsTruncated[l]}*`, '');
  for (const section of model.goals) {
    const goal = section.goal;
    out.push(`### ${T.goal[l]}: ${escapeMarkdown(goal.title)}`, '');
    out.push(`*${GOAL_LEVELS.labels[goal.level][l]}, ${GOAL_HORIZONS.labels[goal.horizon][l]}*`, '');
    if (goal.description) out.push(escapeMarkdown(goal.description), '');
    const goalEvidence = evidenceText(goal.evidence, MARKDOWN_MARKUP);
    if (goalEvidence) out.push(`${T.evidence[l]}: ${goalEvidence}.`, '');
    if (section.contributesTo.length) {
      out.push(`${T.subGoals[l]}: ${section.contributesTo.map((g) => `*${escapeMarkdown(g.title)}*`).join(', ')}.`, '');
    }
    if (section.subGoals.length) {
      out.push(`${T.reachedThrough[l]}: ${section.subGoals.map((g) => `*${escapeMarkdown(g.title)}*`).join(', ')}.`, '');
    }
    if (section.routes.length === 0 && section.subGoals.length === 0) out.push(T.noRoutes[l], '');
    else if (section.routes.length === 0) out.push('');
    else {
      out.push(T.routesIntro[l], '');
      const headed = section.byGroup.some((entry) => entry.group);
      for (const entry of section.byGroup) {
        if (headed) out.push(`#### ${entry.group ? escapeMarkdown(entry.group.title) : T.noGroup[l]}`, '');
        for (const route of entry.routes) out.push(`- ${routeSentence(route, doc, l, MARKDOWN_MARKUP)}`);
        out.push('');
      }
    }
    if (section.indicators.length) {
      out.push(`${T.measuredBy[l]}:`, '');
      for (const row of section.indicators) {
        out.push(
          `- ${escapeMarkdown(row.title)}: ${value(row.baseline, row, l)} → ${value(row.target, row, l)}${row.source ? `; ${escapeMarkdown(row.source)}` : ''}`,
        );
      }
      out.push('');
    } else out.push(T.notMeasured[l], '');
    if (section.assumptions.length) {
      out.push(
        `${T.restsOn[l]}: ${section.assumptions.map((a) => `${escapeMarkdown(a.title)} (${RISKS.labels[a.risk][l]})`).join('; ')}.`,
        '',
      );
    }
    out.push(`**${T.evidenceHeading[l]}.** ${goalEvidenceSentences(section.evidence, l, MARKDOWN_MARKUP).join(' ')}`, '');
  }

  if (model.priorities.length) {
    out.push(`## ${T.priorities[l]}`, '');
    out.push(
      ...table(
        [NODE_KINDS.labels.intervention[l] + ' / ' + NODE_KINDS.labels.goal[l].toLowerCase(), T.votes[l], T.priority[l]],
        model.priorities.map((p) => [cell(p.node.title), String(p.votes), p.priority ? '✔' : '']),
      ),
      '',
    );
  }

  if (model.partners.length) {
    out.push(`## ${T.partners[l]}`, '');
    const titleOf = new Map(doc.nodes.map((node) => [node.id, node.title]));
    out.push(
      ...table(
        [T.partner[l], T.domain[l], T.offer[l], T.carries[l], T.contact[l]],
        model.partners.map((p) => [
          cell(p.actor.name),
          ACTOR_DOMAINS.labels[p.actor.domain][l],
          cell(p.actor.offer),
          cell(p.interventions.map((id) => titleOf.get(id) ?? id).join('; ')),
          cell(p.actor.contact),
        ]),
      ),
      '',
    );
    if (model.isolatedPartners.length) out.push(`${T.alone[l]}: ${model.isolatedPartners.map(escapeMarkdown).join(', ')}.`, '');
  }

  if (model.measurementPlan.length) {
    out.push(`## ${T.measurementPlan[l]}`, '');
    const headings = columnHeadings(T.measurementColumns, l);
    out.push(
      ...table(
        headings,
        model.measurementPlan.map((row) => [
          cell(row.title),
          cell(row.measures.map((m) => m.title).join('; ')),
          INDICATOR_TYPES.labels[row.type][l],
          cell(value(row.baseline, row, l)),
          cell(value(row.target, row, l)),
          cell(row.source),
          FREQUENCIES.labels[row.frequency][l],
          cell(row.owner?.name ?? ''),
        ]),
      ),
      '',
    );
  }

  if (model.progress.length) {
    out.push(
      `## ${T.progress[l]}`,
      '',
      formatMessage(T.progressIntro[l], { share: doc.monitoring?.atRisk ?? DEFAULT_PROGRESS_THRESHOLDS.atRisk }, l),
      '',
    );
    const headings = columnHeadings(T.progressColumns, l);
    out.push(
      ...table(
        headings,
        model.progress.map(({ indicator, progress }) => [
          cell(`${indicator.title} (${directionLabel(indicator.direction, l)})`),
          cell(value(indicator.baseline, indicator, l)),
          cell(value(progress.latest, indicator, l)),
          cell(value(progress.target, indicator, l)),
          `${PROGRESS_STYLE[progress.status].mark} ${PROGRESS_STATUSES.labels[progress.status][l]}`,
        ]),
      ),
      '',
    );
  }

  if (model.changes) {
    const { version, diff, before } = model.changes;
    out.push(
      `## ${T.changesSince[l]} ${escapeMarkdown(version.name)}`,
      '',
      escapeMarkdown(formatMessage(T.changesIntro[l], { name: version.name, day: version.created.slice(0, 10) }, l)),
      '',
    );
    if (!diff.changed) out.push(T.noChanges[l], '');
    const titles = new Map([...before.nodes, ...doc.nodes].map((node) => [node.id, node.title]));
    for (const part of planDiffSections(diff, l, (id) => titles.get(id) ?? id, { ids: false })) {
      out.push(`### ${escapeMarkdown(part.heading)} (${part.lines.length})`, '');
      for (const line of part.lines) out.push(`- ${line.sign === '-' ? '−' : line.sign === '+' ? '+' : '~'} ${escapeMarkdown(line.text)}`);
      out.push('');
    }
  }

  out.push(`## ${T.coverage[l]}`, '', T.coverageIntro[l], '');
  const groupName = new Map(doc.targetGroups.map((group) => [group.id, group.name]));
  const columns = model.coverage.targetGroups.map((id) => (id === null ? `*${T.noTargetGroup[l]}*` : cell(groupName.get(id) ?? id)));
  if (columns.length) {
    out.push(
      ...table(
        [T.area[l], ...columns],
        model.coverage.rows.map((row, r) => [
          model.coverage.areas[r]!.label[l],
          ...row.map((c) =>
            c.status === 'gap'
              ? c.targetGroup === null
                ? ''
                : `– *${T.gap[l]}*`
              : `${c.interventions.length}${c.status === 'overlap' ? ` ⚠ *${T.overlap[l]}*` : c.status === 'complement' ? ` (${T.complement[l]})` : ''}`,
          ),
        ]),
      ),
      '',
    );
  }

  if (model.assumptions.length) {
    out.push(`## ${T.assumptions[l]}`, '');
    out.push(
      ...table(
        [NODE_KINDS.labels.assumption[l], T.risk[l], T.underlies[l]],
        model.assumptions.map((a) => [cell(a.node.title), RISKS.labels[a.node.risk][l], cell(a.underlies.map((n) => n.title).join('; '))]),
      ),
      '',
    );
  }

  if (model.openQuestions.length) {
    out.push(`## ${T.openQuestions[l]}`, '');
    for (const item of model.openQuestions) out.push(`- ${escapeMarkdown(item.text)}`);
    out.push('');
  }

  out.push(`## ${T.quality[l]}`, '');
  if (model.findings.length === 0) out.push(T.noFindings[l], '');
  else {
    for (const finding of model.findings)
      out.push(`- **${SEVERITY_LABELS[finding.severity][l]}:** ${escapeMarkdown(formatFinding(finding, l))}`);
    out.push('');
  }
  return out.join('\n');
}

/**
 * The concise description of the veranderlogica as Markdown: context, a
 * narrative per goal built from its chains, priorities, partners,
 * measurement plan, gaps and overlaps, assumptions and open questions.
 *
 * @example
 * await writeFile('veranderlogica.md', toMarkdownReport(document, { language: 'nl' }));
 */
export function toMarkdownReport(document: Document, options: ReportOptions = {}): string {
  return renderMarkdown(reportModel(document, options));
}
