import { bilingual } from '../i18n/localized.js';
import { z } from 'zod';
import { COMMON_FIELDS, choice, defineKind } from '../model/kinds/spec.js';
import { nodeSchema } from '../model/primitives.js';
import { vocabulary } from '../model/values.js';

/**
 * A kind of card that only tests know: a signal (signaal) from practice, between the interventions and the working
 * mechanisms, with an urgency. Tests add it to the kinds' list (`vi.mock` of `model/kinds/list.ts`) and see every
 * part of the tool handle a kind it was never written for: the schema, the layout, the exports, the inspector,
 * the workshop and voting.
 *
 * @example
 * vi.mock('../model/kinds/list.js', async (original) => ({
 *   KIND_MODULES: [...(await original<typeof import('../model/kinds/list.js')>()).KIND_MODULES, (await import('@veranderlogica/core/testing/kinds')).signal],
 * }));
 */
export const URGENCIES = vocabulary({ low: bilingual('niet dringend', 'not urgent'), high: bilingual('dringend', 'urgent') });

export const SignalNodeSchema = nodeSchema('signal', { urgency: z.enum(URGENCIES.values).default('low') });

export const signal = defineKind(SignalNodeSchema, 'signal', {
  label: bilingual('Signaal', 'Signal'),
  plural: bilingual('Signalen', 'Signals'),
  withArticle: bilingual('een signaal', 'a signal'),
  style: { fill: '#fecaca', stroke: '#b91c1c', text: '#111827', label: '#7f1d1d', dashed: false },
  icon: 'M12 3l9 16H3z',
  role: 'chain',
  rank: 0.5,
  band: () => 0.5,
  size: { width: 220, height: 80 },
  shortcut: '7',
  fields: [...COMMON_FIELDS, { key: 'urgency', editor: choice(URGENCIES), label: bilingual('Urgentie', 'Urgency') }],
  subtitle: (node, _document, language) => URGENCIES.labels[node.urgency][language],
  connects: [{ target: 'mechanism', edge: 'leads-to' }],
  workshop: { capturedIn: 'interventions', shownIn: ['interventions'], votable: true, ballot: false },
});
