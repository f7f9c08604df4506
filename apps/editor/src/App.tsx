import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import {
  createActor,
  formatParseError,
  listTemplates,
  usedIds,
  type Document,
  type Finding,
  type NodeKind,
  type ParseError,
  newId,
} from '@veranderlogica/core';
import {
  Inspector,
  LanguageProvider,
  localize,
  Legend,
  Outline,
  Palette,
  PartnerManager,
  Toolbar,
  useTranslation,
  ValidationPanel,
} from '@veranderlogica/ui';
import { Canvas, FIT_VIEW } from './Canvas.js';
import { addCardOperation, addConnectedCard, connectCards } from './commands.js';
import { exportAs, type ExportFormat } from './exports.js';
import { chooseFile, readDocumentFile, saveDocument } from './files.js';
import { computeLayout } from './layout.js';
import { Autosave } from './persistence.js';
import type { EditorStore } from './store.js';

const KIND_KEYS: NodeKind[] = ['goal', 'outcome', 'mechanism', 'intervention', 'indicator', 'assumption'];

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/** Moves keyboard focus to a card's title in the outline once it has rendered. */
function focusOutlineRow(id: string) {
  requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-id="${CSS.escape(id)}"] .vl-outline__title`)?.focus());
}

function Editor({ store }: { store: EditorStore }) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const { document, findings, selected, language } = state;
  const { t } = useTranslation();
  const flow = useReactFlow();
  const [layingOut, setLayingOut] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | undefined>();
  const [openErrors, setOpenErrors] = useState<{ name: string; errors: readonly ParseError[] } | undefined>();
  const [findOpen, setFindOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [matchIndex, setMatchIndex] = useState(0);
  const [dropping, setDropping] = useState(false);
  const [templatesOpen, setTemplatesOpen] = useState(false);
  // Diagram or outline: a view preference, outside the document and its history.
  const [view, setView] = useState<'diagram' | 'outline'>('diagram');
  const clipboard = useRef<Document['nodes']>([]);
  const autosave = useMemo(() => new Autosave(400, setSavedAt), []);

  // Every change is autosaved; nothing the user made depends on remembering to save.
  useEffect(() => autosave.schedule(document), [autosave, document]);
  useEffect(() => {
    const flush = () => void autosave.flush();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [autosave]);

  const selectedNode = selected.size === 1 ? document.nodes.find((node) => selected.has(node.id)) : undefined;
  const selectedEdge = selected.size === 1 && !selectedNode ? document.edges.find((edge) => selected.has(edge.id)) : undefined;

  const runLayout = useCallback(async () => {
    setLayingOut(true);
    try {
      const sizes: Record<string, { width: number; height: number }> = {};
      for (const node of flow.getNodes())
        if (node.measured?.width && node.measured.height) sizes[node.id] = { width: node.measured.width, height: node.measured.height };
      const positions = await computeLayout(store.getState().document, sizes);
      // Cards deleted while the layout ran are left out; cards added meanwhile keep their place.
      const existing = new Set(store.getState().document.nodes.map((node) => node.id));
      const kept = Object.fromEntries(Object.entries(positions).filter(([id]) => existing.has(id)));
      store.apply({ type: 'setPositions', positions: kept }, { label: { nl: 'automatisch indelen', en: 'auto-layout' } });
      requestAnimationFrame(() => void flow.fitView({ ...FIT_VIEW, duration: 400 }));
    } catch (error) {
      const timeout = (error as Error).name === 'LayoutTimeoutError';
      store.notify(timeout ? localize('layout.timeout') : localize('layout.failed', { reason: String(error) }), 'error');
    } finally {
      setLayingOut(false);
    }
  }, [flow, store]);

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
      requestAnimationFrame(() => void flow.fitView(FIT_VIEW));
    },
    [flow, store],
  );

  const save = useCallback(async () => {
    const name = await saveDocument(store.getState().document);
    if (name) store.notify(localize('file.saved', { name }));
  }, [store]);

  const addCard = useCallback(
    (kind: NodeKind) => {
      const centre = flow.screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 });
      const { op, id } = addCardOperation(store.getState().document, kind, centre);
      store.apply(op);
      store.select([id]);
      return id;
    },
    [flow, store],
  );

  // A card that leads to (or measures, or underlies) `under`, placed below it: contributors sit below in the diagram.
  const addUnder = useCallback(
    (kind: NodeKind, under: string) => {
      const current = store.getState().document;
      const at = current.layout?.positions[under] ?? { x: 0, y: 0 };
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
      if (nodes.length) void flow.fitView({ nodes, duration: 300, maxZoom: 1.2, padding: 0.4 });
    },
    [document, flow, store],
  );

  const paste = useCallback(() => {
    const current = store.getState().document;
    const taken = usedIds(current);
    const copies = clipboard.current.map((node) => {
      const id = newId(node.kind, (candidate) => taken.has(candidate));
      taken.add(id);
      return { ...node, id };
    });
    const ops = copies.map((node, i) => {
      const from = current.layout?.positions[clipboard.current[i]!.id] ?? { x: 0, y: 0 };
      return { type: 'addNode' as const, node, position: { x: from.x + 40, y: from.y + 40 } };
    });
    if (ops.length) {
      store.apply(ops, { label: { nl: 'plakken', en: 'paste' } });
      store.select(copies.map((node) => node.id));
    }
  }, [store]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'z' && !event.shiftKey && !isTyping(event.target)) {
        event.preventDefault();
        store.undo();
      } else if (mod && ((key === 'z' && event.shiftKey) || key === 'y') && !isTyping(event.target)) {
        event.preventDefault();
        store.redo();
      } else if (mod && key === 's') {
        event.preventDefault();
        void save();
      } else if (mod && key === 'o') {
        event.preventDefault();
        void chooseFile().then(open);
      } else if (mod && key === 'f') {
        event.preventDefault();
        setFindOpen(true);
      } else if (mod && (key === 'c' || key === 'd') && !isTyping(event.target)) {
        const state = store.getState();
        clipboard.current = state.document.nodes.filter((node) => state.selected.has(node.id));
        if (key === 'd') {
          event.preventDefault();
          paste();
        }
      } else if (mod && key === 'v' && !isTyping(event.target)) {
        paste();
      } else if (!mod && !event.altKey && /^[1-6]$/.test(event.key) && !isTyping(event.target)) {
        addCard(KIND_KEYS[Number(event.key) - 1]!);
      } else if (key === 'escape') {
        setFindOpen(false);
        store.clearNotice();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [addCard, open, paste, save, store]);

  const matches = query.trim() ? document.nodes.filter((node) => node.title.toLowerCase().includes(query.trim().toLowerCase())) : [];
  const find = (event: React.FormEvent) => {
    event.preventDefault();
    // Enter again goes to the next match.
    const match = matches[matchIndex % Math.max(1, matches.length)];
    if (!match) return;
    store.select([match.id]);
    if (view === 'outline') window.document.querySelector(`[data-id="${CSS.escape(match.id)}"]`)?.scrollIntoView({ block: 'center' });
    else void flow.fitView({ nodes: [{ id: match.id }], duration: 300, maxZoom: 1.2 });
    setMatchIndex((i) => i + 1);
  };

  const doExport = async (format: ExportFormat | 'print') => {
    if (format === 'print') {
      window.print();
      return;
    }
    try {
      const name = await exportAs(format, store.getState().document, flow.getNodes());
      if (name) store.notify(localize('file.saved', { name }));
    } catch (error) {
      store.notify(localize('export.failed', { reason: String(error) }), 'error');
    }
  };

  const exportMenu = (
    <details className="editor-menu">
      <summary>{t('toolbar.export')}</summary>
      <div className="editor-menu__items" role="menu">
        {(['png', 'svg', 'md', 'csv', 'json', 'print'] as const).map((format) => (
          <button key={format} type="button" role="menuitem" data-export={format} onClick={() => void doExport(format)}>
            {t(format === 'md' ? 'export.report' : format === 'print' ? 'export.print' : `export.${format}`)}
          </button>
        ))}
      </div>
    </details>
  );

  return (
    <div
      className={`editor${dropping ? ' editor--dropping' : ''}`}
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
        onUndo={() => store.undo()}
        onRedo={() => store.redo()}
        onLayout={() => void runLayout()}
        onFitView={() => void flow.fitView({ ...FIT_VIEW, duration: 300 })}
        onToggleLanguage={() => store.setLanguage(language === 'nl' ? 'en' : 'nl')}
        exportMenu={exportMenu}
      />
      <div className="editor__body">
        <aside className="editor__left">
          <Palette onAdd={addCard} />
          <PartnerManager
            document={document}
            onAdd={() => {
              const taken = usedIds(document);
              store.apply({ type: 'addActor', actor: createActor({ name: t('partners.newName') }, (id) => taken.has(id)) });
            }}
            onChange={(id, changes) =>
              store.apply({ type: 'updateActor', id, changes }, { coalesce: `actor:${id}:${Object.keys(changes).join()}` })
            }
            onRemove={(id) => store.apply({ type: 'removeActor', id })}
          />
        </aside>
        <main className="editor__main">
          <div className="editor-views" role="group" aria-label={t('view.label')}>
            {(['diagram', 'outline'] as const).map((option) => (
              <button
                key={option}
                type="button"
                aria-pressed={view === option}
                className={`editor-views__button${view === option ? ' editor-views__button--active' : ''}`}
                onClick={() => setView(option)}
              >
                {t(option === 'diagram' ? 'view.diagram' : 'view.outline')}
              </button>
            ))}
          </div>
          {/* The canvas stays mounted under the outline: React Flow keeps its measurements and viewport. */}
          <div className="editor__diagram" hidden={view !== 'diagram'}>
            <Canvas store={store} state={state} />
            <Legend />
          </div>
          {view === 'outline' && (
            <Outline
              document={document}
              selected={selected}
              findings={findings}
              onSelect={(id) => store.select([id])}
              onRename={(id, title) => store.apply({ type: 'updateNode', id, changes: { title } }, { coalesce: `${id}:title` })}
              onAdd={(kind, under) => {
                const id = under ? addUnder(kind, under) : addCard(kind);
                focusOutlineRow(id);
              }}
              onConnect={(source, target) => void connectCards(store, source, target)}
              onDisconnect={(id) => store.apply({ type: 'disconnect', id })}
              onDelete={(id) => store.apply({ type: 'removeNode', id })}
            />
          )}
        </main>
        <aside className="editor__right">
          <Inspector
            document={document}
            node={selectedNode}
            edge={selectedEdge}
            onNodeChange={(id, changes, field) => store.apply({ type: 'updateNode', id, changes }, { coalesce: `${id}:${field}` })}
            onEdgeChange={(id, changes, field) => store.apply({ type: 'updateEdge', id, changes }, { coalesce: `${id}:${field}` })}
            onDocumentChange={(changes, field) => store.apply({ type: 'updateDocument', changes }, { coalesce: `document:${field}` })}
            onDelete={(id) =>
              store.apply(document.nodes.some((n) => n.id === id) ? { type: 'removeNode', id } : { type: 'disconnect', id })
            }
            onPin={(id, pinned) => {
              const at = flow.getNode(id)?.position ?? document.layout?.positions[id] ?? { x: 0, y: 0 };
              const position = { x: Math.round(at.x), y: Math.round(at.y), ...(pinned ? { pinned: true } : {}) };
              store.apply(
                { type: 'setPositions', positions: { [id]: position } },
                { label: pinned ? { nl: 'kaart vastzetten', en: 'pin card' } : { nl: 'kaart losmaken', en: 'unpin card' } },
              );
            }}
          />
          <ValidationPanel findings={findings} onSelect={selectFinding} />
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
      {findOpen && (
        <form className="editor-find" onSubmit={find} role="search">
          <label>
            {t('find.label')}
            <input
              autoFocus
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setMatchIndex(0);
              }}
              aria-describedby="find-result"
            />
          </label>
          <span id="find-result" className="vl-muted">
            {query.trim() && matches.length === 0
              ? t('find.none', { query })
              : matches.length
                ? `${Math.min(matchIndex, matches.length) || 1}/${matches.length}`
                : ''}
          </span>
        </form>
      )}
      {openErrors && (
        <div className="editor-dialog" role="alertdialog" aria-modal="true" aria-labelledby="open-error-title">
          <div className="editor-dialog__box">
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
          </div>
        </div>
      )}
      {templatesOpen && (
        <div className="editor-dialog" role="dialog" aria-modal="true" aria-labelledby="templates-title">
          <div className="editor-dialog__box">
            <h2 id="templates-title">{t('file.newFromTemplate')}</h2>
            <ul className="editor-templates">
              {listTemplates().map((template) => (
                <li key={template.id}>
                  <button
                    type="button"
                    className="vl-button"
                    onClick={() => {
                      const created = template.create();
                      store.replace(created);
                      setTemplatesOpen(false);
                      // Templates with cards but no positions get laid out; an empty one needs nothing.
                      if (created.nodes.length > 0 && !created.layout) void runLayout();
                      else requestAnimationFrame(() => void flow.fitView(FIT_VIEW));
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
          </div>
        </div>
      )}
      {dropping && <div className="editor-drop">{t('file.dropHint')}</div>}
    </div>
  );
}

/** The editor: language from the store, React Flow context, and the first layout of a document without positions. */
export function App({ store, layoutOnStart }: { store: EditorStore; layoutOnStart: boolean }) {
  const language = useSyncExternalStore(store.subscribe, () => store.getState().language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <LanguageProvider language={language}>
      <ReactFlowProvider>
        <Editor store={store} />
        {layoutOnStart && <FirstLayout store={store} />}
      </ReactFlowProvider>
    </LanguageProvider>
  );
}

/** Lays out a document that has no positions yet, once its cards are measured, without an undo step. */
function FirstLayout({ store }: { store: EditorStore }) {
  const flow = useReactFlow();
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      const sizes: Record<string, { width: number; height: number }> = {};
      for (const node of flow.getNodes())
        if (node.measured?.width && node.measured.height) sizes[node.id] = { width: node.measured.width, height: node.measured.height };
      const started = store.getState().document;
      void computeLayout(started, sizes).then((positions) => {
        // Only for the document it was computed for: the user may have opened or started another meanwhile.
        if (cancelled || store.getState().document !== started) return;
        store.replace({ ...started, layout: { direction: started.layout?.direction ?? 'BT', positions } });
        requestAnimationFrame(() => void flow.fitView(FIT_VIEW));
      });
    }, 50);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [flow, store]);
  return null;
}
