import type { Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import { DocumentSchema, serializeDocument } from '@veranderlogica/core';
import { SharedDocument } from '@veranderlogica/core/sync';
import * as Y from 'yjs';
import { logLine } from '../http.js';
import type { RoomStore } from '../store.js';

/**
 * Rooms in a {@link RoomStore} (SQLite or PostgreSQL): loaded when the first person comes in, stored a moment
 * after each change. What is stored always parses: a merged state that would not is kept out, and the last good one stays.
 *
 * @example
 * new Server({ extensions: [new Storage(new SqliteStore('./data'))] });
 */
export class Storage implements Extension {
  readonly extensionName = 'veranderlogica-storage';

  constructor(
    private readonly store: RoomStore,
    private readonly options: { readonly quiet?: boolean } = {},
  ) {}

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<Y.Doc> {
    const state = await this.store.load(documentName);
    if (!state) throw new Error('no such room');
    Y.applyUpdate(document, state);
    return document;
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    await this.store.save(documentName, (stored) => {
      const merged = stored ? Y.mergeUpdates([stored, Y.encodeStateAsUpdate(document)]) : Y.encodeStateAsUpdate(document);
      const probe = new Y.Doc();
      Y.applyUpdate(probe, merged);
      const plan = new SharedDocument(probe, { voter: 'server' }).read();
      if (!DocumentSchema.safeParse(plan).success) {
        logLine(this.options.quiet, { event: 'not-stored', room: documentName, reason: 'the merged plan does not parse' });
        return undefined;
      }
      return { state: merged, json: serializeDocument(plan) };
    });
  }
}
