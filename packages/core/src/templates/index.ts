import type { Localized } from '../i18n/localized.js';
import { createDocument } from '../model/factory.js';
import type { Document } from '../model/schema.js';
import { createBouwstenen } from './bouwstenen.js';
import { createRutgersPlan } from './rutgers.js';
import { createVoorbeeldregio } from './voorbeeldregio.js';

/** A starting point for a new veranderlogica. */
export interface Template {
  readonly id: string;
  readonly title: Localized;
  readonly description: Localized;
  /** A fresh document each call, with a new document id. */
  readonly create: () => Document;
}

const TEMPLATES: readonly Template[] = [
  {
    id: 'blank',
    title: { nl: 'Leeg', en: 'Blank' },
    description: { nl: 'Begin met een leeg vel.', en: 'Start from an empty canvas.' },
    create: () => ({
      ...createDocument({ title: 'Nieuwe veranderlogica', language: 'nl' }),
      workshop: { step: 'problem', dotsPerParticipant: 3, votes: {}, participants: [], parkingLot: [] },
    }),
  },
  {
    id: 'rutgers-achtpuntenplan',
    title: { nl: 'Achtpuntenplan preventie (Rutgers)', en: 'Eight-point prevention plan (Rutgers)' },
    description: {
      nl: 'Startopzet voor een lokale preventieve aanpak volgens de acht punten van Rutgers.',
      en: 'Starting skeleton for a local prevention approach along the eight points of Rutgers.',
    },
    create: createRutgersPlan,
  },
  {
    id: 'landelijke-bouwstenen',
    title: { nl: 'Landelijke bouwstenen regionale aanpak', en: 'National building blocks for a regional approach' },
    description: {
      nl: 'Vier bouwstenen en vijf gebieden: preventie, signalering, zorg en ondersteuning, omgeving, handhaving en nazorg.',
      en: 'Four building blocks and five areas: prevention, signalling, care and support, environment, enforcement and aftercare.',
    },
    create: createBouwstenen,
  },
  {
    id: 'voorbeeldregio',
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
