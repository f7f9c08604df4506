import {
  type ApplyOptions,
  type Document,
  type Finding,
  History,
  type Language,
  LANGUAGES,
  type Localized,
  type Operation,
  OperationError,
  validate,
} from '@veranderlogica/core';
import { localize } from '@veranderlogica/ui';
import { LANGUAGE_KEY } from './language-key.js';

/** What the editor shows; everything but `document` lives outside the document and its history. */
export interface EditorState {
  readonly document: Document;
  readonly findings: readonly Finding[];
  readonly selected: ReadonlySet<string>;
  readonly language: Language;
  readonly undoLabel: Localized | undefined;
  readonly redoLabel: Localized | undefined;
  /** A short message for the status line, e.g. why an edit was refused. */
  readonly notice: { readonly text: Localized; readonly kind: 'info' | 'error' } | undefined;
}

/**
 * The editor's single source of truth: the core's History holds the document
 * and undo; selection, language and notices sit beside it and never enter the
 * history. Every change to the document goes through {@link EditorStore.apply}
 * as a core operation. Components read it with `useSyncExternalStore`.
 */
/** How long a confirmation stays on screen. */
const NOTICE_SECONDS = 6;

export class EditorStore {
  readonly history: History;
  #state: EditorState;
  #listeners = new Set<() => void>();
  #validated: { document: Document; findings: readonly Finding[] } | undefined;

  /** A screen in a room only watches: every edit is refused with a notice. */
  readOnly = false;

  constructor(document: Document, language: Language = LANGUAGES[0]) {
    this.history = new History(document);
    this.#state = this.#derive(document, new Set(), language, undefined);
    this.history.subscribe(({ document: next }) => this.#update({ document: next }));
  }

  getState = (): EditorState => this.#state;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /**
   * Applies operations as one undo step. Returns the core's reason when it
   * refuses them (and shows it), leaving the document as it was.
   */
  apply(operation: Operation | readonly Operation[], options: ApplyOptions = {}): Localized | undefined {
    if (this.readOnly) {
      const reason = localize('room.readOnly');
      this.notify(reason, 'error');
      return reason;
    }
    try {
      this.history.apply(operation, options);
      return undefined;
    } catch (error) {
      if (error instanceof OperationError) {
        this.notify(error.localized, 'error');
        return error.localized;
      }
      throw error;
    }
  }

  undo(): void {
    if (!this.readOnly) this.history.undo();
  }

  redo(): void {
    if (!this.readOnly) this.history.redo();
  }

  /** Takes in other writers' changes (a live room); this person's undo keeps only their own steps. */
  receive(document: Document): void {
    this.history.receive(document);
  }

  /** Replaces the document (open, new) and starts a fresh history. */
  replace(document: Document): void {
    this.history.reset(document);
    this.#update({ selected: new Set() });
  }

  select(ids: Iterable<string>): void {
    const selected = new Set(ids);
    const current = this.#state.selected;
    if (selected.size === current.size && [...selected].every((id) => current.has(id))) return;
    this.#update({ selected });
  }

  /** Switches the interface language; the choice is remembered in this browser. */
  setLanguage(language: Language): void {
    try {
      localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // A browser that blocks storage still switches, for this visit.
    }
    this.#update({ language });
  }

  notify(text: Localized, kind: 'info' | 'error' = 'info'): void {
    const notice = { text, kind };
    this.#update({ notice });
    // A confirmation closes itself after a few seconds (a room should not read "saved" for an hour); an error stays until read.
    if (kind === 'info') setTimeout(() => this.#state.notice === notice && this.clearNotice(), NOTICE_SECONDS * 1000);
  }

  clearNotice(): void {
    if (this.#state.notice) this.#update({ notice: undefined });
  }

  #update(changes: { document?: Document; selected?: ReadonlySet<string>; language?: Language; notice?: EditorState['notice'] }): void {
    const document = changes.document ?? this.#state.document;
    // Drop selected ids that no longer exist (after a delete or an undo).
    const exists = new Set([...document.nodes.map((n) => n.id), ...document.edges.map((e) => e.id)]);
    const selected = new Set([...(changes.selected ?? this.#state.selected)].filter((id) => exists.has(id)));
    const notice = 'notice' in changes ? changes.notice : changes.document ? undefined : this.#state.notice;
    this.#state = this.#derive(document, selected, changes.language ?? this.#state.language, notice);
    for (const listener of this.#listeners) listener();
  }

  #derive(document: Document, selected: ReadonlySet<string>, language: Language, notice: EditorState['notice']): EditorState {
    if (this.#validated?.document !== document) this.#validated = { document, findings: validate(document) };
    return {
      document,
      findings: this.#validated.findings,
      selected,
      language,
      undoLabel: this.history?.undoLabel,
      redoLabel: this.history?.redoLabel,
      notice,
    };
  }
}
