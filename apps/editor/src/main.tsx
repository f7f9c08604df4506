import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import '@veranderlogica/ui/styles.css';
import './editor.css';
import { getTemplate, positionOf, setStrictOperations, type Language } from '@veranderlogica/core';
import { loadHyphenation, localize } from '@veranderlogica/ui';
import { App } from './App.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { loadCurrent } from './persistence.js';
import { EditorStore, LANGUAGE_KEY } from './store.js';

// In development every operation's result is parsed in full, so a core bug shows at once.
setStrictOperations(import.meta.env.DEV);

/** The interface language: `?lang=` in the address wins, then the last choice in this browser, then Dutch. */
function startLanguage(): Language {
  const asked = new URLSearchParams(location.search).get('lang') ?? localStorage.getItem(LANGUAGE_KEY);
  return asked === 'en' ? 'en' : 'nl';
}

async function start() {
  // The last document comes back after a reload or a crash; a first visit opens the worked example. An autosave
  // that does not read is kept aside and offered for download; the worked example opens without overwriting it.
  const restored = await loadCurrent().catch(() => ({ kind: 'none' }) as const);
  const document = restored.kind === 'ok' ? restored.document : getTemplate('voorbeeldregio')!.create();
  // Titles break between syllables from the first picture on: the cards are measured and laid out with them.
  await loadHyphenation(document.language);
  const store = new EditorStore(document, startLanguage());
  if (restored.kind === 'ok') store.notify(localize('autosave.restored'));
  const layoutOnStart = !document.layout || document.nodes.some((node) => !positionOf(document, node.id));
  createRoot(window.document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary store={store}>
        <App store={store} layoutOnStart={layoutOnStart} {...(restored.kind === 'unreadable' ? { unreadable: restored.unreadable } : {})} />
      </ErrorBoundary>
    </StrictMode>,
  );
  (window as unknown as { __veranderlogica?: EditorStore }).__veranderlogica = store;
}

void start();
