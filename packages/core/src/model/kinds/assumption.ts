import { formatMessage } from '../../i18n/format.js';
import { TEXTS } from '../locales/index.js';
import { z } from 'zod';
import { nodeSchema } from '../primitives.js';
import { RISKS } from '../values.js';
import { choice, COMMON_FIELDS, defineKind, SATELLITE } from './spec.js';

/** An assumption (aanname): what must hold for the chain to work, with its risk. */
export const AssumptionNodeSchema = nodeSchema('assumption', {
  risk: z.enum(RISKS.values).default('medium'),
});

/**
 * The assumption: a satellite beside the card it underlies; named in the workshop's mechanisms step.
 *
 * @example
 * assumption.workshop.capturedIn; // 'mechanisms'
 */
export const assumption = defineKind(AssumptionNodeSchema, 'assumption', {
  ...TEXTS.kinds.assumption,
  style: { fill: '#e5e7eb', stroke: '#4b5563', text: '#111827', label: '#374151', dashed: true },
  // a pillar
  icon: 'M6 20h12M8 20V8m8 12V8M5 8h14l-7-4z',
  role: 'satellite',
  rank: 5,
  band: () => undefined,
  size: SATELLITE,
  shortcut: '6',
  fields: [...COMMON_FIELDS, { key: 'risk', editor: choice(RISKS) }],
  subtitle: (node, _document, language) =>
    formatMessage(TEXTS.assumptionSubtitle[language], { risk: RISKS.labels[node.risk][language] }, language),
  connects: [
    { target: 'goal', edge: 'underlies' },
    { target: 'outcome', edge: 'underlies' },
    { target: 'intervention', edge: 'underlies' },
    { target: 'mechanism', edge: 'underlies' },
    { target: 'indicator', edge: 'underlies' },
    { target: 'assumption', edge: 'underlies' },
  ],
  workshop: { capturedIn: 'mechanisms', shownIn: [], votable: false, ballot: false },
});
