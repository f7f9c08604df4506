import type { Localized } from '../i18n/localized.js';
import { edgeKindFor, explainForbiddenConnection, isCausal } from '../model/connections.js';
import type { Document } from '../model/schema.js';
import type { EdgeKind } from '../model/vocabulary.js';
import { indexDocument, reachable } from '../validate/graph-index.js';

export type ConnectCheck = { readonly ok: true; readonly kind: EdgeKind } | { readonly ok: false; readonly reason: Localized };

/**
 * Whether a connection from one node to another may be made, and if so with
 * which edge kind. The editor asks this while the user drags a connection,
 * to refuse forbidden ones with a short explanation.
 *
 * @example
 * const check = canConnect(document, 'intervention-1', 'goal-1');
 * if (!check.ok) toast(check.reason[lang]);
 */
export function canConnect(document: Document, sourceId: string, targetId: string): ConnectCheck {
  const index = indexDocument(document);
  const source = index.nodeById.get(sourceId);
  const target = index.nodeById.get(targetId);
  if (!source || !target) {
    return { ok: false, reason: { nl: 'Deze kaart bestaat niet (meer).', en: 'This node does not exist (any more).' } };
  }
  if (sourceId === targetId) {
    return { ok: false, reason: { nl: 'Een kaart kan niet naar zichzelf wijzen.', en: 'A node cannot point to itself.' } };
  }
  const kind = edgeKindFor(source.kind, target.kind);
  if (!kind) return { ok: false, reason: explainForbiddenConnection(source.kind, target.kind) };
  if ((index.edgesFrom.get(sourceId) ?? []).some((edge) => edge.target === targetId)) {
    return { ok: false, reason: { nl: 'Deze kaarten zijn al verbonden.', en: 'These nodes are already connected.' } };
  }
  if (isCausal(kind) && reachable(index, [targetId], 'out').has(sourceId)) {
    return {
      ok: false,
      reason: {
        nl: 'Dit zou een kring maken: het doel of de uitkomst leidt al terug naar deze kaart.',
        en: 'This would make a cycle: the target already leads back to this node.',
      },
    };
  }
  return { ok: true, kind };
}
