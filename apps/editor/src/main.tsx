import { StrictMode } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import '@veranderlogica/ui/styles.css';
import './editor.css';
import { getTemplate, isLanguage, LANGUAGES, type Language } from '@veranderlogica/core';
import { setStrictOperations } from '@veranderlogica/core/editing';
import { loadHyphenation, localize, type InterfaceLanguage } from '@veranderlogica/ui';
import { App } from './App.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { needsLayout } from './layout.js';
import { loadCurrent } from './persistence.js';
import { addRegionLink } from './region.js';
import { readClaims } from './room/address.js';
import type { RoomConnection } from './room/connection.js';
import { EditorStore, LANGUAGE_KEY } from './store.js';

// In development every operation's result is parsed in full, so a core bug shows at once.
setStrictOperations(import.meta.env.DEV);

/** The interface language: `?lang=` in the address wins, then the last choice in this browser, then Dutch. */
function startLanguage(): Language {
  const asked = new URLSearchParams(location.search).get('lang') ?? localStorage.getItem(LANGUAGE_KEY);
  if (isLanguage(asked)) return asked;
  return asked === 'qps' ? 'en' : LANGUAGES[0];
}

/**
 * `?lang=qps`: the pseudo-locale, every catalogue text accented and lengthened (on English), to find text that was
 * written into the interface instead of taken from a catalogue, and text that a longer language will not fit.
 */
const pseudo = new URLSearchParams(location.search).get('lang') === 'qps';
const interfaceLanguage = (): InterfaceLanguage => (pseudo ? 'qps' : startLanguage());

/** A live room in the address: `?room=<id>#token=<token>` (facilitator, participant or screen), or `?join=<code>`. */
function roomInAddress() {
  const params = new URLSearchParams(location.search);
  const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? undefined;
  const room = params.get('room') ?? undefined;
  const claims = token ? readClaims(token) : undefined;
  return { join: params.has('join'), room, token, role: claims?.role };
}

async function start() {
  // The app shell stays in this browser (a service worker, in the build only): a reload without network opens it.
  if (import.meta.env.PROD && 'serviceWorker' in navigator) void registerSW({ immediate: true });
  const inRoom = roomInAddress();
  if (inRoom.join || (inRoom.room && inRoom.role === 'participant')) {
    // A participant's phone or laptop: their own small page, not the editor.
    const [{ ParticipantApp }] = await Promise.all([import('./room/ParticipantApp.js'), loadHyphenation(startLanguage())]);
    createRoot(window.document.getElementById('root')!).render(
      <StrictMode>
        <ParticipantApp start={interfaceLanguage()} />
      </StrictMode>,
    );
    return;
  }
  if (inRoom.room && inRoom.token && inRoom.role === 'reviewer') {
    // A partner's review link: the plan to read, comment on and suggest for, not the editor.
    const [{ ReviewApp }] = await Promise.all([import('./room/ReviewApp.js'), loadHyphenation(startLanguage())]);
    createRoot(window.document.getElementById('root')!).render(
      <StrictMode>
        <ReviewApp room={inRoom.room} token={inRoom.token} start={interfaceLanguage()} />
      </StrictMode>,
    );
    return;
  }
  if (inRoom.room && inRoom.token && inRoom.role === 'viewer') {
    // The projector: the room's own screen, not the editor.
    const [{ ScreenApp }] = await Promise.all([import('./room/ScreenApp.js'), loadHyphenation(startLanguage())]);
    createRoot(window.document.getElementById('root')!).render(
      <StrictMode>
        <ScreenApp room={inRoom.room} token={inRoom.token} start={interfaceLanguage()} />
      </StrictMode>,
    );
    return;
  }
  // The last document comes back after a reload or a crash; a first visit opens the worked example. An autosave
  // that does not read is kept aside and offered for download; the worked example opens without overwriting it.
  // The first language's patterns load while the plan is read (most plans are Dutch); another's once the plan says so.
  void loadHyphenation(LANGUAGES[0]);
  const restored = await loadCurrent().catch(() => ({ kind: 'none' }) as const);
  const document = restored.kind === 'ok' ? restored.document : getTemplate('voorbeeldregio')!.create();
  // Titles break between syllables from the first picture on: the cards are measured and laid out with them.
  await loadHyphenation(document.language);
  const store = new EditorStore(document, startLanguage());
  // A plan link for the region opens this browser's Regio view with that plan added (and kept for next time);
  // the token leaves the address bar.
  const planLinkOpened = inRoom.role === 'reader' && inRoom.room !== undefined;
  if (planLinkOpened) {
    const link = location.href;
    const rest = new URLSearchParams(location.search);
    rest.delete('room');
    history.replaceState(null, '', `${location.pathname}${rest.size ? `?${rest}` : ''}`);
    void addRegionLink(link, startLanguage());
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
          pseudo={pseudo}
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

void start();
