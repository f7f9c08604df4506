import { createStore, del, get, set } from 'idb-keyval';
import { z } from 'zod';
import { parseDocument, serializeDocument, type Document, type ParseError } from '@veranderlogica/core';

const store = createStore('veranderlogica', 'documents');
const CURRENT = 'current';
const RECENT = 'recent';
const UNREADABLE = 'unreadable';
const MAX_RECENT = 8;
/**
 * The last edits, written synchronously when the page is hidden or unloads: an IndexedDB write started then may
 * never finish, so the text goes to localStorage first and moves to IndexedDB on the next start.
 */
const JOURNAL_KEY = 'veranderlogica:journal';

/**
 * Plans up to this many cards are journalled on every edit (serialising one takes well under a millisecond); larger
 * ones only when the page is hidden or unloads, and otherwise with the debounced save.
 */
const JOURNAL_EVERY_EDIT_UP_TO = 400;

/**
 * The document {@link loadCurrent} read from IndexedDB, as it is stored there. The editor's first save would write
 * it back unchanged: 600 kB serialised and written twice for a plan of 1,000 cards, while its cards are still
 * being drawn.
 */
let readAsStored: Document | undefined;

export interface RecentEntry {
  readonly id: string;
  readonly title: string;
  readonly savedAt: string;
}

/** What the recent list must look like; anything else in storage (an older build, a hand edit) is dropped, not trusted. */
const RecentEntrySchema = z.object({ id: z.string().min(1).max(200), title: z.string().max(2_000), savedAt: z.string().max(40) });

function readRecent(stored: unknown): RecentEntry[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const result = RecentEntrySchema.safeParse(entry);
    return result.success ? [result.data] : [];
  });
}

/**
 * Keeps the open document in IndexedDB, so a reload or a crashed tab loses
 * nothing, plus a short list of recent documents. Saves are debounced: rapid
 * edits cost one write; when the page is hidden or unloads, the pending edits
 * are written at once ({@link Autosave.flushNow}).
 */
export class Autosave {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: Document | undefined;
  /** The document last written (or read as stored): scheduling it again, with nothing pending, writes nothing. */
  #saved: Document | undefined = readAsStored;

  constructor(
    private readonly delayMs = 400,
    private readonly onSaved: (at: Date) => void = () => {},
    private readonly onFailed: (error: unknown) => void = () => {},
  ) {}

  /**
   * Schedules a save of this document (the latest call wins). A plan of workshop size also goes to the journal at
   * once, synchronously, so even a crashed tab (which never says it is going) loses no edit.
   */
  schedule(document: Document): void {
    if (document === this.#saved && this.#pending === undefined) return;
    // Another document replaces the open one: write the previous one's last edits first.
    if (this.#pending && this.#pending.id !== document.id) void this.flush();
    this.#pending = document;
    if (document.nodes.length <= JOURNAL_EVERY_EDIT_UP_TO) this.#journal(document);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes the pending document now; writes happen one after another, so the recent list never loses an entry. */
  flush(): Promise<void> {
    const document = this.#pending;
    this.#pending = undefined;
    clearTimeout(this.#timer);
    if (document) this.#writing = this.#writing.then(() => this.#write(document)).catch(this.onFailed);
    return this.#writing;
  }

  /**
   * For a page that is being hidden or unloaded: writes the pending document synchronously to the journal (so it
   * survives even if the page goes before IndexedDB finishes), then starts the ordinary write.
   */
  flushNow(): void {
    const document = this.#pending;
    if (!document) return;
    this.#journal(document);
    void this.flush();
  }

  #journal(document: Document): void {
    try {
      localStorage.setItem(JOURNAL_KEY, serializeDocument(document));
    } catch {
      // Storage full or blocked: the IndexedDB write is the remaining chance.
    }
  }

  #writing: Promise<void> = Promise.resolve();

  async #write(document: Document): Promise<void> {
    this.#saved = document;
    const text = serializeDocument(document);
    const savedAt = new Date();
    await set(CURRENT, text, store);
    await set(`doc:${document.id}`, text, store);
    const recent = readRecent(await get(RECENT, store)).filter((entry) => entry.id !== document.id);
    const next = [{ id: document.id, title: document.title, savedAt: savedAt.toISOString() }, ...recent].slice(0, MAX_RECENT);
    for (const dropped of recent.filter((entry) => !next.some((n) => n.id === entry.id))) await del(`doc:${dropped.id}`, store);
    await set(RECENT, next, store);
    // The journal has done its work once the same edits are in IndexedDB.
    if (localStorage.getItem(JOURNAL_KEY) === text) localStorage.removeItem(JOURNAL_KEY);
    this.onSaved(savedAt);
  }
}

/** The autosaved text that could not be read, kept aside (never overwritten by a later save) until the user takes it. */
export interface UnreadableAutosave {
  readonly text: string;
  readonly errors: readonly ParseError[];
  readonly savedAt: string;
}

export type Restored =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly document: Document }
  | { readonly kind: 'unreadable'; readonly unreadable: UnreadableAutosave };

/**
 * The document that was open last: from the journal when the page went before its last edits reached IndexedDB,
 * else from IndexedDB. Text that does not read (truncated, from a newer version, one field wrong) is moved aside
 * under its own key first, so the editor can open something else without overwriting it.
 */
export async function loadCurrent(): Promise<Restored> {
  const journal = localStorage.getItem(JOURNAL_KEY);
  const text = journal ?? (await get<unknown>(CURRENT, store));
  if (text === undefined || text === null || text === '') return { kind: 'none' };
  // Anything but a string in that slot (an older build, a hand edit) is unreadable too.
  const result = parseDocument(typeof text === 'string' ? text : '');
  if (result.ok) {
    // Read from IndexedDB unchanged (not from the journal, not migrated): there is nothing to write back.
    if (journal === null && result.warnings.length === 0) readAsStored = result.document;
    return { kind: 'ok', document: result.document };
  }
  const unreadable: UnreadableAutosave = {
    text: typeof text === 'string' ? text : (JSON.stringify(text) ?? ''),
    errors: result.errors,
    savedAt: new Date().toISOString(),
  };
  // Under a key of its own: a later unreadable autosave does not replace this one.
  await set(`${UNREADABLE}:${unreadable.savedAt}`, unreadable.text, store);
  if (journal !== null) localStorage.removeItem(JOURNAL_KEY);
  return { kind: 'unreadable', unreadable };
}

export async function listRecent(): Promise<RecentEntry[]> {
  return readRecent(await get(RECENT, store));
}

export async function loadRecent(id: string): Promise<Document | undefined> {
  const text = await get<unknown>(`doc:${id}`, store);
  const result = typeof text === 'string' ? parseDocument(text) : undefined;
  return result?.ok ? result.document : undefined;
}
