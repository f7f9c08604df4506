import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { causalChains, focusedPart, type Document, type Focus } from '@veranderlogica/core';
import type { PresentationControls, PresentStep } from './command-registry.js';
import { nextSlide, type Presenting } from './commands/present.js';

export type { Presenting };

function leaveFullscreen() {
  if (window.document.fullscreenElement) void window.document.exitFullscreen().catch(() => {});
}

/**
 * Presentation mode: full screen, the room sees the plan's picture (the same
 * one every export hands out). A click on a goal shows that goal's chains,
 * laid out on their own and large enough to read (card titles at least 14
 * px); a goal whose chains do not fit the screen at that size is shown
 * strategy by strategy (↑ and ↓). ← and → step through the chains one by one,
 * Home goes back to the whole plan, Esc ends it: the presentation's commands
 * in the registry, which drive `controls`. Nothing here changes the document.
 */
export function usePresentation(document: Document) {
  const [presenting, setPresenting] = useState<Presenting | undefined>();
  /** The parts of the presented goal: `[undefined]` for the goal as a whole, or its groups. */
  const [parts, setParts] = useState<readonly (string | null | undefined)[]>([undefined]);
  const goal = presenting?.goal;
  const part = presenting?.part ?? 0;
  const group = parts[part];
  const focus = useMemo<Focus | undefined>(
    () => (goal === undefined ? undefined : { goal, ...(group !== undefined && { group }) }),
    [goal, group],
  );
  const chains = useMemo(() => {
    if (focus?.goal === undefined) return [];
    const inPart = focusedPart(document, focus).nodes;
    return causalChains(document, { goal: focus.goal, limit: 500 }).chains.filter((chain) => inPart.has(chain.intervention));
  }, [document, focus]);

  const stop = useCallback(() => {
    setPresenting(undefined);
    leaveFullscreen();
  }, []);

  /** A step through the presentation; its keys are the presentation's commands in the registry. */
  const go = useCallback(
    (step: PresentStep) => setPresenting((current) => current && nextSlide(current, step, chains.length, parts.length)),
    [chains.length, parts.length],
  );

  const start = useCallback(() => {
    setPresenting({ part: 0, chain: -1 });
    setParts([undefined]);
    void window.document.documentElement.requestFullscreen?.().catch(() => {});
  }, []);

  /** A goal chosen on the picture; its parts come once the stage has measured its chains. */
  const choose = useCallback((id: string, groups: readonly (string | null | undefined)[]) => {
    setParts(groups);
    setPresenting({ goal: id, part: 0, chain: -1 });
  }, []);

  /** What the presentation's commands drive, while presenting. */
  const controls = useMemo<PresentationControls | undefined>(
    () => presenting && { atGoal: presenting.goal !== undefined, chains: chains.length, parts: parts.length, go, stop },
    [presenting, chains.length, parts.length, go, stop],
  );

  return { presenting, parts, focus, chains, start, stop, choose, controls };
}

// The presented picture and its bar load when a presentation starts: the drawing and the picture view are not
// part of opening the editor.
const PresentationScreen = lazy(() => import('./presentation-stage.js').then((module) => ({ default: module.PresentationScreen })));

/**
 * Presentation mode on screen while it runs: the bar (goals, chains, the exit) over the presented picture.
 *
 * @example
 * const presentation = usePresentation(document);
 * <Presentation document={document} presentation={presentation} />
 */
export function Presentation({ document, presentation }: { document: Document; presentation: ReturnType<typeof usePresentation> }) {
  if (!presentation.presenting) return null;
  return (
    <Suspense>
      <PresentationScreen document={document} presentation={presentation} />
    </Suspense>
  );
}
