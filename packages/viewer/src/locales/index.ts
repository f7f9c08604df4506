import { localizedTable } from '@veranderlogica/core';
import { en } from './en.js';
import { nl } from './nl.js';

/** The viewer's texts in every language, from one catalogue per language in this folder. */
export const TEXTS = localizedTable<typeof nl>({ nl, en });
