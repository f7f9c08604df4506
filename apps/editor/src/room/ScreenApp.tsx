import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Language } from '@veranderlogica/core';
import { captureKindsFor, votesHidden } from '@veranderlogica/core/sync';
import { coreLanguage, LanguageProvider, PresenterScreen, VeranderlogicaViewer, type InterfaceLanguage } from '@veranderlogica/ui';
import { RoomConnection } from './connection.js';
import { useJoinCode, useSecondsLeft } from './RoomControls.js';

function Screen({ connection, language }: { connection: RoomConnection; language: Language }) {
  const snapshot = useSyncExternalStore(connection.subscribe, connection.getSnapshot);
  const { code, joinUrl, qr } = useJoinCode(connection);
  const secondsLeft = useSecondsLeft(connection, snapshot.room.timerEndsAt);
  if (!snapshot.loaded) return null;
  const document = connection.document();
  return (
    <PresenterScreen
      document={document}
      room={snapshot.room}
      status={snapshot.status}
      code={code || '……'}
      joinUrl={joinUrl}
      {...(qr ? { qrSvg: qr } : {})}
      secondsLeft={secondsLeft}
      inbox={snapshot.inbox}
      collecting={captureKindsFor(document)}
      voters={snapshot.voters}
      participants={snapshot.people.filter((person) => person.role === 'participant').length}
      diagram={
        <VeranderlogicaViewer
          document={document}
          language={language}
          legend={false}
          minimap={false}
          height="100%"
          hideVotes={votesHidden(snapshot.room)}
        />
      }
    />
  );
}

/**
 * The projector's page in a live room (`?room=…&screen#token=<the screen's token>`): no editor, only what the room
 * is doing, for a 16:9 beamer. The screen's token comes from the facilitator's panel; the join code gives none.
 */
export function ScreenApp({ room, token, start }: { room: string; token: string; start: InterfaceLanguage }) {
  const [connection] = useState(() => new RoomConnection(room, token));
  useEffect(() => {
    (window as unknown as { __veranderlogicaRoom?: RoomConnection }).__veranderlogicaRoom = connection;
    void connection.provider.connect();
    return () => connection.provider.disconnect();
  }, [connection]);
  return (
    <LanguageProvider language={start}>
      <Screen connection={connection} language={coreLanguage(start)} />
    </LanguageProvider>
  );
}
