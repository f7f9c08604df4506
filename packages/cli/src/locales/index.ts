import { localizedTable } from '@veranderlogica/core';
import { en } from './en.js';
import { nl } from './nl.js';

/** The command line's texts in every language, from one catalogue per language in this folder. */
export const TEXTS = localizedTable<typeof nl>({ nl, en });
