/** What the inspector's field groups share: applying a change and keeping the core's reason when it refuses, and the options of a choice. */
import { useState } from 'react';
import { documentAreas, type Document, type FieldEditor, type Localized } from '@veranderlogica/core';
import { vocabularyOptions, type FieldError } from '../fields.js';

/** Applies a change and returns the core's reason when it refuses it. */
export type ApplyChange = (changes: Record<string, unknown>, field: string) => Localized | undefined;

export const options = vocabularyOptions;

/** Applies a change to one field of the inspector, remembering the core's reason if it refuses. */
export type ChangeField = (field: string, changes: Record<string, unknown>) => void;

/** Holds the last error per field, so the user sees why a value was refused. */
export function useFieldErrors(apply: ApplyChange) {
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const change: ChangeField = (field, changes) => {
    const error = apply(changes, field);
    setErrors((previous) => ({ ...previous, [field]: error }));
  };
  return { errors, change };
}

/** Things with ids as options, named by their name or "(zonder titel)". */
export function named<T extends { readonly id: string }>(
  items: readonly T[],
  name: (item: T) => string,
  t: (key: 'node.untitled') => string,
) {
  return items.map((item) => ({ value: item.id, label: name(item) || t('node.untitled') }));
}

/** The options of a field edited by choosing one value, and whether it may stay empty. */
export function selectOptions(
  editor: Extract<FieldEditor, { type: 'choice' | 'area' | 'group' | 'partner' }>,
  document: Document,
  l: (text: Localized) => string,
  t: (key: 'node.untitled') => string,
): { options: { value: string; label: string }[]; allowNone: boolean } {
  switch (editor.type) {
    case 'choice':
      return { options: vocabularyOptions(editor.options, l), allowNone: false };
    case 'area':
      return { options: documentAreas(document).map((area) => ({ value: area.id, label: l(area.label) })), allowNone: false };
    case 'group':
      return { options: named(document.groups, (group) => group.title, t), allowNone: true };
    case 'partner':
      return { options: named(document.actors, (actor) => actor.name, t), allowNone: true };
  }
}
