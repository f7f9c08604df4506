import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import '@veranderlogica/ui/styles.css';
import './editor.css';
import { getTemplate, positionOf, setStrictOperations } from '@veranderlogica/core';
import { localize } from '@veranderlogica/ui';
import { App } from './App.js';
import { loadCurrent } from './persistence.js';
import { EditorStore } from './store.js';

// In development every operation's result is parsed in full, so a core bug shows at once.
setStrictOperations(import.meta.env.DEV);

async function start() {
  // The last document comes back after a reload or a crash; a first visit opens the worked example.
  const restored = await loadCurrent().catch(() => undefined);
  const document = restored ?? getTemplate('voorbeeldregio')!.create();
  const language = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'nl';
  const store = new EditorStore(document, language);
  if (restored) store.notify(localize('autosave.restored'));
  const layoutOnStart = !document.layout || document.nodes.some((node) => !positionOf(document, node.id));
  createRoot(window.document.getElementById('root')!).render(
    <StrictMode>
      <App store={store} layoutOnStart={layoutOnStart} />
    </StrictMode>,
  );
  (window as unknown as { __veranderlogica?: EditorStore }).__veranderlogica = store;
}

void start();
