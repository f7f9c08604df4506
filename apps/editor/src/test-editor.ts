import { getTemplate, type Document, type Language, type NodeKind } from '@veranderlogica/core';
import { addCardOperation } from './card-operations.js';
import { dispatchKey, runCommand, viewOf, type CommandContext, type CommandView, type Mode, type View } from './command-registry.js';
import { COMMANDS } from './commands/index.js';
import { EditorStore } from './store.js';

/** What a key press carries: the key as the browser names it, its modifiers, and the kind of element it was aimed at. */
export interface Press {
  readonly mod?: boolean;
  readonly shift?: boolean;
  readonly alt?: boolean;
  /** The element the key was pressed in: `INPUT` or `TEXTAREA` is typing (most commands then stay silent). */
  readonly in?: 'DIV' | 'INPUT' | 'TEXTAREA';
}

/**
 * The editor without a browser, to test commands, keys, selection and what the toolbar shows (as tldraw's
 * `TestEditor`): a real `EditorStore` with the real command registry; what the screen does (views, the workshop
 * column, presenting) is kept as state, and what only a browser can do (files, dialogs, framing the view) is
 * recorded in `calls`. Cards are added where the middle of the view would be (`centre`).
 *
 * @example
 * const editor = new TestEditor();
 * editor.select('int-csg').press('Delete');
 * expect(editor.document.nodes.some((node) => node.id === 'int-csg')).toBe(false);
 * editor.press('z', { mod: true }); // undo
 */
export class TestEditor {
  readonly store: EditorStore;
  /** What was asked of the screen, in order: `fit`, `open`, `export html`, `add intervention`… */
  readonly calls: string[] = [];
  view: View = 'diagram';
  mode: Mode = 'edit';
  workshop = false;
  /** Whether the comments, suggestions and adoption dock is open. */
  reviewing = false;
  inRoom = false;
  /** Where the middle of the view is, in diagram units: where a card added with a key or the palette goes. */
  centre = { x: 0, y: 0 };

  constructor(document: Document = getTemplate('voorbeeldregio')!.create(), language: Language = 'nl') {
    this.store = new EditorStore(document, language);
  }

  get document(): Document {
    return this.store.getState().document;
  }

  get selected(): ReadonlySet<string> {
    return this.store.getState().selected;
  }

  /** The context the commands run against, as App.tsx builds it. */
  get context(): CommandContext {
    const record =
      (name: string) =>
      (...args: unknown[]) =>
        void this.calls.push([name, ...args.filter((arg) => typeof arg === 'string')].join(' '));
    return {
      store: this.store,
      mode: this.mode,
      view: this.view,
      workshop: this.workshop,
      layingOut: false,
      canSaveAs: true,
      inRoom: this.inRoom,
      presentation: undefined,
      addCard: (kind: NodeKind) => void this.addCard(kind),
      duplicate: record('duplicate'),
      newDocument: record('new'),
      open: record('open'),
      save: (asNew) => void this.calls.push(asNew ? 'save as' : 'save'),
      exportAs: (format) => void this.calls.push(`export ${format === 'print' ? 'print' : format.id}`),
      layout: record('layout'),
      fitView: record('fit'),
      find: record('find'),
      help: record('help'),
      setView: (view) => void (this.view = view),
      toggleWorkshop: () => void (this.workshop = !this.workshop),
      reviewing: this.reviewing,
      toggleReview: () => void (this.reviewing = !this.reviewing),
      present: () => void (this.mode = 'present'),
      openRoom: record('openRoom'),
      importMeasurements: record('importMeasurements'),
      saveVersion: record('saveVersion'),
      compare: record('compare'),
      connectTo: record('connectTo'),
      escape: record('escape'),
    };
  }

  /** Adds a card of a kind in its layer near the middle of the view, selected, as the palette does; returns its id. */
  addCard(kind: NodeKind): string {
    const { op, id } = addCardOperation(this.document, kind, this.centre, true);
    this.store.apply(op);
    this.store.select([id]);
    return id;
  }

  select(...ids: string[]): this {
    this.store.select(ids);
    return this;
  }

  /** Runs a command by id, as a button does; says whether it ran (a disabled one does not). */
  run(id: string): boolean {
    return runCommand(COMMANDS, id, this.context);
  }

  /** Presses a key, as the editor's one keyboard listener hears it; returns the id of the command that ran, if any. */
  press(key: string, press: Press = {}): string | undefined {
    const event = {
      key,
      ctrlKey: press.mod ?? false,
      metaKey: false,
      shiftKey: press.shift ?? false,
      altKey: press.alt ?? false,
      target: { tagName: press.in ?? 'DIV', isContentEditable: false, closest: () => null },
      preventDefault: () => {},
      stopPropagation: () => {},
    } as unknown as KeyboardEvent;
    return dispatchKey(COMMANDS, event, this.context)?.id;
  }

  /** How a command's button shows now: label, what it will do, disabled, pressed. */
  button(id: string, language: Language = 'nl'): CommandView {
    return viewOf(COMMANDS, id, this.context, language);
  }
}
