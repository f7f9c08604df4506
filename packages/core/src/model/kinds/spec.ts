import type { z } from 'zod';
import { inEveryLanguage, type Language, type Localized } from '../../i18n/localized.js';
import type { PlanAreas } from '../areas.js';
import type { KindStyle } from '../style.js';
import type { EdgeKind, WorkshopStep } from '../values.js';

/**
 * A kind's place in the picture: `chain` kinds form the causal chain from
 * intervention to goal, each in its own layer; `satellite` kinds (indicators,
 * assumptions) sit beside the card they measure or underlie.
 */
export type KindRole = 'chain' | 'satellite';

/** Which vocabulary a choice field offers. */
export type Vocabulary = { readonly values: readonly string[]; readonly labels: Readonly<Record<string, Localized>> };

/**
 * How a field is edited. The editor has one control per editor kind; the
 * kind specs say which field gets which, so no kind-specific form is written
 * by hand.
 *
 * @example
 * const editor: FieldEditor = { type: 'text' };
 */
export type FieldEditor =
  | { readonly type: 'text'; readonly multiline?: boolean }
  | { readonly type: 'list' }
  | { readonly type: 'choice'; readonly options: Vocabulary }
  | { readonly type: 'toggle' }
  | { readonly type: 'link' }
  | { readonly type: 'area' }
  | { readonly type: 'group' }
  | { readonly type: 'partner' }
  | { readonly type: 'partners' }
  | { readonly type: 'target-groups' }
  | { readonly type: 'measurement' }
  | { readonly type: 'measurements' }
  /** A series of measurements over time with source and note, shown with the indicator's progress. */
  | { readonly type: 'series' }
  | { readonly type: 'evidence' }
  /** Recognition in a databank: which, the level, a link. */
  | { readonly type: 'recognition' }
  /** Cards of the parent plan (a region's) this card contributes to, picked by typing their titles. */
  | { readonly type: 'parent-cards' };

/** A card of some kind, as a kind's module describes it: an id and its kind. */
export type Card = { readonly id: string; readonly kind: string };

/** One editable field of a card: the key in the format and how it is edited. */
export interface CardField<N extends Card> {
  readonly key: Exclude<keyof N, 'id' | 'kind'> & string;
  readonly editor: FieldEditor;
  /** The field's name in the inspector, for a field only this kind has; the shared fields are named by the interface. */
  readonly label?: Localized;
}

/** Where a card of this kind may point: the target kind and the connection it makes (the first is the next step of the chain). */
export interface KindConnection {
  readonly target: string;
  readonly edge: EdgeKind;
}

/** What a kind does in the workshop (bliksemtraject). */
export interface KindWorkshop {
  /** The step in which the room captures cards of this kind (quick capture, the participants' phones); none: never captured. */
  readonly capturedIn?: WorkshopStep;
  /** The steps in which the canvas highlights this kind's layer. */
  readonly shownIn: readonly WorkshopStep[];
  /** Whether cards of this kind get dots and count in the tally (prioritising: interventions, goals). */
  readonly votable: boolean;
  /** Whether its cards are on the room's ballot, the ones participants vote on from their phones (interventions). */
  readonly ballot: boolean;
}

/**
 * Everything the packages need to know about one kind of card, in the kind's own module: its schema, its words,
 * its picture, its place in the layers, its fields, where it may point and what it does in the workshop.
 */
export interface KindDefinition<N extends Card> {
  readonly kind: N['kind'];
  /** The zod schema of a card of this kind. */
  readonly schema: z.ZodType<N>;
  readonly label: Localized;
  readonly plural: Localized;
  /** The kind as a word inside a sentence: "doel", "werkzaam mechanisme" (its label in lower case). */
  readonly noun: Localized;
  /** The kind with its article, as a sentence names one card: "een doel", "an outcome". */
  readonly withArticle: Localized;
  readonly style: KindStyle;
  /** A small line icon as an SVG path on a 24 × 24 grid (stroked, round joins), so kinds differ by shape as well as colour. */
  readonly icon: string;
  readonly role: KindRole;
  /** Layer from the bottom for chain kinds (intervention 0 … goal 3); satellites rank after the chain. */
  readonly rank: number;
  /**
   * The band a chain card is layered in, bottom up: each band above the one before, so a goal never sits below an
   * outcome. A kind may split its cards over bands (outcomes by horizon, goals by level; beyond the line of
   * accountability higher still). `undefined` for satellites, which sit beside the card they belong to.
   */
  readonly band: (node: N) => number | undefined;
  /** Default card size in diagram units. */
  readonly size: { readonly width: number; readonly height: number };
  /** The key that adds a card of this kind in the editor. */
  readonly shortcut: string;
  /**
   * Every field of the kind that people edit, in the order the inspector
   * shows them (title, description and tags first, as every kind has them).
   * A test checks that together they cover the kind's schema.
   */
  readonly fields: readonly CardField<N>[];
  /** The short line a card shows under its kind label: level, horizon, area, type or risk. */
  readonly subtitle: (node: N, document: PlanAreas, language: Language) => string;
  /** Where a card of this kind may point, in order; the first is the next step of the chain. */
  readonly connects: readonly KindConnection[];
  readonly workshop: KindWorkshop;
}

/** What a kind's module exports: its definition, with its zod schema's own type (so the plan's schema is the union of them). */
export type KindModule<S extends z.ZodType<Card>> = Omit<KindDefinition<z.output<S>>, 'schema'> & { readonly schema: S };

/**
 * A kind's module: its schema and everything else about it, with the words derived from its label (noun, article).
 *
 * @example
 * export const goal = defineKind(GoalNodeSchema, 'goal', { ...TEXTS.kinds.goal, style, icon, rank: 3, … });
 */
export function defineKind<const S extends z.ZodType<Card>>(
  schema: S,
  kind: z.output<S>['kind'],
  spec: Omit<KindDefinition<z.output<S>>, 'kind' | 'schema' | 'noun'>,
): KindModule<S> {
  const noun = inEveryLanguage((language) => spec.label[language].toLowerCase());
  return { ...spec, kind, schema, noun };
}

const text = { type: 'text' } as const;
/** A field edited as one line of text. */
export const TEXT = text;
/** A field edited by choosing one value of a vocabulary. */
export const choice = (options: Vocabulary) => ({ type: 'choice', options }) as const;
/** The fields every kind has, first in the inspector. */
export const COMMON_FIELDS = [
  { key: 'title', editor: text },
  { key: 'description', editor: { type: 'text', multiline: true } },
  { key: 'tags', editor: { type: 'list' } },
  { key: 'contributesTo', editor: { type: 'parent-cards' } },
] as const;

/** Card sizes in diagram units: wide for the ends of the chain, narrower for satellites. */
export const WIDE = { width: 240, height: 90 } as const;
export const CARD = { width: 220, height: 80 } as const;
export const SATELLITE = { width: 200, height: 70 } as const;
