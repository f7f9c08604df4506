import { yearLaterPlan } from '@veranderlogica/core/testing';
import type { Document } from '@veranderlogica/core';
import { example } from './stories-support.js';

/** The worked example a year on (a version kept, three measurements per indicator, a card retitled), for stories. */
export function measuredExample(): Document {
  return yearLaterPlan(example);
}

/** The worked example before and a year after: what the comparison stories show. */
export function comparedExample(): { before: Document; after: Document } {
  return { before: example, after: yearLaterPlan(example) };
}
