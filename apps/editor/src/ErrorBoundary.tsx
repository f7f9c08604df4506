import { Component, type ErrorInfo, type ReactNode } from 'react';
import { serializeDocument } from '@veranderlogica/core';
import { localize } from '@veranderlogica/ui';
import { downloadText } from './files.js';
import type { EditorStore } from './store.js';

interface State {
  readonly error: Error | undefined;
}

/**
 * The last line of defence: if anything in the editor throws while rendering, the page shows what happened and
 * how to keep the work, never a blank page. The document itself is untouched (it lives in the store and the
 * autosave), so reloading brings it back; downloading it keeps a copy whatever happens.
 */
export class ErrorBoundary extends Component<{ store: EditorStore; children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The editor stopped:', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { store } = this.props;
    const language = store.getState().language;
    const say = (key: Parameters<typeof localize>[0]) => localize(key)[language];
    const document = store.getState().document;
    return (
      <main className="editor-crash" role="alert">
        <h1>{say('crash.title')}</h1>
        <p>{say('crash.body')}</p>
        <pre className="editor-crash__reason">{error.message.slice(0, 500)}</pre>
        <p className="editor-crash__actions">
          <button type="button" className="vl-button" onClick={() => downloadText(`${document.id}.json`, serializeDocument(document))}>
            {say('crash.download')}
          </button>
          <button type="button" className="vl-button" onClick={() => location.reload()}>
            {say('crash.reload')}
          </button>
        </p>
      </main>
    );
  }
}
