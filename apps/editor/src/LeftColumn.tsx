import type { NodeKind } from '@veranderlogica/core';
import { Palette } from '@veranderlogica/ui';
import { Groups, Partners, Sources, TargetGroups } from './panels.js';
import type { EditorState, EditorStore } from './store.js';
import { WorkshopPanel, type WorkshopPanelProps } from './WorkshopPanel.js';

/**
 * The left column: in workshop mode the facilitator's steps and capture; otherwise the palette and the plan's lists
 * (partners, target groups, groups, sources).
 *
 * @example
 * <LeftColumn store={store} state={state} workshop={false} onAdd={add} onCapture={capture} onShowVotes={show} />
 */
export function LeftColumn({
  store,
  state,
  workshop,
  onAdd,
  onCapture,
  onShowVotes,
}: {
  readonly store: EditorStore;
  readonly state: EditorState;
  readonly workshop: boolean;
  /** Adds a card of a kind (the palette's buttons are the registry's add commands). */
  readonly onAdd: (kind: NodeKind) => void;
  readonly onCapture: WorkshopPanelProps['onCapture'];
  readonly onShowVotes: () => void;
}) {
  const { document } = state;
  return (
    <aside className="editor__left">
      {workshop ? (
        <WorkshopPanel store={store} state={state} onCapture={onCapture} onShowVotes={onShowVotes} />
      ) : (
        <>
          <Palette onAdd={onAdd} />
          <Partners store={store} document={document} />
          <TargetGroups store={store} document={document} />
          <Groups store={store} document={document} />
          <Sources store={store} document={document} />
        </>
      )}
    </aside>
  );
}
