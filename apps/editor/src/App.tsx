import { useEffect, useMemo, useState, useSyncExternalStore, type ReactElement } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { BUILDING_STEPS, connectSelectionTo, stepHighlight, stepTodos } from '@veranderlogica/core';
import { votesHidden } from '@veranderlogica/core/sync';
import { LanguageProvider, Legend, localize, Palette, Toolbar, useTranslation, VotingBoard } from '@veranderlogica/ui';
import { Canvas, FIT_VIEW } from './Canvas.js';
import { isTyping, runCommand, type CommandContext, type View } from './command-registry.js';
import { COMMANDS, CONTEXT_MENU, EXPORT_MENU, TOOLBAR, VERSIONS_MENU } from './commands/index.js';
import { CompareDialog, CompareDock, ImportDialog, useComparison, VersionDialog, type Comparison } from './living.js';
import { ConnectDialog, Notice, OpenErrorsDialog, TemplatesDialog, UnreadableDialog } from './dialogs.js';
import { canPickSaveLocation, chooseFile } from './files.js';
import { FindBar } from './FindBar.js';
import { needsLayout, type LayoutRoutes } from './layout.js';
import { ContextMenu, ExportMenu, RecentMenu } from './menus.js';
import { Groups, Partners, RightColumn, Sources, TargetGroups } from './panels.js';
import { listRecent, type UnreadableAutosave } from './persistence.js';
import { PresentationBar, PresentationStage, usePresentation } from './presentation.js';
import { PrintView } from './PrintView.js';
import { ShortcutHelp } from './ShortcutHelp.js';
import type { EditorStore } from './store.js';
import { useCapture } from './useCapture.js';
import { useClipboard } from './useClipboard.js';
import { useCommandViews, useKeyboard } from './useCommands.js';
import { useDocumentIO, useFileDrop } from './useDocumentIO.js';
import { FirstLayout, useLayout } from './useLayout.js';
import { OtherView, ViewBar } from './Views.js';
import { WorkshopPanel } from './WorkshopPanel.js';
import { useFraming } from './useFraming.js';
import { openRoomFrom, type RoomConnection } from './room/connection.js';
import { RoomControls, RoomScreen } from './room/RoomControls.js';

const WORKSHOP_KEY = 'veranderlogica:workshop';

const noSubscription = () => () => {};
const noSnapshot = () => undefined;

/** The editor's screen: it composes the registry's commands, the store and the views; it holds no domain rule. */
function Editor({ store, setRoutes, routes, unreadable, room }: EditorProps) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const { document, language } = state;
  const { t } = useTranslation();
  const [view, setView] = useState<View>('diagram');
  // Workshop mode is a preference of this browser; the step itself is stored in the document.
  const [workshop, setWorkshop] = useState(() => localStorage.getItem(WORKSHOP_KEY) === 'on');
  useEffect(() => localStorage.setItem(WORKSHOP_KEY, workshop ? 'on' : 'off'), [workshop]);
  const [dialog, setDialog] = useState<'templates' | 'help' | 'unreadable' | 'version' | 'compare' | 'import' | 'connect' | undefined>(
    unreadable && 'unreadable',
  );
  const [comparison, setComparison] = useState<Comparison | undefined>();
  const compared = useComparison(document, comparison, language);
  const [findOpen, setFindOpen] = useState(false);
  const [votesShown, setVotesShown] = useState(false);
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | undefined>();
  const { flow, fitView, runLayout, runLayoutSoon, layingOut, transitioning } = useLayout(store, view, setRoutes);
  const io = useDocumentIO(store, fitView, () => void runLayout());
  const { dropping, drop } = useFileDrop(io.open);
  const { duplicate } = useClipboard(store, flow);
  const capture = useCapture(store, runLayoutSoon);
  const presentation = usePresentation(document);
  const roomSnapshot = useSyncExternalStore(room?.subscribe ?? noSubscription, room?.getSnapshot ?? noSnapshot);
  const others = roomSnapshot?.others.size ? roomSnapshot.others : undefined;

  // The tab says which plan is open, so a facilitator with several tabs finds the right one.
  useEffect(() => {
    window.document.title = `${document.title.trim() || t('node.untitled')} — Veranderlogica`;
  }, [document.title, t]);

  // While the room builds the plan (steps 1–4), the step's layers stand out, cards say what is left to do, and the
  // full check waits one click away.
  const step = document.workshop?.step ?? 'problem';
  const highlighted = useMemo(() => (workshop ? stepHighlight(document, step) : undefined), [document, step, workshop]);
  const building = workshop && BUILDING_STEPS.includes(step);
  const todos = useMemo(() => (building ? stepTodos(document, step) : undefined), [building, document, step]);

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
    importMeasurements: () => setDialog('import'),
    saveVersion: () => setDialog('version'),
    compare: () => setDialog('compare'),
    connectTo: () => setDialog('connect'),
    inRoom: room !== undefined,
    openRoom: () =>
      void openRoomFrom(store.getState().document).then((result) => {
        if (result.ok) location.assign(result.address);
        else if (result.reason === 'no-server') store.notify(localize('room.needsServer'), 'error');
        else if (result.reason === 'needs-key') store.notify(localize('room.needsKey'), 'error');
        else store.notify(localize('room.openFailed', { reason: result.reason[language] }), 'error');
      }),
    present: () => {
      setView('diagram');
      store.select([]);
      presentation.start();
    },
    escape: (target) => {
      setFindOpen(false);
      setMenuAt(undefined);
      store.clearNotice();
      // Esc leaves a field: back to the selected card on the canvas, where the keys add and move cards again.
      if (isTyping(target) && !(target as HTMLElement).closest('dialog, .editor-find')) {
        (target as HTMLElement).blur();
        const [only] = store.getState().selected;
        if (only) window.document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(only)}"]`)?.focus();
      }
    },
  };
  useKeyboard(context);
  /** Runs a command of the registry by id, for panels whose buttons are the registry's commands. */
  const run = (id: string) => void runCommand(COMMANDS, id, context);
  const command = useCommandViews(context, language);
  const menus: Record<string, ReactElement> = {
    recent: (
      <RecentMenu currentId={document.id} load={() => io.autosave.flush().then(listRecent)} onOpen={(id) => void io.openRecent(id)} />
    ),
    export: <ExportMenu actions={EXPORT_MENU.map(command)} />,
    versions: <ExportMenu label={t('versions.menu')} actions={VERSIONS_MENU.map(command)} />,
  };
  const time = io.savedAt?.toLocaleTimeString(language === 'nl' ? 'nl-NL' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

  return (
    <div
      className={`editor${dropping ? ' editor--dropping' : ''}${presentation.presenting ? ' editor--presenting' : ''}${workshop ? ' editor--workshop' : ''}`}
      {...drop}
    >
      <Toolbar
        title={document.title}
        groups={TOOLBAR.map((group) =>
          group.filter((id) => id !== 'save-as' || context.canSaveAs).map((id) => (menus[id] ? { id, element: menus[id] } : command(id))),
        )}
        end={[command('language')]}
        {...(time ? { saveState: t('autosave.saved', { time }) } : {})}
      />
      {presentation.presenting && (
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
      )}
      <div className="editor__body">
        <aside className="editor__left">
          {workshop ? (
            <WorkshopPanel
              store={store}
              state={state}
              onCapture={(kind, text, fields, link) => void capture(kind, text, fields, link)}
              onShowVotes={() => {
                setView('diagram');
                setVotesShown(true);
              }}
            />
          ) : (
            <>
              <Palette onAdd={(kind) => runCommand(COMMANDS, `add-${kind}`, context)} />
              <Partners store={store} document={document} />
              <TargetGroups store={store} document={document} />
              <Groups store={store} document={document} />
              <Sources store={store} document={document} />
            </>
          )}
        </aside>
        <main className="editor__main">
          <ViewBar command={command} />
          {/* The canvas stays mounted under the other views: React Flow keeps its measurements and viewport. */}
          <div className="editor__diagram" hidden={view !== 'diagram'}>
            <Canvas
              store={store}
              state={state}
              transitioning={transitioning}
              {...(others ? { others } : {})}
              hideVotes={roomSnapshot !== undefined && votesHidden(roomSnapshot.room)}
              {...(room && roomSnapshot
                ? {
                    othersMoving: roomSnapshot.moving,
                    cursors: roomSnapshot.cursors,
                    ...(room.claims.role === 'facilitator' ? { onPresence: room.presence } : {}),
                  }
                : {})}
              onContextMenu={(at) => setMenuAt(at)}
              {...(highlighted ? { highlighted } : {})}
              {...(routes ? { routes } : {})}
              {...(todos ? { todos } : {})}
              {...(compared ? { compare: compared.marks, ghosts: compared.ghosts } : {})}
            />
            <Legend />
            {compared && (
              <CompareDock
                name={compared.name}
                sections={compared.sections}
                onSelect={(id) => showInDiagram([id])}
                onClose={() => setComparison(undefined)}
              />
            )}
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
          run={run}
          {...(room
            ? {
                room:
                  room.claims.role === 'facilitator' ? (
                    <RoomControls connection={room} store={store} capture={capture} />
                  ) : (
                    <RoomScreen connection={room} />
                  ),
              }
            : {})}
        />
      </div>
      {state.notice && <Notice notice={state.notice} onClose={() => store.clearNotice()} />}
      {menuAt && <ContextMenu at={menuAt} actions={CONTEXT_MENU.map(command)} onClose={() => setMenuAt(undefined)} />}
      {io.openErrors && <OpenErrorsDialog failed={io.openErrors} onClose={io.closeOpenErrors} />}
      {dialog === 'unreadable' && unreadable && <UnreadableDialog unreadable={unreadable} onClose={() => setDialog(undefined)} />}
      {dialog === 'version' && <VersionDialog store={store} document={document} onClose={() => setDialog(undefined)} />}
      {dialog === 'import' && <ImportDialog store={store} document={document} onClose={() => setDialog(undefined)} />}
      {dialog === 'compare' && (
        <CompareDialog
          document={document}
          onClose={() => setDialog(undefined)}
          onCompare={(chosen) => {
            setComparison(chosen);
            setDialog(undefined);
            setView('diagram');
            store.select([]);
            requestAnimationFrame(() => fitView(FIT_VIEW));
          }}
        />
      )}
      {dialog === 'help' && <ShortcutHelp commands={COMMANDS} onClose={() => setDialog(undefined)} />}
      {dialog === 'connect' && (
        <ConnectDialog
          document={document}
          selected={state.selected}
          onClose={() => setDialog(undefined)}
          onConnect={(id) => {
            const current = store.getState();
            const { operations, refused } = connectSelectionTo(current.document, current.selected, id);
            if (operations.length) store.apply(operations, { label: { nl: 'verbinden', en: 'connect' } });
            if (refused[0]) store.notify(localize('connect.refused', { reason: refused[0].reason[language] }), 'error');
            setDialog(undefined);
          }}
        />
      )}
      {dialog === 'templates' && (
        <TemplatesDialog
          onClose={() => setDialog(undefined)}
          onCreate={(created) => {
            store.replace(created);
            setDialog(undefined);
            // Templates with cards but no positions get laid out; an empty one needs nothing.
            if (needsLayout(created)) void runLayout();
            else requestAnimationFrame(() => fitView(FIT_VIEW));
          }}
        />
      )}
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
}

/** The editor: language from the store, React Flow context, and the first layout of a document without positions. */
export function App({
  store,
  layoutOnStart,
  unreadable,
  room,
}: {
  store: EditorStore;
  layoutOnStart: boolean;
  unreadable?: UnreadableAutosave;
  room?: RoomConnection;
}) {
  const language = useSyncExternalStore(store.subscribe, () => store.getState().language);
  const [routes, setRoutes] = useState<LayoutRoutes | undefined>();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <LanguageProvider language={language}>
      <ReactFlowProvider>
        <Editor store={store} routes={routes} setRoutes={setRoutes} unreadable={unreadable} room={room} />
        {layoutOnStart && <FirstLayout store={store} onRoutes={setRoutes} />}
      </ReactFlowProvider>
    </LanguageProvider>
  );
}
