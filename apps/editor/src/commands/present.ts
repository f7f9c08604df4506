import { localize } from '@veranderlogica/ui';
import type { Command, CommandContext, PresentStep } from '../command-registry.js';

/**
 * What is being presented: the whole plan (no goal yet), or a goal, one of
 * its parts (the whole goal, or one strategy of it when the goal's chains
 * are too many to read at once) and one chain of that part (−1: all).
 */
export interface Presenting {
  readonly goal?: string;
  readonly part: number;
  readonly chain: number;
}

/**
 * Where a step goes from a slide: the chains and the parts wrap around (after the last chain come all chains
 * again), the overview leaves the goal.
 *
 * @example
 * nextSlide({ goal: 'g', part: 0, chain: -1 }, 'next-chain', 3, 1); // { goal: 'g', part: 0, chain: 0 }
 */
export function nextSlide(presenting: Presenting, step: PresentStep, chains: number, parts: number): Presenting {
  if (presenting.goal === undefined) return presenting;
  switch (step) {
    case 'next-chain':
    case 'previous-chain': {
      if (chains === 0) return presenting;
      const chain = presenting.chain + (step === 'next-chain' ? 1 : -1);
      return { ...presenting, chain: chain < -1 ? chains - 1 : chain >= chains ? -1 : chain };
    }
    case 'next-part':
    case 'previous-part':
      if (parts < 2) return presenting;
      return { ...presenting, part: (presenting.part + (step === 'next-part' ? 1 : parts - 1)) % parts, chain: -1 };
    case 'overview':
      return { part: 0, chain: -1 };
  }
}

/** Whether a goal is presented with chains (or parts) to step through. */
const atGoal = (what: 'chains' | 'parts') => (context: CommandContext) => {
  const presentation = context.presentation;
  return !!presentation?.atGoal && (what === 'chains' ? presentation.chains > 0 : presentation.parts > 1);
};

function step(
  id: string,
  label: ReturnType<typeof localize>,
  keys: string[],
  to: PresentStep,
  enabled: (c: CommandContext) => boolean,
): Command {
  return { id, label, keys, modes: ['present'], enabled, run: (context) => context.presentation?.go(to) };
}

/**
 * The presentation's own keys: they come first while presenting and never reach the canvas below it. Nothing here
 * changes the document.
 */
export const PRESENT_COMMANDS: readonly Command[] = [
  step('present-next-chain', localize('command.presentNextChain'), ['ArrowRight'], 'next-chain', atGoal('chains')),
  step('present-previous-chain', localize('command.presentPreviousChain'), ['ArrowLeft'], 'previous-chain', atGoal('chains')),
  step('present-next-part', localize('command.presentNextPart'), ['ArrowDown', 'PageDown'], 'next-part', atGoal('parts')),
  step('present-previous-part', localize('command.presentPreviousPart'), ['ArrowUp', 'PageUp'], 'previous-part', atGoal('parts')),
  step(
    'present-overview',
    localize('command.presentOverview'),
    ['Home', 'Backspace'],
    'overview',
    (context) => !!context.presentation?.atGoal,
  ),
  {
    id: 'present-exit',
    label: localize('command.presentExit'),
    keys: ['Escape'],
    modes: ['present'],
    whileTyping: true,
    run: (context) => context.presentation?.stop(),
  },
];
