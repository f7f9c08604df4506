import { createStore, del, get, set } from 'idb-keyval';
import { parseDocument, serializeDocument, type Document } from '@veranderlogica/core';

const store = createStore('veranderlogica', 'documents');
const CURRENT = 'current';
const RECENT = 'recent';
const MAX_RECENT = 8;

export interface RecentEntry {
  readonly id: string;
  readonly title: string;
  readonly savedAt: string;
}

/**
 * Keeps the open document in IndexedDB, so a reload or a crashed tab loses
 * nothing, plus a short list of recent documents. Saves are debounced: rapid
 * edits cost one write.
 */
export class Autosave {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: Document | undefined;

  constructor(
    private readonly delayMs = 400,
    private readonly onSaved: (at: Date) => void = () => {},
    private readonly onFailed: (error: unknown) => void = () => {},
  ) {}

  /** Schedules a save of this document (the latest call wins). */
  schedule(document: Document): void {
    // Another document replaces the open one: write the previous one's last edits first.
    if (this.#pending && this.#pending.id !== document.id) void this.flush();
    this.#pending = document;
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

  #writing: Promise<void> = Promise.resolve();

  async #write(document: Document): Promise<void> {
    const text = serializeDocument(document);
    const savedAt = new Date();
    await set(CURRENT, text, store);
    await set(`doc:${document.id}`, text, store);
    const recent = ((await get<RecentEntry[]>(RECENT, store)) ?? []).filter((entry) => entry.id !== document.id);
    const next = [{ id: document.id, title: document.title, savedAt: savedAt.toISOString() }, ...recent].slice(0, MAX_RECENT);
    for (const dropped of recent.filter((entry) => !next.some((n) => n.id === entry.id))) await del(`doc:${dropped.id}`, store);
    await set(RECENT, next, store);
    this.onSaved(savedAt);
  }
}

/** The document that was open last, if it still reads. */
export async function loadCurrent(): Promise<Document | undefined> {
  const text = await get<string>(CURRENT, store);
  if (!text) return undefined;
  const result = parseDocument(text);
  return result.ok ? result.document : undefined;
}

export async function listRecent(): Promise<RecentEntry[]> {
  return (await get<RecentEntry[]>(RECENT, store)) ?? [];
}

export async function loadRecent(id: string): Promise<Document | undefined> {
  const text = await get<string>(`doc:${id}`, store);
  const result = text ? parseDocument(text) : undefined;
  return result?.ok ? result.document : undefined;
}
