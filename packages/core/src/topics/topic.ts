import type { Localized } from '../i18n/localized.js';
import type { NodeKind, WorkshopStep } from '../model/vocabulary.js';

/**
 * What a subject pack says in one step of the bliksemtraject.
 *
 * @example
 * const step: TopicStep = topicOf(document).steps.interventions;
 * console.log(step.guidance.nl);
 */
export interface TopicStep {
  /**
   * One or two sentences for the facilitator and the room. `{areas}` is replaced by the plan's own areas
   * ("preventie, signalering, …"), so a plan that names its own areas hears those.
   */
  readonly guidance: Localized;
  /** Questions to put to the room. */
  readonly questions: readonly Localized[];
}

/**
 * A subject pack: the words a bliksemtraject uses for one subject (the step questions, examples, how a risk group
 * is described, the areas a new plan starts with). A plan names its pack in `topic`; templates name theirs too, so
 * **Nieuw** offers them by subject. One data module per pack, in Dutch and English; a new subject is a new module
 * listed in `topics/index.ts`.
 *
 * @example
 * const pack: TopicPack = topicOf(document);
 * console.log(pack.title.nl); // 'Aanpak seksueel geweld', 'Eenzaamheid', …
 */
export interface TopicPack {
  readonly id: string;
  /** The subject as the **Nieuw** dialog and the document panel show it. */
  readonly title: Localized;
  readonly description: Localized;
  /** Guidance and questions for every step. */
  readonly steps: Readonly<Record<WorkshopStep, TopicStep>>;
  /** An example title per kind of card, shown where cards are typed ("bijv. …"). */
  readonly examples: Readonly<Partial<Record<NodeKind, Localized>>>;
  /** The tick on a target group that marks it a risk group, in this subject's words. */
  readonly riskGroup: Localized;
  /**
   * The areas a new plan of this subject starts with (written into the plan, so the plan can change them).
   * Without it, a plan uses the five areas of the national building blocks.
   */
  readonly areas?: readonly { readonly id: string; readonly label: Localized }[];
}
