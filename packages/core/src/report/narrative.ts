import type { Language } from '../i18n/localized.js';
import { areaLabel } from '../model/areas.js';
import type { Document, Evidence } from '../model/schema.js';
import { INTERVENTION_STATUSES } from '../model/vocabulary.js';
import type { Route } from './model.js';
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
  const parts = [l === 'nl' ? `${head} draagt ${via} bij aan: ${outcomes}.` : `${head} contributes ${via} to: ${outcomes}.`];
  const evidence = evidenceText(route.intervention.evidence, m);
  if (evidence) parts.push(`${T.evidence[l]}: ${evidence}.`);
  if (route.rationales.length) parts.push(`${T.rationale[l]}: ${route.rationales.map(m.text).join('; ')}.`);
  return parts.join(' ');
}
