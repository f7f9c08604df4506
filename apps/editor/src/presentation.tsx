import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FitViewOptions } from '@xyflow/react';
import { causalChains, chainsToGoal, type Chain, type Document } from '@veranderlogica/core';
import { useTranslation } from '@veranderlogica/ui';

/** What is being presented: a goal (once chosen) and which of its chains (−1: all of them). */
export interface Presenting {
  readonly goal?: string;
  readonly chain: number;
}

function leaveFullscreen() {
  if (window.document.fullscreenElement) void window.document.exitFullscreen().catch(() => {});
}

/**
 * Presentation mode: full screen, the chains that lead to a chosen goal
 * highlighted, ← and → stepping through them one by one, Esc ending it.
 * The chains come from the core's `causalChains`; nothing here changes the
 * document.
 */
export function usePresentation(document: Document, fitView: (options: FitViewOptions) => void) {
  const [presenting, setPresenting] = useState<Presenting | undefined>();
  const goal = presenting?.goal;
  const chains = useMemo(() => (goal ? causalChains(document, { goal, limit: 500 }).chains : []), [document, goal]);
  const highlighted = useMemo(() => {
    if (!presenting?.goal) return undefined;
    const chain = chains[presenting.chain];
    if (chain) return new Set([...chain.nodes, ...chain.edges]);
    const all = chainsToGoal(document, presenting.goal);
    return new Set([...all.nodes, ...all.edges, presenting.goal]);
  }, [chains, document, presenting]);

  const stop = useCallback(() => {
    setPresenting(undefined);
    leaveFullscreen();
  }, []);

  useEffect(() => {
    if (!presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopImmediatePropagation();
        stop();
      } else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && presenting.goal && chains.length > 0) {
        event.preventDefault();
        event.stopImmediatePropagation();
        const next = presenting.chain + (event.key === 'ArrowRight' ? 1 : -1);
        setPresenting({ goal: presenting.goal, chain: next < -1 ? chains.length - 1 : next >= chains.length ? -1 : next });
      }
    };
    // Capture phase: the arrows must not also move a card or pan the canvas.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [chains, presenting, stop]);

  // Frame what is highlighted whenever the presented goal or chain changes (not on every edit).
  useEffect(() => {
    if (!highlighted) return;
    const nodes = [...highlighted].filter((id) => document.nodes.some((node) => node.id === id)).map((id) => ({ id }));
    requestAnimationFrame(() => fitView({ nodes, duration: 400, padding: 0.15, maxZoom: 1.5 }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [presenting?.goal, presenting?.chain]);

  const start = useCallback(() => {
    setPresenting({ chain: -1 });
    void window.document.documentElement.requestFullscreen?.().catch(() => {});
  }, []);

  /** A click on a card while presenting: a goal becomes the presented goal. */
  const choose = useCallback(
    (id: string) => {
      if (presenting && document.nodes.find((node) => node.id === id)?.kind === 'goal') setPresenting({ goal: id, chain: -1 });
    },
    [document, presenting],
  );

  return { presenting, chains, highlighted, start, stop, choose };
}

/** The one line above a presented diagram: the title, where in the chains we are, and the way out. */
export function PresentationBar({
  document,
  presenting,
  chains,
  onExit,
}: {
  document: Document;
  presenting: Presenting;
  chains: readonly Chain[];
  onExit: () => void;
}) {
  const { t } = useTranslation();
  const goalTitle = document.nodes.find((node) => node.id === presenting.goal)?.title ?? '';
  return (
    <div className="editor-present" role="region" aria-label={t('present.start')}>
      <strong>{document.title}</strong>
      <span aria-live="polite">
        {presenting.goal
          ? chains.length === 0
            ? t('present.noChains', { goal: goalTitle })
            : presenting.chain < 0
              ? t('present.allChains', { total: chains.length, goal: goalTitle })
              : t('present.chain', { number: presenting.chain + 1, total: chains.length })
          : t('present.hint')}
      </span>
      <button type="button" className="vl-button" onClick={onExit}>
        {t('present.exit')}
      </button>
    </div>
  );
}
