import type { Localized } from '../i18n/localized.js';
import { TEXTS } from './locales/index.js';

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
  title: TEXTS.fields.fieldNamesTitle,
  description: TEXTS.fields.fieldNamesDescription,
  tags: TEXTS.fields.fieldNamesTags,
  level: TEXTS.fields.fieldNamesLevel,
  horizon: TEXTS.fields.fieldNamesHorizon,
  sphere: TEXTS.fields.fieldNamesSphere,
  area: TEXTS.fields.fieldNamesArea,
  status: TEXTS.fields.fieldNamesStatus,
  priority: TEXTS.fields.fieldNamesPriority,
  actors: TEXTS.fields.fieldNamesActors,
  targetGroups: TEXTS.fields.fieldNamesTargetGroups,
  evidence: TEXTS.fields.fieldNamesEvidence,
  recognition: TEXTS.fields.fieldNamesRecognition,
  contributesTo: TEXTS.fields.fieldNamesContributesTo,
  code: TEXTS.fields.fieldNamesCode,
  rollup: TEXTS.fields.fieldNamesRollup,
  group: TEXTS.fields.fieldNamesGroup,
  type: TEXTS.fields.fieldNamesType,
  valueType: TEXTS.fields.fieldNamesValueType,
  direction: TEXTS.fields.fieldNamesDirection,
  unit: TEXTS.fields.fieldNamesUnit,
  baseline: TEXTS.fields.fieldNamesBaseline,
  targets: TEXTS.fields.fieldNamesTargets,
  measurements: TEXTS.fields.fieldNamesMeasurements,
  source: TEXTS.fields.fieldNamesSource,
  sourceLink: TEXTS.fields.fieldNamesSourceLink,
  frequency: TEXTS.fields.fieldNamesFrequency,
  disaggregation: TEXTS.fields.fieldNamesDisaggregation,
  references: TEXTS.fields.fieldNamesReferences,
  owner: TEXTS.fields.fieldNamesOwner,
  risk: TEXTS.fields.fieldNamesRisk,
};
