import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { FitViewOptions } from '@xyflow/react';
import { separateDuplicateIds } from '@veranderlogica/core/editing';
import { type Document, type ExportFormat, type ParseError } from '@veranderlogica/core';
import type { ReportPictures } from '@veranderlogica/layout';
import { loadHyphenation, localize, useTranslation } from '@veranderlogica/ui';
import { FIT_VIEW } from './Canvas.js';
import { NotWritableError, readDocumentFile, saveDocument } from './files.js';
import { needsLayout } from './layout.js';
import { Autosave, loadRecent } from './persistence.js';
import type { EditorStore } from './store.js';

/** A file that could not be opened, and why. */
export interface OpenErrors {
  readonly name: string;
  readonly errors: readonly ParseError[];
}

/**
 * The document's ways in and out of the browser: autosave (debounced, flushed when the page is hidden or unloads),
 * opening a file or a recent document, saving (to the same file again where the browser allows), exporting and
 * printing. Every failure becomes a notice or a dialog; the open document never changes on a failed open.
 */
export function useDocumentIO(store: EditorStore, fitView: (options: FitViewOptions) => void, layout: () => void) {
  const [savedAt, setSavedAt] = useState<Date | undefined>();
  const [openErrors, setOpenErrors] = useState<OpenErrors | undefined>();
  const [printing, setPrinting] = useState<ReportPictures | undefined>();
  const autosave = useMemo(
    () => new Autosave(400, setSavedAt, (error) => store.notify(localize('autosave.failed', { reason: String(error) }), 'error')),
    [store],
  );

  // Every change is autosaved; nothing the user made depends on remembering to save.
  useEffect(() => {
    autosave.schedule(store.getState().document);
    let last = store.getState().document;
    return store.subscribe(() => {
      const now = store.getState().document;
      if (now !== last) autosave.schedule((last = now));
    });
  }, [autosave, store]);
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

  /**
   * Puts an opened document on screen: its language's hyphenation first (cards are measured as they will stay),
   * then laid out once its cards are drawn if some have no place yet, else framed.
   */
  const show = useCallback(
    async (document: Document) => {
      await loadHyphenation(document.language);
      store.replace(document);
      if (needsLayout(document)) setTimeout(layout, 50);
      else requestAnimationFrame(() => fitView(FIT_VIEW));
    },
    [fitView, layout, store],
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
      // Two cards under one id: every card is shown, the later one under an id of its own, and the user is told.
      const { document, separated } = separateDuplicateIds(result.document);
      await show(document);
      const cards = separated.filter((item) => item.kind === 'node');
      if (separated.length) {
        store.notify(
          localize('file.duplicateIds', {
            count: separated.length,
            titles: cards.map((card) => `"${card.title}" (${card.to})`).join(', '),
          }),
          'error',
        );
      } else store.notify(localize('file.opened', { name: file.name }));
    },
    [show, store],
  );

  const openRecent = useCallback(
    async (id: string) => {
      await autosave.flush();
      const doc = await loadRecent(id);
      if (!doc) {
        store.notify(localize('recent.missing'), 'error');
        return;
      }
      await show(doc);
      store.notify(localize('file.opened', { name: doc.title }));
    },
    [autosave, show, store],
  );

  // The file the open document was last saved to (where the browser lets us write it again).
  const fileHandle = useRef<{ documentId: string; handle: FileSystemFileHandle } | undefined>(undefined);
  const save = useCallback(
    async (asNew = false) => {
      const doc = store.getState().document;
      const known = !asNew && fileHandle.current?.documentId === doc.id ? fileHandle.current.handle : undefined;
      let saved;
      try {
        saved = await saveDocument(doc, known);
      } catch (error) {
        if (error instanceof NotWritableError) {
          store.notify(error.problem, 'error');
          return;
        }
        throw error;
      }
      if (!saved) return;
      if (saved.handle) fileHandle.current = { documentId: doc.id, handle: saved.handle };
      store.notify(localize('file.saved', { name: saved.name }));
    },
    [store],
  );

  /** Exports in a format of the core's registry, or opens the print view (the same pictures as every export). */
  const exportDocument = useCallback(
    async (format: ExportFormat | 'print') => {
      try {
        // The writers and the drawing load with the first export.
        const { exportAs, printPictures } = await import('./exports.js');
        if (format === 'print') {
          setPrinting(await printPictures(store.getState().document));
          return;
        }
        const name = await exportAs(format, store.getState().document);
        if (name) store.notify(localize('file.saved', { name }));
      } catch (error) {
        if (error instanceof NotWritableError) store.notify(error.problem, 'error');
        else store.notify(localize('export.failed', { reason: String(error) }), 'error');
      }
    },
    [store],
  );

  return {
    autosave,
    savedAt,
    open,
    openRecent,
    save,
    exportDocument,
    openErrors,
    closeOpenErrors: () => setOpenErrors(undefined),
    printing,
    closePrint: () => setPrinting(undefined),
  };
}

/** Dropping a file on the editor opens it; `dropping` shows the hint while a file is dragged over. */
export function useFileDrop(open: (file: File | undefined) => Promise<void>) {
  const [dropping, setDropping] = useState(false);
  const drop = {
    onDragOver: (event: DragEvent) => {
      if (![...event.dataTransfer.items].some((item) => item.kind === 'file')) return;
      event.preventDefault();
      setDropping(true);
    },
    onDragLeave: () => setDropping(false),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setDropping(false);
      void open(event.dataTransfer.files[0]);
    },
  };
  return { dropping, drop };
}

/**
 * The tab says which plan is open, so a facilitator with several tabs finds the right one.
 *
 * @example
 * useTabTitle(document.title); // "Aanpak eenzaamheid — Veranderlogica"
 */
export function useTabTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    window.document.title = `${title.trim() || t('node.untitled')} — Veranderlogica`;
  }, [title, t]);
}
