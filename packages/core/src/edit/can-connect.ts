import type { Localized } from '../i18n/localized.js';
import { edgeKindFor, explainForbiddenConnection, isCausal } from '../model/connections.js';
import type { Document } from '../model/schema.js';
import type { EdgeKind } from '../model/vocabulary.js';
import { indexDocument, reachable } from '../validate/graph-index.js';
import { TEXTS } from './locales/index.js';

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
    return { ok: false, reason: TEXTS.canConnect.thisNodeDoesNotExist };
  }
  if (sourceId === targetId) {
    return { ok: false, reason: TEXTS.canConnect.aNodeCannotPointTo };
  }
  const kind = edgeKindFor(source.kind, target.kind);
  if (!kind) return { ok: false, reason: explainForbiddenConnection(source.kind, target.kind) };
  if ((index.edgesFrom.get(sourceId) ?? []).some((edge) => edge.target === targetId)) {
    return { ok: false, reason: TEXTS.canConnect.theseNodesAreAlreadyConnected };
  }
  if (isCausal(kind) && reachable(index, [targetId], 'out').has(sourceId)) {
    return {
      ok: false,
      reason: TEXTS.canConnect.thisWouldMakeACycle,
    };
  }
  return { ok: true, kind };
}
