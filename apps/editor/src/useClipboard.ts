import { useCallback, useEffect } from 'react';
import type { ReactFlowInstance } from '@xyflow/react';
import {
  copyFragment,
  deleteOperations,
  MAX_FRAGMENT_CARDS,
  pasteOperations,
  readFragmentChecked,
  type Fragment,
} from '@veranderlogica/core/editing';
import { minOf } from '@veranderlogica/core';
import { localize } from '@veranderlogica/ui';
import { isTyping } from './command-registry.js';
import type { EditorStore } from './store.js';

/**
 * Copy, cut and paste through the system clipboard, so cards move between tabs and documents; text fields keep
 * their own. Returns `duplicate`, which pastes the selection beside itself.
 */
export function useClipboard(store: EditorStore, flow: Pick<ReactFlowInstance, 'screenToFlowPosition'>) {
  /** Pastes copied cards: beside the originals in the same document, in the middle of the view in another. */
  const pasteFragment = useCallback(
    (fragment: Fragment) => {
      const current = store.getState().document;
      const placed = Object.values(fragment.positions);
      const sameDocument = fragment.nodes.every((node) => current.nodes.some((n) => n.id === node.id));
      let offset = { x: 40, y: 40 };
      if (!sameDocument && placed.length > 0) {
        const centre = flow.screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 });
        offset = { x: centre.x - minOf(placed, (p) => p.x), y: centre.y - minOf(placed, (p) => p.y) };
      }
      const { operations, ids } = pasteOperations(current, fragment, offset);
      if (operations.length === 0) return;
      store.apply(operations, { label: localize('undo.paste') });
      store.select(ids);
    },
    [flow, store],
  );

  useEffect(() => {
    const copy = (event: ClipboardEvent, cut: boolean) => {
      if (isTyping(event.target) || !window.getSelection()?.isCollapsed) return;
      const { document: current, selected } = store.getState();
      const fragment = copyFragment(current, selected);
      if (fragment.nodes.length === 0) return;
      event.preventDefault();
      event.clipboardData?.setData('text/plain', JSON.stringify(fragment));
      const ids = fragment.nodes.map((node) => node.id);
      if (cut) store.apply(deleteOperations(current, ids), { label: localize('undo.cut') });
    };
    const onCopy = (event: ClipboardEvent) => copy(event, false);
    const onCut = (event: ClipboardEvent) => copy(event, true);
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(event.target)) return;
      const read = readFragmentChecked(event.clipboardData?.getData('text/plain') ?? '');
      if (!read.ok && read.reason === 'not-a-fragment') return;
      event.preventDefault();
      // A copy too large to paste at once, or a damaged one, is said so; the plan stays as it was.
      if (!read.ok)
        store.notify(localize(read.reason === 'too-large' ? 'paste.tooLarge' : 'paste.damaged', { max: MAX_FRAGMENT_CARDS }), 'error');
      else pasteFragment(read.fragment);
    };
    window.addEventListener('copy', onCopy);
    window.addEventListener('cut', onCut);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('copy', onCopy);
      window.removeEventListener('cut', onCut);
      window.removeEventListener('paste', onPaste);
    };
  }, [pasteFragment, store]);

  const duplicate = useCallback(() => {
    const { document, selected } = store.getState();
    pasteFragment(copyFragment(document, selected));
  }, [pasteFragment, store]);

  return { duplicate };
}
