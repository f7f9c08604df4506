import type { Localized } from '../i18n/localized.js';

/**
 * What each field of a card is called inside a sentence people read (a
 * difference between versions, a message): a short noun in Dutch and English,
 * one entry per field key of the format. The inspector's own labels (with
 * hints such as "komma-gescheiden") live with the inspector; a test checks
 * that every field a kind's spec lists has a name here.
 *
 * @example
 * FIELD_NAMES.baseline.nl; // 'nulmeting'
 */
export const FIELD_NAMES: Readonly<Record<string, Localized>> = {
  title: { nl: 'titel', en: 'title' },
  description: { nl: 'toelichting', en: 'description' },
  tags: { nl: 'labels', en: 'tags' },
  level: { nl: 'niveau', en: 'level' },
  horizon: { nl: 'termijn', en: 'horizon' },
  sphere: { nl: 'invloedssfeer', en: 'sphere' },
  area: { nl: 'gebied', en: 'area' },
  status: { nl: 'status', en: 'status' },
  priority: { nl: 'prioriteit', en: 'priority' },
  actors: { nl: 'partners', en: 'partners' },
  targetGroups: { nl: 'doelgroepen', en: 'target groups' },
  evidence: { nl: 'onderbouwing', en: 'evidence' },
  group: { nl: 'groep', en: 'group' },
  type: { nl: 'soort', en: 'type' },
  valueType: { nl: 'soort waarde', en: 'value type' },
  direction: { nl: 'richting', en: 'direction' },
  unit: { nl: 'eenheid', en: 'unit' },
  baseline: { nl: 'nulmeting', en: 'baseline' },
  targets: { nl: 'streefwaarden', en: 'targets' },
  measurements: { nl: 'metingen', en: 'measurements' },
  source: { nl: 'bron', en: 'source' },
  sourceLink: { nl: 'link naar de bron', en: 'source link' },
  frequency: { nl: 'frequentie', en: 'frequency' },
  disaggregation: { nl: 'uitsplitsing', en: 'disaggregation' },
  references: { nl: 'referentiecodes', en: 'reference codes' },
  owner: { nl: 'eigenaar', en: 'owner' },
  risk: { nl: 'risico', en: 'risk' },
};
