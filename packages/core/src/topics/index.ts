import type { Document } from '../model/schema.js';
import { documentAreas } from '../model/areas.js';
import { inEveryLanguage, type Localized } from '../i18n/localized.js';
import type { WorkshopStep } from '../model/vocabulary.js';
import { ALGEMEEN } from './algemeen.js';
import { SEKSUEEL_GEWELD } from './seksueel-geweld.js';
import type { TopicPack, TopicStep } from './topic.js';

export type { TopicPack, TopicStep } from './topic.js';

/** The packs, the neutral one first: it is what **Nieuw** offers first and what a plan without a subject hears. */
const TOPICS: readonly TopicPack[] = [ALGEMEEN, SEKSUEEL_GEWELD];

/**
 * The subject packs shipped with the library.
 *
 * @example
 * listTopics().map((topic) => topic.id); // ['algemeen', 'seksueel-geweld']
 */
export function listTopics(): readonly TopicPack[] {
  return TOPICS;
}

/**
 * A pack by id, or undefined.
 *
 * @example
 * getTopic('seksueel-geweld')?.riskGroup.nl;
 */
export function getTopic(id: string): TopicPack | undefined {
  return TOPICS.find((topic) => topic.id === id);
}

/**
 * The pack whose words a plan uses: the one it names in `topic`, else (no subject, or one this version does not
 * know) the neutral pack, so a plan never hears words about another subject.
 *
 * @example
 * topicOf(document).steps.problem.questions[0].nl;
 */
export function topicOf(document: Pick<Document, 'topic'>): TopicPack {
  return (document.topic === undefined ? undefined : getTopic(document.topic)) ?? ALGEMEEN;
}

/**
 * A step's guidance and questions for a plan: its pack's words, with `{areas}` filled in from the plan's own areas.
 *
 * @example
 * topicStep(document, 'interventions').guidance.nl; // '… per gebied (preventie, signalering, …) …'
 */
export function topicStep(document: Pick<Document, 'topic' | 'areas'>, step: WorkshopStep): TopicStep {
  const words = topicOf(document).steps[step];
  const areas = documentAreas(document);
  const fill = (text: Localized): Localized =>
    inEveryLanguage((language) => text[language].replaceAll('{areas}', areas.map((area) => area.label[language]).join(', ')));
  return { guidance: fill(words.guidance), questions: words.questions.map(fill) };
}
