import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { createStore, del, get, set } from 'idb-keyval';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { serializeDocument, type Document, type Localized } from '@veranderlogica/core';
import {
  cardsBy,
  Outbox,
  readInbox,
  ROOM_MESSAGE_LIMIT,
  roomUpdateBytes,
  readRoomState,
  ROOM_CLOSED_REASON,
  SharedDocument,
  type BallotNews,
  type Dots,
  type InboxCard,
  type OutboxStorage,
  type QueuedCommand,
  type RoomCommand,
  type RoomCommandAnswer,
  type RoomState,
} from '@veranderlogica/core/sync';
import { localize, type RoomPerson } from '@veranderlogica/ui';
import type { EditorStore } from '../store.js';
import { readClaims, type Claims } from './address.js';

/** What a room screen shows, as one snapshot that changes only when something in it does. */
export interface RoomSnapshot {
  readonly status: 'connecting' | 'connected' | 'offline';
  /** The plan has arrived (from the server or from this browser's copy). */
  readonly loaded: boolean;
  readonly room: RoomState;
  readonly inbox: readonly InboxCard[];
  readonly people: readonly RoomPerson[];
  /** Per card, the others in the room who have it selected. */
  readonly others: ReadonlyMap<string, readonly { name: string; color: string }[]>;
  /** Cards others are dragging right now, where they hold them. */
  readonly moving: ReadonlyMap<string, { x: number; y: number }>;
  /** Others' pointers on the diagram. */
  readonly cursors: readonly { name: string; color: string; x: number; y: number }[];
  /** The room was closed or the token refused: why, for the screen. */
  readonly refused: string | undefined;
  /** Counts every change of the shared document, so screens that read the plan draw again. */
  readonly revision: number;
  /** The cards of the plan that this connection's person proposed (the same set object while it stays the same). */
  readonly mine: ReadonlySet<string>;
  /** This person's own dots, as the server last told them (a secret ballot keeps them nowhere else). */
  readonly myBallot: Dots;
  /** How many people have placed a dot, as the server last told the room; never who. */
  readonly voters: number | undefined;
  /** What this person made that waits for a connection (cards, dots), oldest first. */
  readonly queued: readonly QueuedCommand[];
  /** A command that waited and was then refused by the room: why, for the screen. */
  readonly refusedLater: Localized | undefined;
}

/** Where a participant's queue waits in this browser (IndexedDB), one database for all rooms. */
const outboxes = typeof indexedDB === 'undefined' ? undefined : createStore('veranderlogica-outbox', 'queues');

/** The queue of one person in one room, kept in IndexedDB: a reload (or a phone's browser closing) loses nothing. */
function outboxStorage(room: string, person: string): OutboxStorage {
  const key = `${room}/${person}`;
  return {
    load: async () => (outboxes ? ((await get<QueuedCommand[]>(key, outboxes)) ?? []) : []),
    save: async (queue) => {
      if (!outboxes) return;
      if (queue.length === 0) await del(key, outboxes);
      else await set(key, queue, outboxes);
    },
  };
}

const COLORS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#a21caf'];
const colorOf = (id: string) => COLORS[[...id].reduce((sum, c) => sum + c.charCodeAt(0), 0) % COLORS.length]!;

/**
 * One browser in a live room: a Yjs replica of the plan kept in sync with the
 * server (Hocuspocus) and in this browser's IndexedDB, so work done offline
 * survives a reload and merges on reconnecting. A facilitator's store is
 * bound to it: their operations go out, everyone else's come in without
 * entering their undo.
 *
 * @example
 * const connection = new RoomConnection(room, token);
 * const unbind = connection.bind(store);
 */
export class RoomConnection {
  readonly ydoc = new Y.Doc();
  readonly shared: SharedDocument;
  readonly provider: HocuspocusProvider;
  readonly persistence: IndexeddbPersistence;
  readonly claims: Claims;
  /** Cards and dots on their way: kept in IndexedDB until the server has answered, each carried out once. */
  readonly outbox: Outbox;
  /** Server time minus this laptop's time, in ms. */
  #offset = 0;
  #snapshot: RoomSnapshot;
  readonly #listeners = new Set<() => void>();
  readonly #answers = new Map<number, (answer: RoomCommandAnswer) => void>();
  #next = 1;

  constructor(
    readonly room: string,
    readonly token: string,
  ) {
    this.claims = readClaims(token) ?? { room, role: 'viewer', id: 'unknown', name: '', expires: 0 };
    this.shared = new SharedDocument(this.ydoc, { voter: this.claims.id });
    this.persistence = new IndexeddbPersistence(`veranderlogica-room-${room}-${this.claims.role}`, this.ydoc);
    this.#snapshot = {
      status: 'connecting',
      loaded: false,
      room: readRoomState(this.ydoc),
      inbox: [],
      people: [],
      others: new Map(),
      moving: new Map(),
      cursors: [],
      refused: undefined,
      revision: 0,
      mine: new Set(),
      myBallot: {},
      voters: undefined,
      queued: [],
      refusedLater: undefined,
    };
    this.outbox = new Outbox(outboxStorage(room, this.claims.id), (command, key) => this.command(command, key), {
      onChange: (queued) => this.#update({ queued }),
      onRefused: (_command, reason) => this.#update({ refusedLater: reason }),
    });
    const url = new URL('/', location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    this.provider = new HocuspocusProvider({
      url: url.toString(),
      name: room,
      token,
      document: this.ydoc,
      onStatus: ({ status }) =>
        this.#update({
          status: status === WebSocketStatus.Connected ? 'connected' : status === WebSocketStatus.Connecting ? 'connecting' : 'offline',
        }),
      onDisconnect: () => this.#update({ status: 'offline' }),
      // The facilitator closed the room: the server ends this document's connection with that reason.
      onClose: ({ event }) => {
        if (event.reason === ROOM_CLOSED_REASON) this.#update({ refused: event.reason, status: 'offline' });
      },
      onAuthenticationFailed: ({ reason }) => this.#update({ refused: reason }),
      onStateless: ({ payload }) => {
        try {
          const message = JSON.parse(payload) as RoomCommandAnswer | BallotNews;
          if ('answer' in message) {
            if (message.ok && message.mine) this.#update({ myBallot: message.mine });
            if (message.ok && message.voters !== undefined) this.#update({ voters: message.voters });
            this.#answers.get(message.answer)?.(message);
            this.#answers.delete(message.answer);
          } else if (message.type === 'ballot' && Number.isInteger(message.voters)) {
            this.#update({ voters: message.voters });
          }
        } catch {
          // Not an answer of ours: ignored.
        }
      },
      // Once in (again): what waited goes out, then one's own dots and the count, which live on the server only (a
      // review link has no dots).
      onSynced: () => {
        void this.outbox.flush().then(() => (this.claims.role === 'reviewer' ? undefined : this.command({ type: 'ballot' })));
      },
    });
    this.provider.awareness?.setLocalStateField('user', {
      id: this.claims.id,
      // Without a name, the room panel shows the role in its reader's language.
      name: this.claims.name,
      role: this.claims.role,
      color: colorOf(this.claims.id),
    });
    this.provider.awareness?.on('change', () => this.#update(this.#presence()));
    this.ydoc.on('afterTransaction', () => {
      this.#update({
        loaded: this.shared.loaded,
        room: readRoomState(this.ydoc),
        inbox: readInbox(this.ydoc),
        revision: this.#snapshot.revision + 1,
        mine: this.#mine(),
      });
    });
    void this.#measureOffset();
  }

  async #measureOffset(): Promise<void> {
    try {
      const sent = Date.now();
      const response = await fetch('/api/time', { cache: 'no-store' });
      const { now } = (await response.json()) as { now: number };
      this.#offset = now - (sent + Date.now()) / 2;
    } catch {
      this.#offset = 0;
    }
  }

  /** The server's clock, corrected for this laptop's offset: one timer for the whole room. */
  serverNow = (): number => Date.now() + this.#offset;

  /**
   * Everyone's presence in one pass: who is here (one entry per person, however many tabs), and of the others
   * which cards they have selected, where their pointer is and which cards they are dragging. It travels as
   * presence, never through the plan.
   */
  #presence(): Pick<RoomSnapshot, 'people' | 'others' | 'moving' | 'cursors'> {
    const people = new Map<string, RoomPerson>();
    const others = new Map<string, { name: string; color: string }[]>();
    const moving = new Map<string, { x: number; y: number }>();
    const cursors: { name: string; color: string; x: number; y: number }[] = [];
    const mine = this.provider.awareness?.clientID;
    const point = (value: unknown): value is { x: number; y: number } =>
      typeof value === 'object' &&
      value !== null &&
      Number.isFinite((value as { x: unknown }).x) &&
      Number.isFinite((value as { y: unknown }).y);
    for (const [client, state] of this.provider.awareness?.getStates() ?? []) {
      const { user, selection, cursor, dragging } = state as {
        user?: Partial<RoomPerson>;
        selection?: unknown;
        cursor?: unknown;
        dragging?: unknown;
      };
      if (!user || typeof user.id !== 'string') continue;
      const who = { name: String(user.name ?? '').slice(0, 40), color: String(user.color ?? '#6b7280') };
      if (!people.has(user.id)) people.set(user.id, { id: user.id, role: user.role ?? 'viewer', ...who });
      if (client === mine) continue;
      const shown = { ...who, name: who.name || '—' };
      if (Array.isArray(selection)) {
        for (const id of selection.slice(0, 200)) if (typeof id === 'string') others.set(id, [...(others.get(id) ?? []), shown]);
      }
      if (point(cursor)) cursors.push({ ...shown, x: cursor.x, y: cursor.y });
      if (typeof dragging === 'object' && dragging !== null) {
        for (const [id, at] of Object.entries(dragging).slice(0, 200)) if (point(at)) moving.set(id, { x: at.x, y: at.y });
      }
    }
    return { people: [...people.values()], others, moving, cursors };
  }

  #pending: { cursor?: unknown; dragging?: unknown } = {};
  #flush: ReturnType<typeof setTimeout> | undefined;

  /** This person's pointer and dragged cards, sent at most every 50 ms: presence, never the plan. */
  presence = (presence: {
    readonly cursor?: { readonly x: number; readonly y: number } | undefined;
    readonly dragging?: Readonly<Record<string, { readonly x: number; readonly y: number }>> | undefined;
  }): void => {
    Object.assign(this.#pending, presence);
    if (this.#flush !== undefined) return;
    this.#flush = setTimeout(() => {
      this.#flush = undefined;
      const awareness = this.provider.awareness;
      if (!awareness) return;
      for (const [key, value] of Object.entries(this.#pending)) awareness.setLocalStateField(key, value ?? null);
      this.#pending = {};
    }, 50);
  };

  /** Tells the room which cards this person has selected (shown on the others' canvases). */
  select(ids: readonly string[]): void {
    this.provider.awareness?.setLocalStateField('selection', ids.slice(0, 200));
  }

  getSnapshot = (): RoomSnapshot => this.#snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** This person's cards, as the set it was while nothing changed in it. */
  #mine(): ReadonlySet<string> {
    const now = cardsBy(this.ydoc, this.claims.id);
    const before = this.#snapshot.mine;
    return now.size === before.size && [...now].every((id) => before.has(id)) ? before : now;
  }

  #update(changes: Partial<RoomSnapshot>): void {
    const next = { ...this.#snapshot, ...changes };
    const text = (value: unknown) => JSON.stringify(value instanceof Map || value instanceof Set ? [...value] : value);
    const same = (Object.keys(changes) as (keyof RoomSnapshot)[]).every((key) => text(next[key]) === text(this.#snapshot[key]));
    if (same) return;
    this.#snapshot = next;
    for (const listener of this.#listeners) listener();
  }

  /** The plan as the room has it now. */
  document(): Document {
    return this.shared.read();
  }

  /**
   * Binds an editor's store: when the room's plan arrives it replaces the
   * store's document; from then on this person's operations (a facilitator's)
   * go out, and everyone else's come in without entering this person's undo.
   */
  bind(store: EditorStore): () => void {
    let receiving = false;
    let started = false;
    const take = () => {
      if (!this.shared.loaded) return;
      const document = this.shared.read();
      receiving = true;
      try {
        if (!started) store.replace(document);
        else store.receive(document);
      } finally {
        receiving = false;
      }
      started = true;
    };
    const onTransaction = (transaction: Y.Transaction) => {
      if (transaction.origin !== this.shared.origin) take();
    };
    this.ydoc.on('afterTransaction', onTransaction);
    take();
    let selected = store.getState().selected;
    const stopSelection = store.subscribe(() => {
      const now = store.getState().selected;
      if (now !== selected) this.select([...(selected = now)]);
    });
    const unsubscribe = store.history.subscribe((change) => {
      if (receiving || change.cause === 'remote' || !started || this.claims.role !== 'facilitator') return;
      const bytes = roomUpdateBytes(change.changes);
      if (bytes > ROOM_MESSAGE_LIMIT) {
        // One change travels as one message, and the server reads none over its limit: rather than a change the room
        // never gets, it is taken back here (once this step is over), and the facilitator is told why.
        queueMicrotask(() => {
          receiving = true;
          try {
            if (change.cause === 'undo') store.redo();
            else if (change.cause === 'reset') store.replace(this.shared.read());
            else store.undo();
          } finally {
            receiving = false;
          }
          store.notify(localize('room.tooLarge', { size: Math.round(bytes / 104_857.6) / 10 }), 'error');
        });
        return;
      }
      this.shared.commit(change.changes, change.document);
    });
    return () => {
      this.ydoc.off('afterTransaction', onTransaction);
      unsubscribe();
      stopSelection();
    };
  }

  /**
   * Sends a command now; resolves with the server's answer, or a refusal to try again (`retry`) when offline or
   * unanswered. Cards and dots go through {@link RoomConnection.queue} instead, which waits for the network.
   */
  command(command: RoomCommand, key?: string): Promise<RoomCommandAnswer> {
    const id = this.#next++;
    return new Promise((resolve) => {
      if (this.#snapshot.status !== 'connected' || !this.provider.isSynced) {
        resolve({ answer: id, ok: false, reason: OFFLINE, retry: true });
        return;
      }
      this.#answers.set(id, resolve);
      this.provider.sendStateless(JSON.stringify({ version: 1, id, command, ...(key === undefined ? {} : { key }) }));
      setTimeout(() => {
        if (this.#answers.delete(id)) resolve({ answer: id, ok: false, reason: OFFLINE, retry: true });
      }, 10_000);
    });
  }

  /**
   * A card or a dot from this person: kept in IndexedDB first, then sent (now, or when the network is back), and
   * carried out once however often it has to be sent. Resolves once it is kept; gives why not when too much waits.
   */
  queue(command: RoomCommand): Promise<Localized | undefined> {
    this.#update({ refusedLater: undefined });
    return this.outbox.add(command);
  }

  /**
   * A facilitator's request to the room's API: `reveal`, `close`, `remove` (with `{ person }`), `reviews` (with
   * `{ round }`), `read-link` (a plan link for the region).
   */
  async post(action: 'reveal' | 'close' | 'reopen' | 'remove' | 'reviews' | 'read-link', body?: unknown): Promise<Response> {
    return fetch(`/api/rooms/${encodeURIComponent(this.room)}/${action}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  /** The plan as JSON, for saving a copy. */
  json(): string {
    return serializeDocument(this.shared.read());
  }

  destroy(): void {
    this.outbox.stop();
    this.provider.destroy();
    void this.persistence.destroy();
  }
}

const OFFLINE: Localized = localize('room.offline');
