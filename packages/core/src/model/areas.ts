import { inEveryLanguage, type Language, type Localized } from '../i18n/localized.js';
import type { AreaDefinition } from './schema.js';
import { AREAS } from './values.js';

/** What of a plan the areas are read from: its own list of areas, if any (a plan, or anything that carries its areas). */
export interface PlanAreas {
  readonly areas?: readonly AreaDefinition[] | undefined;
}

/**
 * An area as people see it: its id and its label in both languages.
 *
 * @example
 * for (const { id, label } of documentAreas(document)) console.log(id, label.nl);
 */
export interface AreaEntry {
  readonly id: string;
  readonly label: Localized;
}

const DEFAULT_AREAS: readonly AreaEntry[] = AREAS.values.map((id) => ({ id, label: AREAS.labels[id] }));

/**
 * The areas of a document, in order: its own list when it declares one
 * (`areas`), else the five areas of the national building blocks. A
 * document's own labels are in its language and serve both languages.
 *
 * @example
 * documentAreas(document).map((area) => area.label.nl); // ['preventie', 'signalering', …]
 */
export function documentAreas(document: PlanAreas): readonly AreaEntry[] {
  if (!document.areas) return DEFAULT_AREAS;
  return document.areas.map((area) => ({ id: area.id, label: inEveryLanguage(() => area.label) }));
}

/**
 * The label of an area id in a document, or the id itself when the document does not know it.
 *
 * @example
 * areaLabel(document, 'prevention', 'nl'); // 'preventie'
 */
export function areaLabel(document: PlanAreas, id: string, language: Language): string {
  return documentAreas(document).find((area) => area.id === id)?.label[language] ?? id;
}
