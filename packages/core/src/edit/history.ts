import type { Localized } from '../i18n/localized.js';
import type { Document } from '../model/schema.js';
import { applyOperation, type EditResult } from './apply.js';
import { diffDocument, revertChanges, type Change } from './changes.js';
import { describeOperation, type Operation } from './operation.js';

/**
 * One undoable step: what this writer changed, by id (one list of changes per
 * edit merged into the step), and its label. Undo reverts exactly these
 * changes on the document as it is now, so another writer's changes made in
 * between stay as they are.
 */
export interface HistoryEntry {
  readonly steps: readonly (readonly Change[])[];
  readonly label: Localized;
  /** Rapid edits with the same key (typing in one field) merge into this entry. */
  readonly coalesceKey?: string;
  readonly time: number;
}

export interface HistoryOptions {
  /** How many undo steps are kept; older ones are dropped. Default 500. */
  readonly depth?: number;
  /** Edits with the same coalesce key this close together (ms) become one step. Default 1000. */
  readonly coalesceMs?: number;
  /** Clock, for tests. */
  readonly now?: () => number;
}

/**
 * How one operation enters the history: its undo label, and whether it merges with the step before.
 *
 * @example
 * history.apply(operation, { coalesce: 'move:goal-1', label: bilingual('Kaart verplaatst', 'Card moved') });
 */
export interface ApplyOptions {
  /** What the toolbar shows for undo; defaults to a description of the operation. */
  readonly label?: Localized;
  /** Merge with the previous step when it has the same key and came within `coalesceMs`. */
  readonly coalesce?: string;
  /** With `coalesce`: how long ago the previous step may be to merge, instead of the history's `coalesceMs`. */
  readonly coalesceMs?: number;
  /**
   * `false` applies the change without an undo step of its own: for navigation kept in the document (the
   * workshop step) that undo should not jump back to. Undo and redo of the steps around it are unaffected.
   */
  readonly record?: boolean;
}

/** What listeners hear after every change of the current document. */
export interface HistoryChange {
  readonly document: Document;
  /** What changed from the previous document to this one, by id. */
  readonly changes: readonly Change[];
  /** `remote`: another writer's change, received; it is not in this history's undo. */
  readonly cause: 'apply' | 'undo' | 'redo' | 'reset' | 'remote';
}

/**
 * The current document with undo and redo of this writer's own changes.
 * Every change goes through {@link History.apply} as an {@link Operation};
 * another writer's changes arrive through {@link History.receive} and are
 * never undone here. Undo reverts the recorded changes by id, so it finds
 * the right card wherever other writers moved things in the lists.
 * Selection, viewport and hover never enter it.
 *
 * @example
 * const history = new History(document);
 * history.apply({ type: 'updateNode', id: 'goal-1', changes: { title: 'Veilig uitgaan' } }, { coalesce: 'goal-1:title' });
 * history.undo();
 */
export class History {
  #document: Document;
  #undo: HistoryEntry[] = [];
  #redo: HistoryEntry[] = [];
  #listeners = new Set<(change: HistoryChange) => void>();
  readonly #depth: number;
  readonly #coalesceMs: number;
  readonly #now: () => number;

  constructor(document: Document, options: HistoryOptions = {}) {
    this.#document = document;
    this.#depth = options.depth ?? 500;
    this.#coalesceMs = options.coalesceMs ?? 1000;
    this.#now = options.now ?? (() => Date.now());
  }

  /** The current document. */
  get document(): Document {
    return this.#document;
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** Label of the step undo would revert, for the toolbar. */
  get undoLabel(): Localized | undefined {
    return this.#undo[this.#undo.length - 1]?.label;
  }

  get redoLabel(): Localized | undefined {
    return this.#redo[this.#redo.length - 1]?.label;
  }

  /** Number of steps that can be undone. */
  get undoDepth(): number {
    return this.#undo.length;
  }

  /**
   * Applies an operation (or several as one step) and records it. Throws an
   * OperationError, leaving everything as it was, when it cannot apply.
   */
  apply(operation: Operation | readonly Operation[], options: ApplyOptions = {}): EditResult {
    const op: Operation = Array.isArray(operation) ? { type: 'batch', operations: operation } : (operation as Operation);
    const result = applyOperation(this.#document, op);
    if (result.patches.length === 0) return result;
    const changes = diffDocument(this.#document, result.document);
    if (options.record === false) {
      this.#set(result.document, changes, 'apply');
      return result;
    }
    const now = this.#now();
    const last = this.#undo[this.#undo.length - 1];
    const within = options.coalesceMs ?? this.#coalesceMs;
    if (options.coalesce !== undefined && last?.coalesceKey === options.coalesce && now - last.time <= within) {
      this.#undo[this.#undo.length - 1] = { ...last, steps: [...last.steps, changes], time: now };
    } else {
      this.#undo.push({
        steps: [changes],
        label: options.label ?? describeOperation(op),
        ...(options.coalesce !== undefined ? { coalesceKey: options.coalesce } : {}),
        time: now,
      });
      if (this.#undo.length > this.#depth) this.#undo.splice(0, this.#undo.length - this.#depth);
    }
    this.#redo = [];
    this.#set(result.document, changes, 'apply');
    return result;
  }

  /**
   * Reverts this writer's last step. Returns false when there is nothing to
   * undo. What another writer has changed since in the same place stays.
   */
  undo(): boolean {
    const entry = this.#undo.pop();
    if (!entry) return false;
    const before = this.#document;
    let document = before;
    for (let i = entry.steps.length - 1; i >= 0; i--) document = revertChanges(document, entry.steps[i]!).document;
    const changes = diffDocument(before, document);
    this.#redo.push({ ...entry, steps: [changes] });
    this.#set(document, changes, 'undo');
    return true;
  }

  /** Re-applies the last undone step. Returns false when there is nothing to redo. */
  redo(): boolean {
    const entry = this.#redo.pop();
    if (!entry) return false;
    const before = this.#document;
    const document = revertChanges(before, entry.steps[0]!).document;
    const changes = diffDocument(before, document);
    this.#undo.push({ ...entry, steps: [changes], time: -Infinity }); // a redone step never merges with the next edit
    this.#set(document, changes, 'redo');
    return true;
  }

  /**
   * Takes in another writer's change (from a shared room): the document
   * becomes `document`, and undo and redo keep this writer's own steps, which
   * still apply by id.
   */
  receive(document: Document): void {
    if (document === this.#document) return;
    this.#set(document, diffDocument(this.#document, document), 'remote');
  }

  /** Ends coalescing: the next edit starts a new step even with the same key. */
  seal(): void {
    const last = this.#undo[this.#undo.length - 1];
    if (last) this.#undo[this.#undo.length - 1] = { ...last, time: -Infinity };
  }

  /** Replaces the document (e.g. after opening a file) and clears undo and redo. */
  reset(document: Document): void {
    this.#undo = [];
    this.#redo = [];
    this.#set(document, diffDocument(this.#document, document), 'reset');
  }

  /** Calls `listener` after every change; returns a function that unsubscribes. */
  subscribe(listener: (change: HistoryChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(document: Document, changes: readonly Change[], cause: HistoryChange['cause']): void {
    this.#document = document;
    for (const listener of this.#listeners) listener({ document, changes, cause });
  }
}
