import { useCallback, useEffect, useRef, useState } from 'react';
import { goalGroups, type Chain, type Document, type Focus } from '@veranderlogica/core';
import { drawDocument, loadHyphenate, PART_PICTURE, svgSize } from '@veranderlogica/layout';
import { useTranslation } from '@veranderlogica/ui';
import { PictureView } from '@veranderlogica/viewer';
import { workerElk } from './layout.js';
import type { Presenting, usePresentation } from './presentation.js';

/** The zoom at which a card's title is 14 px on screen: the least a room can read on a projector. */
const LEGIBLE_SCALE = 1;

/** One picture of the presentation: the whole plan, a goal's chains, or a strategy's chains to a goal. */
interface Slide {
  readonly focus: Focus | undefined;
  readonly svg?: string;
  /** Why the picture could not be drawn. */
  readonly failed?: string;
}

/**
 * The presentation's screen, loaded when one starts: the bar (goals, chains, the exit) over the presented picture.
 *
 * @example
 * <PresentationScreen document={document} presentation={usePresentation(document)} />
 */
export function PresentationScreen({ document, presentation }: { document: Document; presentation: ReturnType<typeof usePresentation> }) {
  if (!presentation.presenting) return null;
  return (
    <>
      <PresentationBar document={document} {...presentation} presenting={presentation.presenting} onExit={presentation.stop} />
      <PresentationStage
        document={document}
        presenting={presentation.presenting}
        focus={presentation.focus}
        chains={presentation.chains}
        onChooseGoal={presentation.choose}
      />
    </>
  );
}

/**
 * The presented picture, on a framework-free `PictureView`: fitted to the
 * screen for the whole plan, at least at `LEGIBLE_SCALE` for a goal, a
 * strategy or a chain.
 */
function PresentationStage({
  document,
  presenting,
  focus,
  chains,
  onChooseGoal,
}: {
  document: Document;
  presenting: Presenting;
  focus: Focus | undefined;
  chains: readonly Chain[];
  onChooseGoal: (goal: string, parts: readonly (string | null | undefined)[]) => void;
}) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<PictureView | undefined>(undefined);
  const [slide, setSlide] = useState<Slide | undefined>();
  const choose = useRef<(id: string) => void>(() => {});

  useEffect(() => {
    view.current = new PictureView(host.current!, { onCardClick: (id, kind) => kind === 'goal' && choose.current(id) });
    return () => view.current?.destroy();
  }, []);

  const draw = useCallback(
    async (wanted: Focus | undefined) => {
      const hyphenate = await loadHyphenate(document.language);
      const element = host.current;
      const screen = element && element.clientHeight > 0 ? element.clientWidth / element.clientHeight : undefined;
      return drawDocument(workerElk(), document, {
        language: document.language,
        timeoutMs: 15_000,
        ...(hyphenate && { hyphenate }),
        ...(wanted ? { focus: wanted, ...PART_PICTURE } : { title: false }),
        // The whole plan as wide as the screen it is shown on (a projector's 16:9), not a 4:3 picture with bars beside
        // it; a part is shown at a readable size and panned, so its shape follows its content.
        ...(!wanted && screen && { fill: screen }),
      });
    },
    [document],
  );

  // A goal clicked: its chains as one part if they can be read on this screen, else one part per strategy.
  useEffect(() => {
    choose.current = (goal: string) => {
      void draw({ goal }).then((whole) => {
        const size = svgSize(whole);
        const element = host.current;
        if (!element) return;
        const fits = Math.min(element.clientWidth / size.width, element.clientHeight / size.height) >= LEGIBLE_SCALE;
        const groups = goalGroups(document, goal);
        onChooseGoal(goal, fits || groups.length < 2 ? [undefined] : groups);
      });
    };
  });

  useEffect(() => {
    let current = true;
    draw(focus).then(
      (svg) => current && setSlide({ focus, svg }),
      (error: unknown) => current && setSlide({ focus, failed: String(error) }),
    );
    return () => {
      current = false;
    };
  }, [focus, draw]);

  useEffect(() => {
    const current = view.current;
    if (!slide?.svg || !current) return;
    current.show(slide.svg);
  }, [slide]);

  // Frame what is presented: the whole plan fitted; a goal, strategy or chain at a readable size.
  useEffect(() => {
    const current = view.current;
    if (!slide?.svg || !current || slide.focus !== focus) return;
    const chain = presenting.chain >= 0 ? chains[presenting.chain] : undefined;
    current.highlight(chain ? { nodes: new Set(chain.nodes), edges: new Set(chain.edges) } : undefined);
    if (slide.focus === undefined) current.fit(undefined, { animate: false, maxScale: 1.5 });
    else current.fit(chain?.nodes, { minScale: LEGIBLE_SCALE, maxScale: 1.6 });
  }, [slide, focus, chains, presenting.chain]);

  return (
    <div
      className="editor-present-stage"
      data-presenting={presenting.goal ?? ''}
      data-ready={slide?.svg && slide.focus === focus ? 'true' : 'false'}
    >
      <div ref={host} className="editor-present-stage__view" />
      {slide?.failed && (
        <p className="editor-present-stage__problem" role="alert">
          {t('export.failed', { reason: slide.failed })}
        </p>
      )}
    </div>
  );
}

/** The one line above a presented diagram: the title, where in the plan we are, the keys, and the way out. */
function PresentationBar({
  document,
  presenting,
  parts,
  chains,
  onExit,
}: {
  document: Document;
  presenting: Presenting;
  parts: readonly (string | null | undefined)[];
  chains: readonly Chain[];
  onExit: () => void;
}) {
  const { t } = useTranslation();
  const goalTitle = document.nodes.find((node) => node.id === presenting.goal)?.title ?? '';
  const group = parts[presenting.part];
  const groupTitle =
    group === undefined
      ? ''
      : group === null
        ? t('present.noGroup')
        : (document.groups.find((candidate) => candidate.id === group)?.title ?? group);
  const where =
    presenting.goal === undefined
      ? t('present.hint')
      : chains.length === 0
        ? t('present.noChains', { goal: goalTitle })
        : presenting.chain < 0
          ? t('present.allChains', { total: chains.length, goal: goalTitle })
          : t('present.chain', { number: presenting.chain + 1, total: chains.length });
  return (
    <div className="editor-present" role="region" aria-label={t('present.start')}>
      <strong>{document.title}</strong>
      {groupTitle && (
        <em className="editor-present__part">
          {t('present.part', { number: presenting.part + 1, total: parts.length, group: groupTitle })}
        </em>
      )}
      <span className="editor-present__where" aria-live="polite">
        {where}
      </span>
      {presenting.goal !== undefined && (
        <span className="editor-present__keys">{t(parts.length > 1 ? 'present.keysParts' : 'present.keys')}</span>
      )}
      <button type="button" className="vl-button" onClick={onExit}>
        {t('present.exit')}
      </button>
    </div>
  );
}
