import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { ReactFlowProvider, useReactFlow, type FitViewOptions } from '@xyflow/react';
import {
  assignPartner,
  deleteOperations,
  interventionsOf,
  pinOperation,
  stepHighlight,
  BUILDING_STEPS,
  stepTodos,
  formatParseError,
  listTemplates,
  captureOperations,
  copyFragment,
  pasteOperations,
  positionOf,
  readFragment,
  type Finding,
  type Fragment,
  type NodeKind,
  type ParseError,
} from '@veranderlogica/core';
import {
  CoverageView,
  Inspector,
  NetworkPicture,
  LanguageProvider,
  localize,
  Legend,
  Outline,
  Palette,
  PartnerAssignment,
  Toolbar,
  useTranslation,
  ValidationPanel,
  VotingBoard,
  type CaptureFields,
  type CaptureLink,
} from '@veranderlogica/ui';
import { Canvas, FIT_VIEW, LAYOUT_TRANSITION_MS } from './Canvas.js';
import { addCardOperation, addConnectedCard, connectCards, focusNewCardTitle } from './commands.js';
import type { ExportFormat } from '@veranderlogica/core';
import { provisionalPosition, type ReportPictures } from '@veranderlogica/layout';
import { exportAs, printPictures } from './exports.js';
import { Groups, Partners, Sources, TargetGroups } from './panels.js';
import { PresentationBar, PresentationStage, usePresentation } from './presentation.js';
import { PrintView } from './PrintView.js';
import { WorkshopPanel } from './WorkshopPanel.js';
import { canPickSaveLocation, chooseFile, downloadText, readDocumentFile, saveDocument } from './files.js';
import { computeLayout, type LayoutRoutes } from './layout.js';
import { ExportMenu, RecentMenu } from './menus.js';
import { Autosave, listRecent, loadRecent, type UnreadableAutosave } from './persistence.js';
import { Dialog } from './Dialog.js';
import { COMMANDS, dispatchKey, isTyping, type CommandContext } from './command-registry.js';
import { ShortcutHelp } from './ShortcutHelp.js';
import type { EditorStore } from './store.js';

/** Above this many cards an auto-layout is applied without the gliding transition (software rendering stutters). */
const ANIMATED_LAYOUT_MAX_CARDS = 300;

const WORKSHOP_KEY = 'veranderlogica:workshop';
const VIEWS = ['diagram', 'outline', 'coverage', 'network'] as const;
type View = (typeof VIEWS)[number];

/** Moves keyboard focus to a card's title in the outline once it has rendered. */
function focusOutlineRow(id: string) {
  requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-id="${CSS.escape(id)}"] .vl-outline__title`)?.focus());
}

function Editor({
  store,
  routes,
  setRoutes,
  unreadable,
}: {
  store: EditorStore;
  /** An autosave that could not be read, kept aside: offered for download when the editor opens. */
  unreadable?: UnreadableAutosave | undefined;
  /** The last layout's routes, which connections follow while their cards stay put. */
  routes: LayoutRoutes | undefined;
  setRoutes: (routes: LayoutRoutes) => void;
}) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const { document, findings, selected, language } = state;
  const { t } = useTranslation();
  const flow = useReactFlow();
  // Fitting a hidden canvas (the outline or another view is showing) would give it a broken viewport;
  // such a fit waits until the diagram is back.
  const pendingFit = useRef<FitViewOptions | undefined>(undefined);
  const fitView = useCallback(
    (options: FitViewOptions) => {
      const pane = window.document.querySelector('.editor__diagram .react-flow');
      if (!pane || pane.clientWidth === 0) pendingFit.current = options;
      else void flow.fitView(options);
    },
    [flow],
  );
  const [layingOut, setLayingOut] = useState(false);
  const [transitioning, setTransitioning] = useState(false);
  const [printing, setPrinting] = useState<ReportPictures | undefined>();
  const [savedAt, setSavedAt] = useState<Date | undefined>();
  const [openErrors, setOpenErrors] = useState<{ name: string; errors: readonly ParseError[] } | undefined>();
  const [findOpen, setFindOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [matchIndex, setMatchIndex] = useState(0);
  const [dropping, setDropping] = useState(false);
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  // The voting board over the diagram, for the room; it follows the votes live.
  const [votesShown, setVotesShown] = useState(false);
  const [unreadableShown, setUnreadableShown] = useState(unreadable !== undefined);
  // Diagram or outline: a view preference, outside the document and its history.
  const [view, setView] = useState<View>('diagram');
  // Workshop mode is a preference of this browser; the step itself is stored in the document.
  const [workshop, setWorkshop] = useState(() => localStorage.getItem(WORKSHOP_KEY) === 'on');
  useEffect(() => localStorage.setItem(WORKSHOP_KEY, workshop ? 'on' : 'off'), [workshop]);
  useEffect(() => {
    const options = pendingFit.current;
    if (view !== 'diagram' || !options) return;
    pendingFit.current = undefined;
    requestAnimationFrame(() => void flow.fitView(options));
  }, [flow, view]);
  const autosave = useMemo(
    () => new Autosave(400, setSavedAt, (error) => store.notify(localize('autosave.failed', { reason: String(error) }), 'error')),
    [store],
  );

  // The tab says which plan is open, so a facilitator with several tabs finds the right one.
  useEffect(() => {
    window.document.title = `${document.title.trim() || t('node.untitled')} — Veranderlogica`;
  }, [document.title, t]);

  // Every change is autosaved; nothing the user made depends on remembering to save.
  useEffect(() => autosave.schedule(document), [autosave, document]);
  // A reload, a closed tab or a hidden page writes the last edits at once, synchronously, so none is lost.
  useEffect(() => {
    const now = () => autosave.flushNow();
    const hidden = () => window.document.visibilityState === 'hidden' && autosave.flushNow();
    window.addEventListener('pagehide', now);
    window.addEventListener('beforeunload', now);
    window.document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', now);
      window.removeEventListener('beforeunload', now);
      window.document.removeEventListener('visibilitychange', hidden);
    };
  }, [autosave]);

  const presentation = usePresentation(document);
  const { presenting } = presentation;
  // What to show in full: the layers of the current workshop step.
  const step = document.workshop?.step ?? 'problem';
  const highlighted = useMemo(() => (workshop ? stepHighlight(document, step) : undefined), [document, step, workshop]);

  // While the room builds the plan (steps 1–4), cards say what is left to do and the full check waits one click away.
  const building = workshop && BUILDING_STEPS.includes(step);
  const todos = useMemo(() => (building ? stepTodos(document, step) : undefined), [building, document, step]);

  const selectedNode = selected.size === 1 ? document.nodes.find((node) => selected.has(node.id)) : undefined;
  const selectedEdge = selected.size === 1 && !selectedNode ? document.edges.find((edge) => selected.has(edge.id)) : undefined;

  /** Lays the plan out; with `joining`, the new positions join the undo step of that key if it is still the last one. */
  const runLayout = useCallback(
    async (joining?: string) => {
      setLayingOut(true);
      try {
        const sizes: Record<string, { width: number; height: number }> = {};
        for (const node of flow.getNodes())
          if (node.measured?.width && node.measured.height) sizes[node.id] = { width: node.measured.width, height: node.measured.height };
        const { positions, routes } = await computeLayout(store.getState().document, sizes);
        // Cards deleted while the layout ran are left out; cards added meanwhile keep their place.
        const existing = new Set(store.getState().document.nodes.map((node) => node.id));
        const kept = Object.fromEntries(Object.entries(positions).filter(([id]) => existing.has(id)));
        // Cards glide to their places on diagrams small enough to animate smoothly; large ones jump.
        const animate = Object.keys(kept).length <= ANIMATED_LAYOUT_MAX_CARDS;
        if (animate) setTransitioning(true);
        store.apply(
          { type: 'setPositions', positions: kept },
          {
            label: { nl: 'automatisch indelen', en: 'auto-layout' },
            ...(joining ? { coalesce: joining, coalesceMs: Number.POSITIVE_INFINITY } : {}),
          },
        );
        setRoutes(routes);
        requestAnimationFrame(() => fitView({ ...FIT_VIEW, duration: 400 }));
        if (animate) setTimeout(() => setTransitioning(false), LAYOUT_TRANSITION_MS);
      } catch (error) {
        const timeout = (error as Error).name === 'LayoutTimeoutError';
        store.notify(timeout ? localize('layout.timeout') : localize('layout.failed', { reason: String(error) }), 'error');
      } finally {
        setLayingOut(false);
      }
    },
    [fitView, flow, setRoutes, store],
  );

  const open = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      const result = await readDocumentFile(file);
      if (!result.ok) {
        // The open document stays exactly as it was.
        setOpenErrors({ name: file.name, errors: result.errors });
        return;
      }
      store.replace(result.document);
      store.notify(localize('file.opened', { name: file.name }));
      requestAnimationFrame(() => fitView(FIT_VIEW));
    },
    [fitView, store],
  );

  // The file the open document was last saved to (where the browser lets us write it again).
  const fileHandle = useRef<{ documentId: string; handle: FileSystemFileHandle } | undefined>(undefined);
  const save = useCallback(
    async (asNew = false) => {
      const doc = store.getState().document;
      const known = !asNew && fileHandle.current?.documentId === doc.id ? fileHandle.current.handle : undefined;
      const saved = await saveDocument(doc, known);
      if (!saved) return;
      if (saved.handle) fileHandle.current = { documentId: doc.id, handle: saved.handle };
      store.notify(localize('file.saved', { name: saved.name }));
    },
    [store],
  );

  const openRecent = useCallback(
    async (id: string) => {
      await autosave.flush();
      const doc = await loadRecent(id);
      if (!doc) {
        store.notify(localize('recent.missing'), 'error');
        return;
      }
      store.replace(doc);
      store.notify(localize('file.opened', { name: doc.title }));
      requestAnimationFrame(() => fitView(FIT_VIEW));
    },
    [autosave, fitView, store],
  );

  /** Adds a card in the middle of the view, selected; its title in the inspector gets the keyboard unless told not to. */
  const addCard = useCallback(
    (kind: NodeKind, focusTitle = true) => {
      const centre = flow.screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 });
      const { op, id } = addCardOperation(store.getState().document, kind, centre);
      store.apply(op);
      store.select([id]);
      if (focusTitle) focusNewCardTitle();
      return id;
    },
    [flow, store],
  );

  // A card that leads to (or measures, or underlies) `under`, placed below it: contributors sit below in the diagram.
  const addUnder = useCallback(
    (kind: NodeKind, under: string) => {
      const current = store.getState().document;
      const at = positionOf(current, under) ?? { x: 0, y: 0 };
      const siblings = current.edges.filter((edge) => edge.target === under).length;
      const id = addConnectedCard(store, kind, { x: at.x + 120 + siblings * 260, y: at.y + 260 }, { to: under });
      store.select([id]);
      return id;
    },
    [store],
  );

  const selectFinding = useCallback(
    (finding: Finding) => {
      const ids = finding.ids.filter((id) => document.nodes.some((n) => n.id === id) || document.edges.some((e) => e.id === id));
      store.select(ids);
      const nodes = ids.filter((id) => document.nodes.some((n) => n.id === id)).map((id) => ({ id }));
      if (nodes.length) fitView({ nodes, duration: 300, maxZoom: 1.2, padding: 0.4 });
    },
    [document, fitView, store],
  );

  // Quick capture: cards appear in their layer at once; one auto-layout follows when the typing pauses.
  const layoutSoon = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const captures = useRef(0);
  const capture = useCallback(
    (kind: NodeKind, text: string, fields: CaptureFields, link: CaptureLink = {}) => {
      const current = store.getState().document;
      const { operations, ids } = captureOperations(current, kind, text, provisionalPosition(current, kind), { ...fields }, link);
      if (operations.length === 0) return;
      // The cards and the layout that places them are one undo step.
      const key = `capture:${++captures.current}`;
      store.apply(operations, { label: { nl: 'snel invoeren', en: 'quick capture' }, coalesce: key });
      clearTimeout(layoutSoon.current);
      layoutSoon.current = setTimeout(() => void runLayout(key), 700);
      return ids;
    },
    [runLayout, store],
  );

  /** Pastes copied cards: beside the originals in the same document, in the middle of the view in another. */
  const pasteFragment = useCallback(
    (fragment: Fragment) => {
      const current = store.getState().document;
      const placed = Object.values(fragment.positions);
      const sameDocument = fragment.nodes.every((node) => current.nodes.some((n) => n.id === node.id));
      let offset = { x: 40, y: 40 };
      if (!sameDocument && placed.length > 0) {
        const centre = flow.screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 });
        offset = { x: centre.x - Math.min(...placed.map((p) => p.x)), y: centre.y - Math.min(...placed.map((p) => p.y)) };
      }
      const { operations, ids } = pasteOperations(current, fragment, offset);
      if (operations.length === 0) return;
      store.apply(operations, { label: { nl: 'plakken', en: 'paste' } });
      store.select(ids);
    },
    [flow, store],
  );

  // Copy, cut and paste go through the system clipboard, so cards move between tabs and documents.
  useEffect(() => {
    const copy = (event: ClipboardEvent, cut: boolean) => {
      if (isTyping(event.target) || !window.getSelection()?.isCollapsed) return;
      const { document: current, selected: ids } = store.getState();
      const fragment = copyFragment(current, ids);
      if (fragment.nodes.length === 0) return;
      event.preventDefault();
      event.clipboardData?.setData('text/plain', JSON.stringify(fragment));
      if (cut)
        store.apply(
          deleteOperations(
            current,
            fragment.nodes.map((node) => node.id),
          ),
          { label: { nl: 'knippen', en: 'cut' } },
        );
    };
    const onCopy = (event: ClipboardEvent) => copy(event, false);
    const onCut = (event: ClipboardEvent) => copy(event, true);
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(event.target)) return;
      const fragment = readFragment(event.clipboardData?.getData('text/plain') ?? '');
      if (!fragment) return;
      event.preventDefault();
      pasteFragment(fragment);
    };
    window.addEventListener('copy', onCopy);
    window.addEventListener('cut', onCut);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('copy', onCopy);
      window.removeEventListener('cut', onCut);
      window.removeEventListener('paste', onPaste);
    };
  }, [pasteFragment, store]);

  const present = useCallback(() => {
    setView('diagram');
    store.select([]);
    presentation.start();
  }, [presentation, store]);

  // One keyboard dispatcher over the command registry: every shortcut is declared once, in command-registry.ts.
  useEffect(() => {
    const context: CommandContext = {
      store,
      addCard: (kind) => void addCard(kind),
      duplicate: () => {
        const state = store.getState();
        pasteFragment(copyFragment(state.document, state.selected));
      },
      save: (asNew) => void save(asNew),
      open: () => void chooseFile().then(open),
      find: () => setFindOpen(true),
      help: () => setHelpOpen(true),
      escape: (target) => {
        setFindOpen(false);
        store.clearNotice();
        // Esc leaves a field: back to the selected card on the canvas, where the keys add and move cards again.
        if (isTyping(target) && !(target as HTMLElement).closest('dialog, .editor-find')) {
          (target as HTMLElement).blur();
          const [only] = store.getState().selected;
          if (only) window.document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(only)}"]`)?.focus();
        }
      },
    };
    const onKey = (event: KeyboardEvent) => void dispatchKey(COMMANDS, event, context);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [addCard, open, pasteFragment, save, store]);

  const matches = query.trim() ? document.nodes.filter((node) => node.title.toLowerCase().includes(query.trim().toLowerCase())) : [];
  /** Selects a match and brings it into view; focus stays in the search field. */
  const reveal = (id: string) => {
    store.select([id]);
    if (view === 'outline') window.document.querySelector(`[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'center' });
    else fitView({ nodes: [{ id }], duration: 300, maxZoom: 1.2 });
  };
  const find = (event: React.FormEvent) => {
    event.preventDefault();
    // Typing already shows the first match; Enter goes to the next one.
    if (matches.length === 0) return;
    const next = (matchIndex + 1) % matches.length;
    setMatchIndex(next);
    reveal(matches[next]!.id);
  };

  const doExport = async (format: ExportFormat | 'print') => {
    if (format === 'print') {
      // The print view shows the same picture as every export, from any view.
      try {
        setPrinting(await printPictures(store.getState().document));
      } catch (error) {
        store.notify(localize('export.failed', { reason: String(error) }), 'error');
      }
      return;
    }
    try {
      const name = await exportAs(format, store.getState().document);
      if (name) store.notify(localize('file.saved', { name }));
    } catch (error) {
      store.notify(localize('export.failed', { reason: String(error) }), 'error');
    }
  };

  return (
    <div
      className={`editor${dropping ? ' editor--dropping' : ''}${presenting ? ' editor--presenting' : ''}${workshop ? ' editor--workshop' : ''}`}
      onDragOver={(event) => {
        if ([...event.dataTransfer.items].some((item) => item.kind === 'file')) {
          event.preventDefault();
          setDropping(true);
        }
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDropping(false);
        void open(event.dataTransfer.files[0]);
      }}
    >
      <Toolbar
        title={document.title}
        undoLabel={state.undoLabel}
        redoLabel={state.redoLabel}
        layingOut={layingOut}
        saveState={
          savedAt
            ? t('autosave.saved', {
                time: savedAt.toLocaleTimeString(language === 'nl' ? 'nl-NL' : 'en-GB', {
                  hour: '2-digit',
                  minute: '2-digit',
                  second: '2-digit',
                }),
              })
            : undefined
        }
        onNew={() => setTemplatesOpen(true)}
        onOpen={() => void chooseFile().then(open)}
        onSave={() => void save()}
        onSaveAs={canPickSaveLocation() ? () => void save(true) : undefined}
        recentMenu={
          <RecentMenu currentId={document.id} load={() => autosave.flush().then(listRecent)} onOpen={(id) => void openRecent(id)} />
        }
        onUndo={() => store.undo()}
        onRedo={() => store.redo()}
        onLayout={() => void runLayout()}
        onFitView={() => fitView({ ...FIT_VIEW, duration: 300 })}
        onToggleLanguage={() => store.setLanguage(language === 'nl' ? 'en' : 'nl')}
        exportMenu={<ExportMenu onExport={(format) => void doExport(format)} />}
      />
      {presenting && (
        <>
          <PresentationBar
            document={document}
            presenting={presenting}
            parts={presentation.parts}
            chains={presentation.chains}
            onExit={presentation.stop}
          />
          <PresentationStage
            document={document}
            presenting={presenting}
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
              <Palette onAdd={addCard} />
              <Partners store={store} document={document} />
              <TargetGroups store={store} document={document} />
              <Groups store={store} document={document} />
              <Sources store={store} document={document} />
            </>
          )}
        </aside>
        <main className="editor__main">
          <div className="editor-views" role="group" aria-label={t('view.label')}>
            <span className="editor-views__group">
              {VIEWS.map((option) => (
                <button
                  key={option}
                  type="button"
                  aria-pressed={view === option}
                  className={`editor-views__button${view === option ? ' editor-views__button--active' : ''}`}
                  onClick={() => setView(option)}
                >
                  {t(`view.${option}`)}
                </button>
              ))}
            </span>
            <span className="editor-views__spacer" />
            <button
              type="button"
              aria-pressed={workshop}
              title={t('workshop.toggleLabel')}
              className={`editor-views__mode${workshop ? ' editor-views__mode--on' : ''}`}
              onClick={() => setWorkshop((on) => !on)}
            >
              {t('workshop.toggle')}
            </button>
            <button type="button" className="editor-views__mode" onClick={present}>
              ▶ {t('present.start')}
            </button>
          </div>
          {/* The canvas stays mounted under the outline: React Flow keeps its measurements and viewport. */}
          <div className="editor__diagram" hidden={view !== 'diagram'}>
            <Canvas
              store={store}
              state={state}
              transitioning={transitioning}
              {...(highlighted ? { highlighted } : {})}
              {...(routes ? { routes } : {})}
              {...(todos ? { todos } : {})}
            />
            <Legend />
          </div>
          {view === 'coverage' && (
            <CoverageView
              document={document}
              onSelectCell={(cell) => {
                setView('diagram');
                store.select(cell.interventions);
                requestAnimationFrame(() =>
                  fitView({ nodes: cell.interventions.map((id) => ({ id })), duration: 300, padding: 0.4, maxZoom: 1 }),
                );
              }}
            />
          )}
          {view === 'network' && (
            <NetworkPicture
              document={document}
              onSelectPartner={(actor) => {
                const carried = interventionsOf(document, actor).map((node) => node.id);
                setView('diagram');
                store.select(carried);
                if (carried.length)
                  requestAnimationFrame(() => fitView({ nodes: carried.map((id) => ({ id })), duration: 300, padding: 0.4, maxZoom: 1 }));
              }}
            />
          )}
          {view === 'outline' && (
            <Outline
              document={document}
              selected={selected}
              findings={findings}
              onSelect={(id) => store.select([id])}
              onRename={(id, title) => store.apply({ type: 'updateNode', id, changes: { title } }, { coalesce: `${id}:title` })}
              onAdd={(kind, under) => {
                // In the list the new card's own row takes the keyboard.
                const id = under ? addUnder(kind, under) : addCard(kind, false);
                focusOutlineRow(id);
              }}
              onConnect={(source, target) => void connectCards(store, source, target)}
              onDisconnect={(id) => store.apply({ type: 'disconnect', id })}
              onDelete={(id) => store.apply(deleteOperations(store.getState().document, [id]))}
            />
          )}
          {votesShown && workshop && view === 'diagram' && <VotingBoard document={document} onClose={() => setVotesShown(false)} />}
          {findOpen && (
            <form className="editor-find" onSubmit={find} role="search">
              <label>
                {t('find.label')}
                <input
                  autoFocus
                  value={query}
                  onChange={(e) => {
                    const text = e.target.value.trim().toLowerCase();
                    setQuery(e.target.value);
                    setMatchIndex(0);
                    const first = text ? document.nodes.find((node) => node.title.toLowerCase().includes(text)) : undefined;
                    if (first) reveal(first.id);
                  }}
                  aria-describedby="find-result"
                />
              </label>
              <span id="find-result" className="vl-muted">
                {query.trim() && matches.length === 0
                  ? t('find.none', { query })
                  : matches.length
                    ? `${(matchIndex % matches.length) + 1}/${matches.length}`
                    : ''}
              </span>
            </form>
          )}
        </main>
        <aside className="editor__right">
          <PartnerAssignment
            document={document}
            selected={selected}
            onAssign={(actor, carries) => {
              const operations = assignPartner(store.getState().document, selected, actor, carries);
              if (operations.length) store.apply(operations, { label: { nl: 'partner toewijzen', en: 'assign partner' } });
            }}
          />
          <Inspector
            document={document}
            node={selectedNode}
            edge={selectedEdge}
            onNodeChange={(id, changes, field) => store.apply({ type: 'updateNode', id, changes }, { coalesce: `${id}:${field}` })}
            onEdgeChange={(id, changes, field) => store.apply({ type: 'updateEdge', id, changes }, { coalesce: `${id}:${field}` })}
            onDocumentChange={(changes, field) => store.apply({ type: 'updateDocument', changes }, { coalesce: `document:${field}` })}
            onDelete={(id) => store.apply(deleteOperations(store.getState().document, [id]))}
            onPin={(id, pinned) =>
              store.apply(pinOperation(store.getState().document, id, pinned, flow.getNode(id)?.position), {
                label: pinned ? { nl: 'kaart vastzetten', en: 'pin card' } : { nl: 'kaart losmaken', en: 'unpin card' },
              })
            }
          />
          {building ? (
            <details className="editor-check">
              <summary>{t('check.show', { count: findings.filter((finding) => finding.severity !== 'info').length })}</summary>
              <ValidationPanel findings={findings} onSelect={selectFinding} />
            </details>
          ) : (
            <ValidationPanel findings={findings} onSelect={selectFinding} />
          )}
        </aside>
      </div>
      {state.notice && (
        <div className={`editor-notice editor-notice--${state.notice.kind}`} role={state.notice.kind === 'error' ? 'alert' : 'status'}>
          {state.notice.text[language]}
          <button type="button" aria-label={t('file.close')} onClick={() => store.clearNotice()}>
            ×
          </button>
        </div>
      )}
      {openErrors && (
        <Dialog labelledBy="open-error-title" alert onClose={() => setOpenErrors(undefined)}>
          <h2 id="open-error-title">{openErrors.name}</h2>
          <p>{t('file.openError')}</p>
          <ul className="editor-dialog__errors">
            {openErrors.errors.slice(0, 12).map((error, i) => (
              <li key={i}>{formatParseError(error, language)}</li>
            ))}
          </ul>
          <button type="button" className="vl-button" autoFocus onClick={() => setOpenErrors(undefined)}>
            {t('file.close')}
          </button>
        </Dialog>
      )}
      {unreadableShown && unreadable && (
        <Dialog labelledBy="unreadable-title" alert onClose={() => setUnreadableShown(false)}>
          <h2 id="unreadable-title">{t('autosave.unreadableTitle')}</h2>
          <p>{t('autosave.unreadableBody')}</p>
          <ul className="editor-dialog__errors">
            {unreadable.errors.slice(0, 6).map((error, i) => (
              <li key={i}>{formatParseError(error, language)}</li>
            ))}
          </ul>
          <p className="editor-dialog__actions">
            <button
              type="button"
              className="vl-button"
              autoFocus
              onClick={() => downloadText(`veranderlogica-onleesbaar-${unreadable.savedAt.slice(0, 10)}.json`, unreadable.text)}
            >
              {t('autosave.unreadableDownload')}
            </button>
            <button type="button" className="vl-button" onClick={() => setUnreadableShown(false)}>
              {t('file.close')}
            </button>
          </p>
        </Dialog>
      )}
      {helpOpen && <ShortcutHelp commands={COMMANDS} onClose={() => setHelpOpen(false)} />}
      {templatesOpen && (
        <Dialog labelledBy="templates-title" onClose={() => setTemplatesOpen(false)}>
          <h2 id="templates-title">{t('file.newFromTemplate')}</h2>
          <ul className="editor-templates">
            {listTemplates().map((template, i) => (
              <li key={template.id}>
                <button
                  type="button"
                  className="vl-button"
                  autoFocus={i === 0}
                  onClick={() => {
                    const created = template.create();
                    store.replace(created);
                    setTemplatesOpen(false);
                    // Templates with cards but no positions get laid out; an empty one needs nothing.
                    if (created.nodes.length > 0 && !created.layout) void runLayout();
                    else requestAnimationFrame(() => fitView(FIT_VIEW));
                  }}
                >
                  <strong>{template.title[language]}</strong>
                  <span className="vl-muted">{template.description[language]}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="vl-button" onClick={() => setTemplatesOpen(false)}>
            {t('file.close')}
          </button>
        </Dialog>
      )}
      {dropping && <div className="editor-drop">{t('file.dropHint')}</div>}
      {printing && <PrintView document={document} pictures={printing} onClose={() => setPrinting(undefined)} />}
    </div>
  );
}

/** The editor: language from the store, React Flow context, and the first layout of a document without positions. */
export function App({ store, layoutOnStart, unreadable }: { store: EditorStore; layoutOnStart: boolean; unreadable?: UnreadableAutosave }) {
  const language = useSyncExternalStore(store.subscribe, () => store.getState().language);
  const [routes, setRoutes] = useState<LayoutRoutes | undefined>();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <LanguageProvider language={language}>
      <ReactFlowProvider>
        <Editor store={store} routes={routes} setRoutes={setRoutes} unreadable={unreadable} />
        {layoutOnStart && <FirstLayout store={store} onRoutes={setRoutes} />}
      </ReactFlowProvider>
    </LanguageProvider>
  );
}

/** Lays out a document that has no positions yet, once its cards are measured, without an undo step. */
function FirstLayout({ store, onRoutes }: { store: EditorStore; onRoutes: (routes: LayoutRoutes) => void }) {
  const flow = useReactFlow();
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      const sizes: Record<string, { width: number; height: number }> = {};
      for (const node of flow.getNodes())
        if (node.measured?.width && node.measured.height) sizes[node.id] = { width: node.measured.width, height: node.measured.height };
      const started = store.getState().document;
      void computeLayout(started, sizes).then(({ positions, routes }) => {
        // Only for the document it was computed for: the user may have opened or started another meanwhile.
        if (cancelled || store.getState().document !== started) return;
        store.replace({ ...started, layout: { direction: started.layout?.direction ?? 'BT', positions } });
        onRoutes(routes);
        requestAnimationFrame(() => void flow.fitView(FIT_VIEW));
      });
    }, 50);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [flow, store, onRoutes]);
  return null;
}
