import { planDiffSections } from '../../analysis/plan-diff.js';
import { directionLabel, PROGRESS_STYLE } from '../../analysis/progress.js';
import { formatDate } from '../../i18n/format.js';
import type { Language } from '../../i18n/localized.js';
import { formatIndicatorValue } from '../../measurements/indicator-value.js';
import { KIND_ORDER, kindNoun } from '../../model/kinds.js';
import type { IndicatorNode, Measurement } from '../../model/schema.js';
import {
  ACTOR_DOMAINS,
  FREQUENCIES,
  GOAL_HORIZONS,
  GOAL_LEVELS,
  INDICATOR_TYPES,
  NODE_KINDS,
  PROGRESS_STATUSES,
  RISKS,
  SCOPE_LEVELS,
} from '../../model/vocabulary.js';
import type { ReportModel } from '../../report/model.js';
import { evidenceText, goalEvidenceSentences, planStatusText, routeSentence } from '../../report/narrative.js';
import { REPORT_TEXT as T } from '../../report/text.js';
import { SEVERITY_LABELS } from '../../validate/finding.js';
import { formatFinding } from '../../validate/format-finding.js';
import { EXTRA, type ReportDiagramPage } from '../html/common.js';
import { TEXTS } from '../locales/index.js';
import {
  DOCX_MARKUP,
  heading,
  loadDocx,
  paragraph,
  pictureSection,
  table,
  textSection,
  wordFile,
  type Docx,
  type WordSection,
} from './common.js';

const C = TEXTS.columns;

/** What the Word report carries beyond its model: the pictures, and a rasteriser for their PNG stand-ins. */
export interface WordReportOptions {
  /** The whole plan, on a landscape page after the summary. */
  readonly overview?: string;
  /** The detail pages (a goal's chains, a group's), each after its goal's story. */
  readonly pages?: readonly ReportDiagramPage[];
  readonly rasterise?: (svg: string) => Promise<Blob>;
}

const valueText = (measurement: Measurement | undefined, of: Pick<IndicatorNode, 'valueType' | 'unit'>, l: Language) =>
  measurement ? `${formatIndicatorValue(of, measurement.value, l)} (${formatDate(measurement.date, l)})` : '–';

type Blocks = WordSection['children'][number][];

/**
 * The report as a Word file (.docx, A4): the title page with the plan's status, the summary, the whole plan as a
 * picture, the context, each goal's story with the evidence it rests on and its pictures, the partners, the
 * measurement plan, progress, changes, gaps and overlaps, assumptions and the checks. Real headings and tables;
 * pictures as SVG with a PNG stand-in.
 *
 * @example
 * const bytes = await wordReport(reportModel(document, { language: 'nl' }), { overview, pages });
 */
export async function wordReport(model: ReportModel, options: WordReportOptions = {}): Promise<Uint8Array> {
  const d = await loadDocx();
  const { document: doc, language: l } = model;
  const title = doc.title || T.veranderlogica[l];
  const sections: WordSection[] = [];

  // The title page and the summary.
  const front: Blocks = [
    paragraph(d, T.veranderlogica[l]),
    new d.Paragraph({ style: 'Title', children: [new d.TextRun({ text: title })] }),
  ];
  if (doc.description) front.push(paragraph(d, doc.description));
  const scope = [doc.scope.name, SCOPE_LEVELS.labels[doc.scope.level][l]].filter(Boolean).join(' · ');
  front.push(
    table(
      d,
      [T.status[l], planStatusText(doc, l)],
      [
        ...(scope ? [[EXTRA.municipalityOrRegion[l], scope]] : []),
        ...(doc.scope.period ? [[T.period[l], `${doc.scope.period.start}–${doc.scope.period.end}`]] : []),
        [T.madeOn[l], formatDate(model.date, l)],
        ...(doc.actors.length ? [[T.partners[l], doc.actors.map((actor) => actor.name).join(', ')]] : []),
      ],
    ),
  );
  front.push(heading(d, T.summary[l], 1));
  const c = model.counts;
  front.push(paragraph(d, KIND_ORDER.map((kind) => `${c[kind]} ${kindNoun(kind, c[kind], l)}`).join(', '), { bullet: true }));
  front.push(paragraph(d, `${model.coverage.gaps} × ${T.gap[l]}, ${model.coverage.overlaps} × ${T.overlap[l]}`, { bullet: true }));
  front.push(...contextBlocks(d, model));
  sections.push(textSection(d, front));
  if (options.overview) {
    sections.push(await pictureSection(d, { svg: options.overview, title, alt: title, orientation: 'landscape' }, options.rasterise));
  }

  // The goals, each followed by its own pictures.
  sections.push(textSection(d, [heading(d, T.goals[l], 1), ...(model.chainsTruncated ? [paragraph(d, T.chainsTruncated[l])] : [])]));
  for (const section of model.goals) {
    sections.push(textSection(d, goalBlocks(d, model, section)));
    for (const page of (options.pages ?? []).filter((candidate) => candidate.goal === section.goal.id)) {
      const pictureTitle = `${T.goal[l]}: ${section.goal.title}${page.page ? ` (${page.page})` : ''}`;
      sections.push(
        await pictureSection(
          d,
          { svg: page.svg, title: pictureTitle, alt: pictureTitle, orientation: page.orientation },
          options.rasterise,
        ),
      );
    }
  }

  sections.push(textSection(d, tailBlocks(d, model)));
  return wordFile(d, { title, description: doc.description, language: l }, sections);
}

function contextBlocks(d: Docx, model: ReportModel): Blocks {
  const { document: doc, language: l } = model;
  if (!doc.context.problem && !model.facts.length && !model.targetGroups.length && !model.sources.length) return [];
  const out: Blocks = [heading(d, T.context[l], 1)];
  if (doc.context.problem) out.push(paragraph(d, doc.context.problem));
  if (model.facts.length) {
    out.push(heading(d, T.facts[l], 2));
    for (const fact of model.facts)
      out.push(
        paragraph(d, `${fact.statement}${fact.source ? ` (${fact.source})` : ''}${fact.link ? ` ${fact.link}` : ''}`, { bullet: true }),
      );
  }
  if (model.targetGroups.length) {
    out.push(heading(d, T.targetGroups[l], 2));
    for (const group of model.targetGroups)
      out.push(
        paragraph(d, `${group.name}${group.risk ? ` (${T.riskGroup[l]})` : ''}${group.description ? `: ${group.description}` : ''}`, {
          bullet: true,
        }),
      );
  }
  if (model.sources.length) {
    out.push(heading(d, T.sources[l], 2));
    for (const source of model.sources)
      out.push(
        paragraph(d, `${source.title}${source.description ? `: ${source.description}` : ''}${source.link ? ` ${source.link}` : ''}`, {
          bullet: true,
        }),
      );
  }
  return out;
}

function goalBlocks(d: Docx, model: ReportModel, section: ReportModel['goals'][number]): Blocks {
  const { document: doc, language: l } = model;
  const goal = section.goal;
  const out: Blocks = [heading(d, `${T.goal[l]}: ${goal.title}`, 2)];
  out.push(paragraph(d, DOCX_MARKUP.em(`${GOAL_LEVELS.labels[goal.level][l]}, ${GOAL_HORIZONS.labels[goal.horizon][l]}`)));
  if (goal.description) out.push(paragraph(d, goal.description));
  const goalEvidence = evidenceText(goal.evidence, DOCX_MARKUP);
  if (goalEvidence) out.push(paragraph(d, `${T.evidence[l]}: ${goalEvidence}.`));
  if (section.contributesTo.length) out.push(paragraph(d, `${T.subGoals[l]}: ${section.contributesTo.map((g) => g.title).join(', ')}.`));
  if (section.subGoals.length) out.push(paragraph(d, `${T.reachedThrough[l]}: ${section.subGoals.map((g) => g.title).join(', ')}.`));
  if (section.routes.length === 0 && section.subGoals.length === 0) out.push(paragraph(d, T.noRoutes[l]));
  if (section.routes.length) {
    out.push(paragraph(d, T.routesIntro[l]));
    const headed = section.byGroup.some((entry) => entry.group);
    for (const entry of section.byGroup) {
      if (headed) out.push(heading(d, entry.group ? entry.group.title : T.noGroup[l], 3));
      for (const route of entry.routes) out.push(paragraph(d, routeSentence(route, doc, l, DOCX_MARKUP), { bullet: true }));
    }
  }
  out.push(heading(d, T.evidenceHeading[l], 3), paragraph(d, goalEvidenceSentences(section.evidence, l, DOCX_MARKUP).join(' ')));
  if (section.indicators.length) {
    out.push(heading(d, T.measuredBy[l], 3));
    out.push(
      table(
        d,
        [C.indicator[l], C.baseline[l], C.target[l], C.source[l]],
        section.indicators.map((row) => [row.title, valueText(row.baseline, row, l), valueText(row.target, row, l), row.source]),
      ),
    );
  } else out.push(paragraph(d, T.notMeasured[l]));
  if (section.assumptions.length)
    out.push(paragraph(d, `${T.restsOn[l]}: ${section.assumptions.map((a) => `${a.title} (${RISKS.labels[a.risk][l]})`).join('; ')}.`));
  return out;
}

function tailBlocks(d: Docx, model: ReportModel): Blocks {
  const { document: doc, language: l } = model;
  const out: Blocks = [];
  if (model.partners.length) {
    const titleOf = new Map(doc.nodes.map((node) => [node.id, node.title]));
    out.push(
      heading(d, T.partners[l], 1),
      table(
        d,
        [T.partner[l], T.domain[l], T.offer[l], T.carries[l], T.contact[l]],
        model.partners.map((p) => [
          p.actor.name,
          ACTOR_DOMAINS.labels[p.actor.domain][l],
          p.actor.offer,
          p.interventions.map((id) => titleOf.get(id) ?? id).join('; '),
          p.actor.contact,
        ]),
      ),
    );
  }
  if (model.measurementPlan.length) {
    out.push(
      heading(d, T.measurementPlan[l], 1),
      table(
        d,
        [C.indicator[l], C.measures[l], C.type[l], C.baseline[l], C.target[l], C.source[l], C.frequency[l], C.owner[l]],
        model.measurementPlan.map((row) => [
          row.title,
          row.measures.map((m) => m.title).join('; '),
          INDICATOR_TYPES.labels[row.type][l],
          valueText(row.baseline, row, l),
          valueText(row.target, row, l),
          row.source,
          FREQUENCIES.labels[row.frequency][l],
          row.owner?.name ?? '',
        ]),
      ),
    );
  }
  if (model.progress.length) {
    out.push(
      heading(d, T.progress[l], 1),
      table(
        d,
        [C.indicator[l], C.baseline[l], C.latestValue[l], C.target[l], C.status[l]],
        model.progress.map(({ indicator, progress }) => [
          `${indicator.title} (${directionLabel(indicator.direction, l)})`,
          valueText(indicator.baseline, indicator, l),
          valueText(progress.latest, indicator, l),
          valueText(progress.target, indicator, l),
          `${PROGRESS_STYLE[progress.status].mark} ${PROGRESS_STATUSES.labels[progress.status][l]}`,
        ]),
      ),
    );
  }
  if (model.changes) {
    const { version, diff, before } = model.changes;
    out.push(heading(d, `${T.changesSince[l]} ${version.name}`, 1));
    if (!diff.changed) out.push(paragraph(d, T.noChanges[l]));
    const titles = new Map([...before.nodes, ...doc.nodes].map((node) => [node.id, node.title]));
    for (const part of planDiffSections(diff, l, (id) => titles.get(id) ?? id, { ids: false })) {
      out.push(heading(d, `${part.heading} (${part.lines.length})`, 2));
      for (const line of part.lines)
        out.push(paragraph(d, `${line.sign === '-' ? '−' : line.sign === '+' ? '+' : '~'} ${line.text}`, { bullet: true }));
    }
  }
  out.push(heading(d, T.coverage[l], 1), paragraph(d, T.coverageIntro[l]));
  const groupName = new Map(doc.targetGroups.map((group) => [group.id, group.name]));
  const columns = model.coverage.targetGroups.map((id) => (id === null ? T.noTargetGroup[l] : (groupName.get(id) ?? id)));
  if (columns.length) {
    out.push(
      table(
        d,
        [T.area[l], ...columns],
        model.coverage.rows.map((row, r) => [
          model.coverage.areas[r]!.label[l],
          ...row.map((c) =>
            c.status === 'gap'
              ? c.targetGroup === null
                ? ''
                : `– ${T.gap[l]}`
              : `${c.interventions.length}${c.status === 'overlap' ? ` ⚠ ${T.overlap[l]}` : c.status === 'complement' ? ` (${T.complement[l]})` : ''}`,
          ),
        ]),
      ),
    );
  }
  if (model.assumptions.length) {
    out.push(
      heading(d, T.assumptions[l], 1),
      table(
        d,
        [NODE_KINDS.labels.assumption[l], T.risk[l], T.underlies[l]],
        model.assumptions.map((a) => [a.node.title, RISKS.labels[a.node.risk][l], a.underlies.map((n) => n.title).join('; ')]),
      ),
    );
  }
  if (model.openQuestions.length) {
    out.push(heading(d, T.openQuestions[l], 1));
    for (const item of model.openQuestions) out.push(paragraph(d, item.text, { bullet: true }));
  }
  out.push(heading(d, T.quality[l], 1));
  if (model.findings.length === 0) out.push(paragraph(d, T.noFindings[l]));
  for (const finding of model.findings)
    out.push(
      paragraph(d, `${DOCX_MARKUP.strong(`${SEVERITY_LABELS[finding.severity][l]}:`)} ${formatFinding(finding, l)}`, { bullet: true }),
    );
  return out;
}
