import { TEXTS } from '../topics/locales/index.js';
import type { Localized } from '../i18n/localized.js';
import { createDocument } from '../model/factory.js';
import type { Document } from '../model/schema.js';
import { getTopic } from '../topics/index.js';
import { createBouwstenen } from './bouwstenen.js';
import { createRutgersPlan } from './rutgers.js';
import { createVoorbeeldregio } from './voorbeeldregio.js';

/**
 * A starting point for a new veranderlogica.
 *
 * @example
 * const template: Template | undefined = getTemplate('voorbeeldregio');
 */
export interface Template {
  readonly id: string;
  readonly title: Localized;
  readonly description: Localized;
  /** The subject pack it belongs to (`listTopics`): **Nieuw** shows templates by subject. */
  readonly topic: string;
  /** A fresh document each call, with a new document id. */
  readonly create: () => Document;
}

/** An empty plan of a subject: its pack's name and, where the pack has them, its areas (the plan's own from then on). */
function blank(topic: string): Document {
  const pack = getTopic(topic)!;
  return {
    ...createDocument({
      title: 'Nieuwe veranderlogica',
      language: 'nl',
      topic,
      ...(pack.areas && { areas: pack.areas.map((area) => ({ id: area.id, label: area.label.nl })) }),
    }),
    workshop: { step: 'problem', dotsPerParticipant: 3, votes: {}, participants: [], parkingLot: [], ideas: [] },
  };
}

const TEMPLATES: readonly Template[] = [
  {
    id: 'blank',
    topic: 'algemeen',
    ...TEXTS.templates.blank,
    create: () => blank('algemeen'),
  },
  {
    id: 'blank-seksueel-geweld',
    topic: 'seksueel-geweld',
    ...TEXTS.templates.blankSeksueelGeweld,
    create: () => blank('seksueel-geweld'),
  },
  {
    id: 'rutgers-achtpuntenplan',
    topic: 'seksueel-geweld',
    ...TEXTS.templates.rutgersAchtpuntenplan,
    create: createRutgersPlan,
  },
  {
    id: 'landelijke-bouwstenen',
    topic: 'seksueel-geweld',
    ...TEXTS.templates.landelijkeBouwstenen,
    create: createBouwstenen,
  },
  {
    id: 'voorbeeldregio',
    topic: 'seksueel-geweld',
    ...TEXTS.templates.voorbeeldregio,
    create: createVoorbeeldregio,
  },
];

/**
 * The templates shipped with the library.
 *
 * @example
 * const document = listTemplates().find((t) => t.id === 'voorbeeldregio')!.create();
 */
export function listTemplates(): readonly Template[] {
  return TEMPLATES;
}

/**
 * A template by id, or undefined.
 *
 * @example
 * const document = getTemplate('voorbeeldregio')?.create();
 */
export function getTemplate(id: string): Template | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
