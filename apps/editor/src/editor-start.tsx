import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getTemplate, LANGUAGES } from '@veranderlogica/core';
import { loadHyphenation, localize } from '@veranderlogica/ui';
import { App } from './App.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { needsLayout } from './layout.js';
import { loadCurrent } from './persistence.js';
import { addRegionLink } from './region.js';
import type { RoomInAddress } from './room/claims.js';
import { pseudo, startLanguage } from './page-language.js';
import type { RoomConnection } from './room/connection.js';
import { EditorStore } from './store.js';

/**
 * Opens the editor on the plan this browser kept (or the worked example), in a room when the address names one.
 * Loaded by `main.tsx` only for the editor: a participant's, the projector's and a reviewer's pages never fetch it.
 */
export async function startEditor(inRoom: RoomInAddress): Promise<void> {
  const language = startLanguage();
  // The last document comes back after a reload or a crash; a first visit opens the worked example. An autosave
  // that does not read is kept aside and offered for download; the worked example opens without overwriting it.
  // The first language's patterns load while the plan is read (most plans are Dutch); another's once the plan says so.
  void loadHyphenation(LANGUAGES[0]);
  const restored = await loadCurrent().catch(() => ({ kind: 'none' }) as const);
  const document = restored.kind === 'ok' ? restored.document : getTemplate('voorbeeldregio')!.create();
  // Titles break between syllables from the first picture on: the cards are measured and laid out with them.
  await loadHyphenation(document.language);
  const store = new EditorStore(document, language);
  // A plan link for the region opens this browser's Regio view with that plan added (and kept for next time);
  // the token leaves the address bar.
  const planLinkOpened = inRoom.role === 'reader' && inRoom.room !== undefined;
  if (planLinkOpened) {
    const link = location.href;
    const rest = new URLSearchParams(location.search);
    rest.delete('room');
    history.replaceState(null, '', `${location.pathname}${rest.size ? `?${rest}` : ''}`);
    void addRegionLink(link, language);
  }
  if (restored.kind === 'ok') store.notify(localize('autosave.restored'));
  const layoutOnStart = needsLayout(document);
  // A facilitator's or a screen's editor joins the room: the room's plan replaces the local one when it arrives.
  // The connection (Yjs, Hocuspocus, the offline store) loads only for a room.
  const room =
    inRoom.room && inRoom.token && !planLinkOpened
      ? new (await import('./room/connection.js')).RoomConnection(inRoom.room, inRoom.token)
      : undefined;
  if (room) {
    room.bind(store);
    store.readOnly = room.claims.role !== 'facilitator';
  }
  createRoot(window.document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary store={store}>
        <App
          store={store}
          layoutOnStart={layoutOnStart && !room}
          pseudo={pseudo()}
          {...(room ? { room } : {})}
          {...(planLinkOpened ? { startView: 'region' as const } : {})}
          {...(restored.kind === 'unreadable' ? { unreadable: restored.unreadable } : {})}
        />
      </ErrorBoundary>
    </StrictMode>,
  );
  (window as unknown as { __veranderlogica?: EditorStore }).__veranderlogica = store;
  if (room) (window as unknown as { __veranderlogicaRoom?: RoomConnection }).__veranderlogicaRoom = room;
}
