import { useEffect, useState, useSyncExternalStore } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { LanguageProvider, Legend, useTranslation, VotingBoard } from '@veranderlogica/ui';
import { Canvas, FIT_VIEW } from './Canvas.js';
import { runCommand, type CommandContext, type View } from './command-registry.js';
import { COMMANDS, CONTEXT_MENU } from './commands/index.js';
import { CompareDock, useComparison, type Comparison } from './living.js';
import { Notice, OpenErrorsDialog } from './dialogs.js';
import { canPickSaveLocation, chooseFile } from './files.js';
import { FindBar } from './FindBar.js';
import { needsLayout, type LayoutRoutes } from './layout.js';
import { ContextMenu, EditorToolbar } from './menus.js';
import { RightColumn } from './panels.js';
import type { UnreadableAutosave } from './persistence.js';
import { Presentation, usePresentation } from './presentation.js';
import { PrintView } from './PrintView.js';
import type { EditorStore } from './store.js';
import { useCapture } from './useCapture.js';
import { useClipboard } from './useClipboard.js';
import { leaveField, useCommandViews, useKeyboard } from './useCommands.js';
import { useDocumentIO, useFileDrop, useTabTitle } from './useDocumentIO.js';
import { FirstLayout, useLayout } from './useLayout.js';
import { OtherView, ViewBar } from './Views.js';
import { LeftColumn } from './LeftColumn.js';
import { ReviewDock } from './review.js';
import { useStepMarks, useWorkshopPreference } from './WorkshopPanel.js';
import { EditorDialogs, type EditorDialog } from './EditorDialogs.js';
import { useFraming } from './useFraming.js';
import { goToNewRoom, roomCanvasProps, useRoomSnapshot } from './room/address.js';
import type { RoomConnection } from './room/connection.js';
import { RoomSide } from './room/RoomSide.js';

/** The editor's screen: it composes the registry's commands, the store and the views; it holds no domain rule. */
function Editor({ store, setRoutes, routes, unreadable, room, startView }: EditorProps) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const { document, language } = state;
  const { t, l } = useTranslation();
  const [view, setView] = useState<View>(startView ?? 'diagram');
  const [workshop, setWorkshop] = useWorkshopPreference();
  const [dialog, setDialog] = useState<EditorDialog | undefined>(unreadable && 'unreadable');
  const [comparison, setComparison] = useState<Comparison | undefined>();
  const compared = useComparison(document, comparison, language);
  const [reviewing, setReviewing] = useState(false);
  const [findOpen, setFindOpen] = useState(false);
  const [votesShown, setVotesShown] = useState(false);
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | undefined>();
  const { flow, fitView, runLayout, runLayoutSoon, layingOut, transitioning, fitting } = useLayout(store, view, setRoutes);
  const io = useDocumentIO(store, fitView, () => void runLayout());
  const { dropping, drop } = useFileDrop(io.open);
  const { duplicate } = useClipboard(store, flow);
  const capture = useCapture(store, runLayoutSoon);
  const presentation = usePresentation(document);
  const roomSnapshot = useRoomSnapshot(room);

  useTabTitle(document.title);

  const { highlighted, building, todos } = useStepMarks(document, workshop);

  const { addCard, showInDiagram, selectFinding, reveal } = useFraming(store, flow, fitView, view, setView);

  const context: CommandContext = {
    store,
    mode: presentation.presenting ? 'present' : 'edit',
    view,
    workshop,
    layingOut,
    canSaveAs: canPickSaveLocation(),
    presentation: presentation.controls,
    addCard: (kind) => void addCard(kind),
    duplicate,
    newDocument: () => setDialog('templates'),
    open: () => void chooseFile().then(io.open),
    save: (asNew) => void io.save(asNew),
    exportAs: (format) => void io.exportDocument(format),
    layout: () => void runLayout(),
    fitView: () => fitView(),
    find: () => setFindOpen(true),
    help: () => setDialog('help'),
    setView,
    toggleWorkshop: () => setWorkshop((on) => !on),
    reviewing,
    toggleReview: () => setReviewing((on) => !on),
    importMeasurements: () => setDialog('import'),
    saveVersion: () => setDialog('version'),
    compare: () => setDialog('compare'),
    connectTo: () => setDialog('connect'),
    inRoom: room !== undefined,
    openRoom: () => void goToNewRoom(store),
    present: () => {
      setView('diagram');
      store.select([]);
      presentation.start();
    },
    escape: (target) => {
      setFindOpen(false);
      setMenuAt(undefined);
      leaveField(target, store);
    },
  };
  useKeyboard(context);
  /** Runs a command of the registry by id, for panels whose buttons are the registry's commands. */
  const run = (id: string) => void runCommand(COMMANDS, id, context);
  const command = useCommandViews(context, l);

  return (
    <div
      className={`editor${dropping ? ' editor--dropping' : ''}${presentation.presenting ? ' editor--presenting' : ''}${workshop ? ' editor--workshop' : ''}`}
      {...drop}
    >
      <EditorToolbar
        title={document.title}
        currentId={document.id}
        command={command}
        canSaveAs={context.canSaveAs}
        savedAt={io.savedAt}
        flush={() => io.autosave.flush()}
        openRecent={(id) => void io.openRecent(id)}
      />
      <Presentation document={document} presentation={presentation} />
      <div className="editor__body">
        <LeftColumn
          store={store}
          state={state}
          workshop={workshop}
          onAdd={(kind) => runCommand(COMMANDS, `add-${kind}`, context)}
          onCapture={(kind, text, fields, link) => void capture(kind, text, fields, link)}
          onShowVotes={() => {
            setView('diagram');
            setVotesShown(true);
          }}
        />
        <main className="editor__main">
          <ViewBar command={command} />
          {/* The canvas stays mounted under the other views: React Flow keeps its measurements and viewport. */}
          <div className="editor__diagram" hidden={view !== 'diagram'}>
            <Canvas
              store={store}
              state={state}
              transitioning={transitioning}
              fitting={fitting}
              {...roomCanvasProps(room, roomSnapshot)}
              onContextMenu={(at) => setMenuAt(at)}
              {...(highlighted ? { highlighted } : {})}
              {...(routes ? { routes } : {})}
              {...(todos ? { todos } : {})}
              {...(compared ? { compare: compared.marks, ghosts: compared.ghosts } : {})}
            />
            <Legend />
            {reviewing && <ReviewDock {...{ store, state, room, comparison, setComparison, showInDiagram }} />}
            {compared && <CompareDock {...compared} onSelect={(id) => showInDiagram([id])} onClose={() => setComparison(undefined)} />}
          </div>
          {view !== 'diagram' && (
            <OtherView
              view={view}
              store={store}
              state={state}
              addCard={addCard}
              showInDiagram={showInDiagram}
              importMeasurements={() => setDialog('import')}
              run={run}
            />
          )}
          {votesShown && workshop && view === 'diagram' && <VotingBoard document={document} onClose={() => setVotesShown(false)} />}
          {findOpen && <FindBar document={document} onReveal={reveal} />}
        </main>
        <RightColumn
          store={store}
          state={state}
          building={building}
          onSelectFinding={selectFinding}
          showInDiagram={showInDiagram}
          run={run}
          {...(room ? { room: <RoomSide room={room} store={store} capture={capture} /> } : {})}
        />
      </div>
      {state.notice && <Notice notice={state.notice} onClose={() => store.clearNotice()} />}
      {menuAt && <ContextMenu at={menuAt} actions={CONTEXT_MENU.map(command)} onClose={() => setMenuAt(undefined)} />}
      {io.openErrors && <OpenErrorsDialog failed={io.openErrors} onClose={io.closeOpenErrors} />}
      <EditorDialogs
        open={dialog}
        onClose={() => setDialog(undefined)}
        store={store}
        state={state}
        unreadable={unreadable}
        onCompare={(chosen) => {
          setComparison(chosen);
          setDialog(undefined);
          setView('diagram');
          store.select([]);
          requestAnimationFrame(() => fitView(FIT_VIEW));
        }}
        onCreate={(created) => {
          store.replace(created);
          setDialog(undefined);
          // Templates with cards but no positions get laid out; an empty one needs nothing.
          if (needsLayout(created)) void runLayout();
          else requestAnimationFrame(() => fitView(FIT_VIEW));
        }}
      />
      {dropping && <div className="editor-drop">{t('file.dropHint')}</div>}
      {io.printing && <PrintView document={document} pictures={io.printing} onClose={io.closePrint} />}
    </div>
  );
}

interface EditorProps {
  readonly store: EditorStore;
  /** The last layout's routes, which connections follow while their cards stay put. */
  readonly routes: LayoutRoutes | undefined;
  readonly setRoutes: (routes: LayoutRoutes) => void;
  /** An autosave that could not be read, kept aside: offered for download when the editor opens. */
  readonly unreadable?: UnreadableAutosave | undefined;
  /** The live room this editor is connected to, if any. */
  readonly room?: RoomConnection | undefined;
  /** The view it opens on (a plan link for the region opens the Regio view). */
  readonly startView?: View | undefined;
}

/** What the editor opens with; `pseudo`: the pseudo-locale (`?lang=qps`), every interface text accented and lengthened. */
type AppProps = Pick<EditorProps, 'store' | 'unreadable' | 'room' | 'startView'> & { layoutOnStart: boolean; pseudo?: boolean };

/** The editor: language from the store, React Flow context, and the first layout of a document without positions. */
export function App({ store, layoutOnStart, unreadable, room, startView, pseudo = false }: AppProps) {
  const language = useSyncExternalStore(store.subscribe, () => store.getState().language);
  const [routes, setRoutes] = useState<LayoutRoutes | undefined>();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <LanguageProvider language={pseudo ? 'qps' : language}>
      <ReactFlowProvider>
        <Editor store={store} routes={routes} setRoutes={setRoutes} unreadable={unreadable} room={room} startView={startView} />
        {layoutOnStart && <FirstLayout store={store} onRoutes={setRoutes} />}
      </ReactFlowProvider>
    </LanguageProvider>
  );
}
