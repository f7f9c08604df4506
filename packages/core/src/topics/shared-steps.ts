import type { Localized } from '../i18n/localized.js';
import type { WorkshopStep } from '../model/vocabulary.js';
import { TEXTS } from './locales/index.js';
import type { TopicStep } from './topic.js';

/** A step's words from the catalogue, its numbered questions as a list in their order. */
const step = (words: { readonly guidance: Localized; readonly questions: Readonly<Record<string, Localized>> }): TopicStep => ({
  guidance: words.guidance,
  questions: Object.values(words.questions),
});

/** The steps' words that hold for any subject; a pack takes them and words the rest its own way. */
export const NEUTRAL_STEPS = Object.fromEntries(
  Object.entries(TEXTS.steps).map(([name, words]) => [name, step(words)]),
) as unknown as Readonly<Record<WorkshopStep, TopicStep>>;
