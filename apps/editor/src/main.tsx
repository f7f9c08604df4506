import { StrictMode } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import '@veranderlogica/ui/styles.css';
import './editor.css';
import { isLanguage, LANGUAGES, type Language } from '@veranderlogica/core';
import { loadHyphenation, type InterfaceLanguage } from '@veranderlogica/ui';
import { keepLoadedFiles } from './keep-offline.js';
import { roomInAddress } from './room/address.js';
import { LANGUAGE_KEY } from './language-key.js';

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

async function start() {
  // In development every operation's result is parsed in full, so a core bug shows at once (on every page).
  if (import.meta.env.DEV) (await import('@veranderlogica/core/editing')).setStrictOperations(true);
  // The app shell stays in this browser (a service worker, in the build only): a reload without network opens it.
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    void registerSW({ immediate: true });
    void keepLoadedFiles();
  }
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
  // The editor: its code loads only here, so a phone, the projector or a partner's review link never fetches it.
  const { startEditor } = await import('./editor-start.js');
  await startEditor({ inRoom, language: startLanguage(), pseudo });
}

void start();
