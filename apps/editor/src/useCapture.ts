import { useCallback, useRef } from 'react';
import { captureGroup, captureOperations, capturePartner } from '@veranderlogica/core/workshop';
import { type NodeKind } from '@veranderlogica/core';
import { provisionalPosition } from '@veranderlogica/layout';
import { localize, type CaptureFields, type CaptureLink } from '@veranderlogica/ui';
import type { EditorStore } from './store.js';

/**
 * Quick capture: each line becomes a card in its layer at once (the layout's provisional place), connected to
 * the card chosen in "leidt tot…" or named after its arrow (`→ title`), and one auto-layout follows when the
 * typing pauses. A line's cards and the layout that places them are one undo step.
 */
export function useCapture(store: EditorStore, runLayoutSoon: (joining: string, delayMs: number) => void) {
  const captures = useRef(0);
  return useCallback(
    (kind: NodeKind, text: string, fields: CaptureFields, link: CaptureLink = {}) => {
      const current = store.getState().document;
      const at = provisionalPosition(current, kind);
      // A group or partner named by typing: the existing one, or a new one made in the same step.
      const { groupName, partnerName, ...own } = fields;
      const group = captureGroup(current, groupName ?? '');
      const partner = capturePartner(current, partnerName ?? '');
      const cardFields: Record<string, unknown> = { ...own };
      if (group.id) cardFields.group = group.id;
      if (partner.id) cardFields.actors = [partner.id];
      const captured = captureOperations(current, kind, text, at, cardFields, link);
      const { ids, unresolved } = captured;
      if (captured.operations.length === 0) return [];
      const operations = [...group.operations, ...partner.operations, ...captured.operations];
      const key = `capture:${++captures.current}`;
      store.apply(operations, { label: localize('undo.quickCapture'), coalesce: key });
      runLayoutSoon(key, 700);
      // A "→ title" that named no card, or several: said at once, with the words typed.
      if (unresolved.length)
        store.notify(localize('capture.unresolved', { targets: unresolved.map((u) => `„${u.target}”`).join(', ') }), 'error');
      return ids;
    },
    [runLayoutSoon, store],
  );
}
