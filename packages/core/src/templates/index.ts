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
    title: { nl: 'Leeg', en: 'Blank' },
    description: {
      nl: 'Begin met een leeg vel, voor elk onderwerp in het sociaal domein.',
      en: 'Start from an empty canvas, for any subject in the social domain.',
    },
    create: () => blank('algemeen'),
  },
  {
    id: 'blank-seksueel-geweld',
    topic: 'seksueel-geweld',
    title: { nl: 'Leeg', en: 'Blank' },
    description: {
      nl: 'Begin met een leeg vel, met de vijf gebieden van de landelijke bouwstenen.',
      en: 'Start from an empty canvas, with the five areas of the national building blocks.',
    },
    create: () => blank('seksueel-geweld'),
  },
  {
    id: 'rutgers-achtpuntenplan',
    topic: 'seksueel-geweld',
    title: { nl: 'Achtpuntenplan preventie (Rutgers)', en: 'Eight-point prevention plan (Rutgers)' },
    description: {
      nl: 'Startopzet voor een lokale preventieve aanpak volgens de acht punten van Rutgers.',
      en: 'Starting skeleton for a local prevention approach along the eight points of Rutgers.',
    },
    create: createRutgersPlan,
  },
  {
    id: 'landelijke-bouwstenen',
    topic: 'seksueel-geweld',
    title: { nl: 'Landelijke bouwstenen regionale aanpak', en: 'National building blocks for a regional approach' },
    description: {
      nl: 'Vier bouwstenen en vijf gebieden: preventie, signalering, zorg en ondersteuning, omgeving, handhaving en nazorg.',
      en: 'Four building blocks and five areas: prevention, signalling, care and support, environment, enforcement and aftercare.',
    },
    create: createBouwstenen,
  },
  {
    id: 'voorbeeldregio',
    topic: 'seksueel-geweld',
    title: { nl: 'Uitgewerkt voorbeeld: voorbeeldregio', en: 'Worked example: example region' },
    description: {
      nl: 'Een complete regionale veranderlogica met partners, ketens, indicatoren en stemresultaten.',
      en: 'A complete regional theory of change with partners, chains, indicators and vote results.',
    },
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
