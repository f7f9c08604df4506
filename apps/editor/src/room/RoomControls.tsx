import { useEffect, useState, useSyncExternalStore } from 'react';
import QRCode from 'qrcode';
import { newId, usedIds, type NodeKind } from '@veranderlogica/core';
import { acceptFromInbox, planLink, removeFromInbox, writeRoomState, type InboxCard } from '@veranderlogica/core/sync';
import { localize, RoomBanner, RoomPanel, useTranslation } from '@veranderlogica/ui';
import type { EditorStore } from '../store.js';
import { roomAddress, roomKey } from './address.js';
import type { RoomConnection } from './connection.js';

/**
 * Seconds left on the room's shared timer, on the server's clock, counted down twice a second while it runs;
 * undefined when no timer runs.
 */
export function useSecondsLeft(connection: RoomConnection, timerEndsAt: number | undefined): number | undefined {
  const [, tick] = useState(0);
  useEffect(() => {
    if (timerEndsAt === undefined) return;
    const timer = setInterval(() => tick((n) => n + 1), 500);
    return () => clearInterval(timer);
  }, [timerEndsAt]);
  return timerEndsAt === undefined ? undefined : Math.max(0, (timerEndsAt - connection.serverNow()) / 1000);
}

/** The room's code (remembered, or asked of the server) and a QR code of the join address. */
export function useJoinCode(connection: RoomConnection) {
  const remembered = (() => {
    try {
      return JSON.parse(localStorage.getItem(roomKey(connection.room)) ?? '{}') as { code?: string; viewerToken?: string };
    } catch {
      return {};
    }
  })();
  const [code, setCode] = useState<string>(remembered.code ?? '');
  const [qr, setQr] = useState<string | undefined>();
  useEffect(() => {
    // Another laptop of the facilitator's, or the screen, does not know the code yet: the server tells.
    if (code) return;
    void fetch(`/api/rooms/${encodeURIComponent(connection.room)}`, { headers: { authorization: `Bearer ${connection.token}` } })
      .then((response) => (response.ok ? (response.json() as Promise<{ code: string }>) : undefined))
      .then((body) => body?.code && setCode(body.code))
      .catch(() => undefined);
  }, [code, connection]);
  const joinUrl = `${location.origin}${location.pathname}?join=${code}`;
  useEffect(() => {
    if (!code) return;
    void QRCode.toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(setQr, () => setQr(undefined));
  }, [code, joinUrl]);
  return { code, joinUrl, qr, viewerToken: remembered.viewerToken };
}

/** The room turned this browser away: closed, or its access expired. */
function Refused() {
  const { t } = useTranslation();
  return (
    <p className="vl-panel" role="alert">
      {t('room.refused')}
    </p>
  );
}

/** The projector's side panel in a room: how to join, the timer, where voting stands. */
export function RoomScreen({ connection }: { connection: RoomConnection }) {
  const snapshot = useSyncExternalStore(connection.subscribe, connection.getSnapshot);
  const { code, joinUrl, qr } = useJoinCode(connection);
  if (snapshot.refused) return <Refused />;
  return (
    <RoomBanner
      code={code || '……'}
      joinUrl={joinUrl}
      {...(qr ? { qrSvg: qr } : {})}
      room={snapshot.room}
      status={snapshot.status}
      serverNow={connection.serverNow}
    />
  );
}

/**
 * The facilitator's room controls, composed from the room connection, the
 * store and quick capture: an accepted card is captured in its layer and laid
 * out like one typed by the facilitator.
 */
export function RoomControls({
  connection,
  store,
  capture,
}: {
  connection: RoomConnection;
  store: EditorStore;
  capture: (kind: NodeKind, text: string, fields: Record<string, never>) => string[];
}) {
  const { t } = useTranslation();
  const snapshot = useSyncExternalStore(connection.subscribe, connection.getSnapshot);
  const { code, joinUrl, qr, viewerToken } = useJoinCode(connection);
  const ydoc = connection.ydoc;
  const origin = connection.shared.origin;
  if (snapshot.refused) return <Refused />;
  return (
    <RoomPanel
      document={store.getState().document}
      code={code || '……'}
      joinUrl={joinUrl}
      {...(qr ? { qrSvg: qr } : {})}
      {...(viewerToken ? { screenUrl: roomAddress(connection.room, viewerToken, { screen: true }) } : {})}
      status={snapshot.status}
      people={snapshot.people}
      inbox={snapshot.inbox}
      room={snapshot.room}
      serverNow={connection.serverNow}
      onAccept={(card: InboxCard) => {
        const [id] = capture(card.kind, card.title, {});
        if (id) acceptFromInbox(ydoc, card, id, origin);
      }}
      onMerge={(card, into) => {
        const target = store.getState().document.nodes.find((node) => node.id === into);
        if (!target) return;
        const said = t('room.alsoSaid', { title: card.author ? `${card.title} (${card.author})` : card.title });
        const description = target.description ? `${target.description}\n${said}` : said;
        if (!store.apply({ type: 'updateNode', id: into, changes: { description } })) acceptFromInbox(ydoc, card, into, origin);
      }}
      onPark={(card) => {
        const taken = usedIds(store.getState().document);
        const id = newId('parkeer', (candidate) => taken.has(candidate));
        const text = card.author ? `${card.title} — ${card.author}` : card.title;
        if (!store.apply({ type: 'addParkingLotItem', item: { id, text, resolved: false } })) removeFromInbox(ydoc, card.id, origin);
      }}
      voters={snapshot.voters}
      onVoting={(voting) => {
        // The reveal is the server's: it puts the totals of a secret ballot in the plan, in the same change.
        if (voting !== 'revealed') return writeRoomState(ydoc, { voting }, origin);
        void connection.post('reveal').then((response) => {
          if (!response.ok) store.notify(localize('room.openFailed', { reason: String(response.status) }), 'error');
        });
      }}
      onRoomOptions={(changes) => writeRoomState(ydoc, changes, origin)}
      onRemove={(person) =>
        void connection
          .post('remove', { person: person.id })
          .then((response) =>
            store.notify(
              response.ok
                ? localize('room.removed', { name: person.name || '—' })
                : localize('room.openFailed', { reason: String(response.status) }),
              response.ok ? 'info' : 'error',
            ),
          )
      }
      onAcceptAll={() => {
        for (const card of snapshot.inbox) {
          const [id] = capture(card.kind, card.title, {});
          if (id) acceptFromInbox(ydoc, card, id, origin);
        }
      }}
      onDiscardAll={() => {
        for (const card of snapshot.inbox) removeFromInbox(ydoc, card.id, origin);
      }}
      onTimer={(seconds) =>
        writeRoomState(
          ydoc,
          { timerEndsAt: seconds === undefined ? undefined : connection.serverNow() + seconds * 1000, timerSeconds: seconds },
          origin,
        )
      }
      onLock={(locked) => writeRoomState(ydoc, { locked }, origin)}
      onPlanLink={async () => {
        const response = await connection.post('read-link');
        if (!response.ok) throw new Error(String(response.status));
        const { token } = (await response.json()) as { token: string };
        return planLink({ server: location.origin, room: connection.room, token });
      }}
      onCloseRoom={() => {
        void connection
          .post('close')
          .then((response) =>
            store.notify(
              response.ok ? localize('room.closed') : localize('room.openFailed', { reason: String(response.status) }),
              response.ok ? 'info' : 'error',
            ),
          );
      }}
    />
  );
}
