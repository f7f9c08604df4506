import { lazy, Suspense } from 'react';
import { interventionsOf, positionOf, type NodeKind } from '@veranderlogica/core';
import { ActionButton, CoverageView, IndicatorsView, NetworkPicture, Outline, useTranslation } from '@veranderlogica/ui';
import { addConnectedCard, connectCards } from './card-operations.js';
import type { CommandView, View } from './command-registry.js';
import { VIEW_BAR } from './commands/index.js';
// The Regio view loads when it is opened: a plan is edited without the region's analysis and pictures.
const RegionPanel = lazy(() => import('./region-view.js').then((module) => ({ default: module.RegionPanel })));
import type { EditorState, EditorStore } from './store.js';

/** The view switcher, the workshop toggle and presenting: the registry's view commands as buttons. */
export function ViewBar({ command }: { command: (id: string) => CommandView }) {
  const { t } = useTranslation();
  return (
    <div className="editor-views" role="group" aria-label={t('view.label')}>
      <span className="editor-views__group">
        {VIEW_BAR.map((id) => {
          const view = command(id);
          return (
            <ActionButton key={id} action={view} className={`editor-views__button${view.pressed ? ' editor-views__button--active' : ''}`} />
          );
        })}
      </span>
      <span className="editor-views__spacer" />
      <ActionButton
        action={command('workshop')}
        className={`editor-views__mode${command('workshop').pressed ? ' editor-views__mode--on' : ''}`}
      />
      <ActionButton
        action={command('review')}
        className={`editor-views__mode${command('review').pressed ? ' editor-views__mode--on' : ''}`}
      />
      <ActionButton action={command('present')} className="editor-views__mode" />
    </div>
  );
}

/** Moves keyboard focus to a card's title in the outline once it has rendered. */
function focusOutlineRow(id: string) {
  requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-id="${CSS.escape(id)}"] .vl-outline__title`)?.focus());
}

/**
 * The views beside the diagram (the list, the coverage of areas and target groups, the partners' network), wired
 * to the store. A click on a cell or a partner shows its interventions in the diagram.
 */
export function OtherView({
  view,
  store,
  state,
  addCard,
  showInDiagram,
  importMeasurements,
  run,
}: {
  view: Exclude<View, 'diagram'>;
  /** Runs a command of the registry by id (a row's Delete is the registry's command on that row). */
  run: (id: string) => void;
  /** Opens the import of a filled-in workbook or a CSV. */
  importMeasurements: () => void;
  store: EditorStore;
  state: EditorState;
  addCard: (kind: NodeKind, focusTitle: boolean) => string;
  /** Selects cards in the diagram and brings them into view. */
  showInDiagram: (ids: readonly string[]) => void;
}) {
  const { document, selected, findings } = state;
  if (view === 'indicators')
    return (
      <IndicatorsView
        document={document}
        onSelect={(id) => showInDiagram([id])}
        onImport={importMeasurements}
        onThreshold={(atRisk) => store.apply({ type: 'updateMonitoring', changes: { atRisk } }, { coalesce: 'monitoring:atRisk' })}
      />
    );
  if (view === 'coverage')
    return (
      <CoverageView
        document={document}
        onSelectCell={(cell) => showInDiagram(cell.interventions)}
        onReach={(id, targetGroup, on) =>
          store.apply({ type: on ? 'addToNode' : 'removeFromNode', id, field: 'targetGroups', value: targetGroup })
        }
      />
    );
  if (view === 'region')
    return (
      <Suspense>
        <RegionPanel store={store} state={state} showInDiagram={showInDiagram} />
      </Suspense>
    );
  if (view === 'network')
    return (
      <NetworkPicture
        document={document}
        onSelectPartner={(actor) => showInDiagram(interventionsOf(document, actor).map((node) => node.id))}
      />
    );
  // A card added under another leads to it (or measures, or underlies it), placed below it: contributors sit below.
  const addUnder = (kind: NodeKind, under: string) => {
    const current = store.getState().document;
    const at = positionOf(current, under) ?? { x: 0, y: 0 };
    const siblings = current.edges.filter((edge) => edge.target === under).length;
    const id = addConnectedCard(store, kind, { x: at.x + 120 + siblings * 260, y: at.y + 260 }, { to: under });
    store.select([id]);
    return id;
  };
  return (
    <Outline
      document={document}
      selected={selected}
      findings={findings}
      onSelect={(id) => store.select([id])}
      onRename={(id, title) => store.apply({ type: 'updateNode', id, changes: { title } }, { coalesce: `${id}:title` })}
      onAdd={(kind, under) => {
        // In the list the new card's own row takes the keyboard.
        focusOutlineRow(under ? addUnder(kind, under) : addCard(kind, false));
      }}
      onConnect={(source, target) => void connectCards(store, source, target)}
      onDisconnect={(id) => store.apply({ type: 'disconnect', id })}
      onDelete={(id) => {
        store.select([id]);
        run('delete');
      }}
    />
  );
}
