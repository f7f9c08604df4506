import { useEffect, useMemo, useRef, useState, type ComponentProps } from 'react';
import {
  applyOperation,
  type Document,
  formatDate,
  type Language,
  makeVersion,
  newId,
  type Operation,
  OperationError,
  parseDocument,
  planDiff,
  planDiffSections,
  positionOf,
  type ToCNode,
  versionPlan,
  writableText,
} from '@veranderlogica/core';
import { planMeasurementImport, type MeasurementColumns, type Table, UnreadableFileError } from '@veranderlogica/core/measurements';
import { ComparePanel, ImportPreview, localize, useTranslation } from '@veranderlogica/ui';
import { Dialog } from './Dialog.js';
import type { EditorStore } from './store.js';
import { isCsv, readMeasurementsInWorker, ReadingCancelled, type Reading } from './read-measurements.js';

/** "Versie bewaren": the plan as it is now, kept in the file under a name; the versions kept so far, to delete. */
export function VersionDialog({ store, document, onClose }: { store: EditorStore; document: Document; onClose: () => void }) {
  const { t, language } = useTranslation();
  const today = new Date().toISOString();
  const [name, setName] = useState(() => t('versions.defaultName', { date: formatDate(today.slice(0, 10), language) }));
  const save = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const current = store.getState().document;
    const taken = new Set(current.versions.map((v) => v.id));
    const id = newId('versie', (candidate) => taken.has(candidate));
    const operation = {
      type: 'addVersion',
      version: makeVersion(current, { id, name: trimmed, created: new Date().toISOString() }),
    } as const;
    // A version is a copy of the plan: keep one only while the file still opens with it (the core says why not).
    let next: Document;
    try {
      next = applyOperation(current, operation).document;
    } catch (error) {
      if (error instanceof OperationError) store.notify(error.localized, 'error');
      else throw error;
      return;
    }
    const written = writableText(next);
    if (!written.ok) {
      store.notify(written.problem, 'error');
      return;
    }
    if (store.apply(operation)) return;
    store.notify(localize('versions.saved', { name: trimmed }), 'info');
    onClose();
  };
  return (
    <Dialog labelledBy="version-title" onClose={onClose}>
      <h2 id="version-title">{t('versions.saveTitle')}</h2>
      <p>{t('versions.saveIntro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label className="vl-field">
          <span>{t('versions.name')}</span>
          <input autoFocus value={name} maxLength={500} onChange={(e) => setName(e.target.value)} />
        </label>
        <p className="editor-dialog__actions">
          <button type="submit" className="vl-button vl-button--primary" disabled={!name.trim()}>
            {t('versions.save').replace('…', '')}
          </button>
          <button type="button" className="vl-button" onClick={onClose}>
            {t('file.close')}
          </button>
        </p>
      </form>
      <h3>{t('versions.kept')}</h3>
      {document.versions.length === 0 ? (
        <p className="vl-muted">{t('versions.none')}</p>
      ) : (
        <ul className="editor-versions">
          {document.versions.map((version) => (
            <li key={version.id}>
              <strong>{version.name}</strong> <span className="vl-muted">{formatDate(version.created.slice(0, 10), language)}</span>
              <button
                type="button"
                className="vl-button vl-button--small"
                aria-label={t('versions.remove', { name: version.name })}
                onClick={() => store.apply({ type: 'removeVersion', id: version.id })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}

/** What the plan is compared with: a name to show and the plan as it was. */
export interface Comparison {
  readonly name: string;
  readonly before: Document;
  /**
   * A suggestion's plan (`suggestionPreview`): the diagram then shows what it would change in the plan as it is,
   * new cards as ghosts where they would stand.
   */
  readonly after?: Document;
  /** The suggestion shown, and the heading its list goes under. */
  readonly suggestion?: string;
  readonly heading?: string;
}

/** "Vergelijken met…": a kept version, or another file (an older export, a colleague's copy). */
export function CompareDialog({
  document,
  onCompare,
  onClose,
}: {
  document: Document;
  onCompare: (comparison: Comparison) => void;
  onClose: () => void;
}) {
  const { t, language, lMaybe } = useTranslation();
  const [error, setError] = useState<string | undefined>();
  const fromFile = async (file: File | undefined) => {
    if (!file) return;
    const result = parseDocument(await file.text());
    if (!result.ok) {
      setError(t('import.unreadable', { name: file.name, reason: lMaybe(result.errors[0]?.message) ?? '' }));
      return;
    }
    onCompare({ name: file.name, before: result.document });
  };
  return (
    <Dialog labelledBy="compare-title" onClose={onClose}>
      <h2 id="compare-title">{t('versions.compareTitle')}</h2>
      <p>{t('versions.compareIntro')}</p>
      {document.versions.length === 0 ? (
        <p className="vl-muted">{t('versions.none')}</p>
      ) : (
        <ul className="editor-templates">
          {[...document.versions].reverse().map((version, i) => (
            <li key={version.id}>
              <button
                type="button"
                className="vl-button"
                autoFocus={i === 0}
                onClick={() => onCompare({ name: version.name, before: versionPlan(document, version.id)! })}
              >
                <strong>{version.name}</strong>
                <span className="vl-muted">{formatDate(version.created.slice(0, 10), language)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="vl-field">
        <span>{t('versions.otherFile')}</span>
        <input type="file" accept=".json,application/json" onChange={(e) => void fromFile(e.target.files?.[0])} />
      </label>
      {error && (
        <p className="vl-field__error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="vl-button" onClick={onClose}>
        {t('file.close')}
      </button>
    </Dialog>
  );
}

/**
 * The comparison's panel over the diagram: it moves to the other side, or folds, when it covers a card.
 *
 * @example
 * {compared && <CompareDock name={compared.name} sections={compared.sections} onSelect={show} onClose={stop} />}
 */
export function CompareDock(props: ComponentProps<typeof ComparePanel>) {
  const { t } = useTranslation();
  const [dock, setDock] = useState<{ side: 'left' | 'right'; folded: boolean }>({ side: 'right', folded: false });
  return (
    <div className={`editor-compare editor-compare--${dock.side}${dock.folded ? ' editor-compare--folded' : ''}`}>
      <div className="editor-compare__bar">
        <button type="button" className="vl-button" onClick={() => setDock((d) => ({ ...d, side: d.side === 'right' ? 'left' : 'right' }))}>
          {dock.side === 'right' ? t('compare.toLeft') : t('compare.toRight')}
        </button>
        <button
          type="button"
          className="vl-button"
          aria-expanded={!dock.folded}
          onClick={() => setDock((d) => ({ ...d, folded: !d.folded }))}
        >
          {dock.folded ? t('compare.unfold') : t('compare.fold')}
        </button>
      </div>
      {!dock.folded && <ComparePanel {...props} />}
    </div>
  );
}

/**
 * What the canvas and the list show while comparing: cards added or changed
 * since, the removed ones as ghosts where they stood, and the changes by kind. For a suggestion (`after`): what it
 * would change in the plan as it is, the cards it adds as ghosts beside what they connect to.
 */
export function useComparison(document: Document, comparison: Comparison | undefined, language: Language) {
  return useMemo(() => {
    if (!comparison) return undefined;
    const proposed = comparison.after;
    const before = proposed ? document : comparison.before;
    const after = proposed ?? document;
    const diff = planDiff(before, after);
    const marks = new Map<string, 'added' | 'changed'>();
    for (const card of diff.cards.added) marks.set(card.id, 'added');
    for (const list of [diff.cards.retitled, diff.cards.relayered, diff.cards.regrouped, diff.cards.edited, diff.indicators])
      for (const card of list) if (!marks.has(card.id)) marks.set(card.id, 'changed');
    // Connections are marked themselves: new ones as added, rewired ones as changed.
    for (const edge of diff.connections.added) marks.set(edge.id, 'added');
    for (const rewired of diff.connections.rewired) marks.set(rewired.id, 'changed');
    const removed = new Set(diff.cards.removed.map((card) => card.id));
    const ghosts = proposed
      ? // A suggested card stands beside the first card it connects to, or above the plan.
        proposed.nodes
          .filter((node) => marks.get(node.id) === 'added')
          .map((node: ToCNode, i) => {
            const edge = proposed.edges.find((candidate) => candidate.source === node.id || candidate.target === node.id);
            const near = edge && positionOf(document, edge.source === node.id ? edge.target : edge.source);
            return { node, position: near ? { x: near.x + 300, y: near.y } : { x: i * 280, y: -400 }, mark: 'added' as const };
          })
      : before.nodes
          .filter((node) => removed.has(node.id))
          .map((node: ToCNode, i) => ({ node, position: positionOf(before, node.id) ?? { x: i * 280, y: -400 } }));
    // A new connection between cards that are there marks both ends.
    if (proposed)
      for (const edge of diff.connections.added)
        for (const end of [edge.source, edge.target]) if (!marks.has(end)) marks.set(end, 'changed');
    const titles = new Map([...before.nodes, ...after.nodes].map((node) => [node.id, node.title]));
    const sections = planDiffSections(diff, language, (id) => titles.get(id) ?? id, { ids: false });
    return { name: comparison.name, heading: comparison.heading, diff, marks, ghosts, sections };
  }, [document, comparison, language]);
}

type Loaded = { name: string; table: Table; csv: boolean };

/**
 * "Metingen importeren": choose the filled-in workbook or a CSV, choose the
 * columns of a CSV (remembered in the plan), see every row that would be
 * added or changed and every refused cell, and apply it as one undo step.
 */
export function ImportDialog({ store, document, onClose }: { store: EditorStore; document: Document; onClose: () => void }) {
  const { t, l } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [columns, setColumns] = useState<Partial<MeasurementColumns> | undefined>(document.monitoring?.csvColumns);
  const [error, setError] = useState<string | undefined>();
  const [reading, setReading] = useState<{ name: string; reading: Reading } | undefined>();
  const current = useRef<Reading | undefined>(undefined);
  // Closing the dialog stops a read under way.
  useEffect(() => () => current.current?.cancel(), []);
  const read = async (file: File | undefined) => {
    if (!file) return;
    setError(undefined);
    current.current?.cancel();
    const started = readMeasurementsInWorker(file);
    current.current = started;
    setReading({ name: file.name, reading: started });
    try {
      const table = await started.done;
      setLoaded({ name: file.name, table, csv: isCsv(file) });
    } catch (reason) {
      if (reason instanceof ReadingCancelled) return;
      const why = reason instanceof UnreadableFileError ? l(reason.localized) : reason instanceof Error ? reason.message : String(reason);
      setError(t('import.unreadable', { name: file.name, reason: why }));
    } finally {
      if (current.current === started) {
        current.current = undefined;
        setReading(undefined);
      }
    }
  };
  const result = useMemo(
    () => (loaded ? planMeasurementImport(document, loaded.table, loaded.csv && columns ? { columns } : {}) : undefined),
    [loaded, document, columns],
  );
  const apply = () => {
    if (!result?.operation || !loaded) return;
    const operations: Operation[] = [result.operation];
    const chosen = result.columns;
    // The CSV's columns are remembered with the measurements, in the same undo step.
    if (loaded.csv && chosen.indicator && chosen.date && chosen.value)
      operations.push({ type: 'updateMonitoring', changes: { csvColumns: chosen as MeasurementColumns } });
    store.apply(operations, { label: localize('undo.importMeasurements') });
    store.notify(localize('import.applied', { count: result.added.length + result.changed.length }), 'info');
    onClose();
  };
  return (
    <Dialog labelledBy="import-title" onClose={onClose}>
      <h2 id="import-title">{t('import.title')}</h2>
      {reading ? (
        <p className="editor-dialog__reading">
          <span role="status">{t('import.reading', { name: reading.name })}</span>{' '}
          <button type="button" className="vl-button" onClick={() => reading.reading.cancel()}>
            {t('import.stop')}
          </button>
        </p>
      ) : !loaded ? (
        <label className="vl-field">
          <span>{t('import.choose')}</span>
          <input
            type="file"
            autoFocus
            accept=".xlsx,.csv,.tsv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => void read(e.target.files?.[0])}
          />
        </label>
      ) : (
        result && (
          <ImportPreview
            name={loaded.name}
            result={result}
            {...(loaded.csv ? { headings: (loaded.table[0] ?? []).map(String), onColumns: setColumns } : {})}
            onApply={apply}
          />
        )
      )}
      {error && (
        <p className="vl-field__error" role="alert">
          {error}
        </p>
      )}
      <p className="editor-dialog__actions">
        {loaded && (
          <button type="button" className="vl-button" onClick={() => setLoaded(undefined)}>
            {t('import.back')}
          </button>
        )}
        <button type="button" className="vl-button" onClick={onClose}>
          {t('file.close')}
        </button>
      </p>
    </Dialog>
  );
}
