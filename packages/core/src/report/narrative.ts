import type { Language } from '../i18n/localized.js';
import { areaLabel } from '../model/areas.js';
import type { Document, Evidence } from '../model/schema.js';
import { ADOPTING_BODIES, CONFIDENCES, DATABANKS, INTERVENTION_STATUSES, PLAN_STATUSES, RECOGNITION_LEVELS } from '../model/vocabulary.js';
import { formatDate, formatMessage } from '../i18n/format.js';
import type { GoalEvidence, Route } from './model.js';
import { joinList, REPORT_TEXT as T } from './text.js';

/** How a renderer writes text: escaping, emphasis and links in its own markup. */
export interface Markup {
  readonly text: (text: string) => string;
  readonly strong: (text: string) => string;
  readonly em: (text: string) => string;
  /** A link around already written text. */
  readonly link: (text: string, href: string) => string;
}

/** Where a claim comes from: the source, linked when it has a link. */
export function evidenceText(evidence: Evidence | undefined, m: Markup): string {
  if (!evidence || (!evidence.source && !evidence.link)) return '';
  const source = m.text(evidence.source || evidence.link || '');
  return evidence.link ? m.link(source, evidence.link) : source;
}

/**
 * One route of the narrative as a sentence: the intervention (area, status,
 * partners), the working mechanisms it goes through with their "why", what
 * it contributes to, its evidence and the rationales of its connections.
 * Markdown and HTML write the same sentence in their own markup.
 *
 * @example
 * routeSentence(route, document, 'nl', markdownMarkup);
 */
export function routeSentence(route: Route, document: Document, l: Language, m: Markup): string {
  const partners = route.partners.length ? `${T.by[l]} ${joinList(route.partners.map(m.text), l)}` : T.noPartner[l];
  const status = INTERVENTION_STATUSES.labels[route.intervention.status][l];
  const head = `${m.strong(m.text(route.intervention.title))} (${m.text(areaLabel(document, route.intervention.area, l))}; ${status}; ${partners})`;
  const mechanisms = route.mechanisms.map((mechanism) =>
    mechanism.description
      ? `${m.em(m.text(mechanism.title))} (${T.why[l]}: ${m.text(mechanism.description.trim().replace(/[.\s]+$/, ''))})`
      : m.em(m.text(mechanism.title)),
  );
  const via = mechanisms.length ? `${T.via[l]} ${joinList(mechanisms, l)}` : T.directly[l];
  const outcomes = route.outcomes.length
    ? joinList(
        route.outcomes.map((o) => m.text(o.title)),
        l,
      )
    : T.thisGoal[l];
  const parts = [formatMessage(T.contributes[l], { head, via, outcomes }, l)];
  const recognition = route.intervention.recognition;
  if (recognition) {
    const where = `${RECOGNITION_LEVELS.labels[recognition.level][l]}, ${DATABANKS.labels[recognition.databank][l]}`;
    parts.push(`${T.recognition[l]}: ${recognition.link ? m.link(m.text(where), recognition.link) : m.text(where)}.`);
  }
  const evidence = evidenceText(route.intervention.evidence, m);
  if (evidence) parts.push(`${T.evidence[l]}: ${evidence}.`);
  if (route.rationales.length) parts.push(`${T.rationale[l]}: ${route.rationales.map(m.text).join('; ')}.`);
  const linkEvidence = route.linkEvidence.map((entry) => evidenceText(entry, m)).filter(Boolean);
  if (linkEvidence.length) parts.push(`${T.evidence[l]} (${T.rationale[l].toLowerCase()}): ${linkEvidence.join('; ')}.`);
  if (route.confidence) parts.push(`${T.confidence[l]}: ${CONFIDENCES.labels[route.confidence][l]}.`);
  return parts.join(' ');
}

/**
 * A goal's evidence in a few sentences: its interventions recognised or backed (the recognised ones named), the
 * links that say why they hold, and how sure the plan is of them.
 *
 * @example
 * goalEvidenceSentences(section.evidence, 'nl', markdownMarkup);
 */
export function goalEvidenceSentences(evidence: GoalEvidence, l: Language, m: Markup): string[] {
  if (evidence.interventions === 0) return [T.evidenceNone[l]];
  const sentences = [
    formatMessage(
      T.evidenceInterventions[l],
      { recognised: evidence.recognised.length, backed: evidence.backed.length, count: evidence.interventions },
      l,
    ),
  ];
  if (evidence.recognised.length) {
    const list = evidence.recognised.map(
      (node) => `${m.text(node.title)} (${node.recognition ? RECOGNITION_LEVELS.labels[node.recognition.level][l] : ''})`,
    );
    sentences.push(formatMessage(T.evidenceRecognisedList[l], { list: joinList(list, l) }, l));
  }
  sentences.push(formatMessage(T.evidenceLinks[l], { withRationale: evidence.withRationale, count: evidence.links }, l));
  sentences.push(formatMessage(T.evidenceConfidence[l], evidence.confidence, l));
  return sentences;
}

/**
 * Where the plan stands, for a title page: "concept", "in review", or "vastgesteld op 25 juni 2026 door de
 * gemeenteraad" (with the decision's reference when there is one).
 *
 * @example
 * planStatusText(document, 'nl'); // 'vastgesteld op 25 juni 2026 door de gemeenteraad'
 */
export function planStatusText(document: Document, l: Language): string {
  const adoption = document.adoption;
  if (document.status !== 'adopted' || !adoption) return PLAN_STATUSES.labels[document.status][l];
  const text = formatMessage(T.adoptedOn[l], { date: formatDate(adoption.date, l), body: ADOPTING_BODIES.labels[adoption.body][l] }, l);
  return adoption.reference ? `${text} (${adoption.reference})` : text;
}
