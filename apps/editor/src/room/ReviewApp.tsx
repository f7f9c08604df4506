import { useEffect, useState, useSyncExternalStore } from 'react';
import type { RoomCommand } from '@veranderlogica/core/sync';
import {
  coreLanguage,
  LanguageProvider,
  ReviewerScreen,
  useTranslation,
  VeranderlogicaViewer,
  type InterfaceLanguage,
} from '@veranderlogica/ui';
import { LanguageSwitch } from './LanguageSwitch.js';
import { RoomConnection } from './connection.js';

/** A partner's review, connected: the plan as the room has it, and comments and suggestions sent as commands. */
function Review({ connection, language }: { connection: RoomConnection; language: InterfaceLanguage }) {
  const { t, l } = useTranslation();
  const snapshot = useSyncExternalStore(connection.subscribe, connection.getSnapshot);
  const [message, setMessage] = useState<string | undefined>();
  const claims = connection.claims;
  if (snapshot.refused) return <p role="alert">{t('room.refused')}</p>;
  if (!snapshot.loaded) return <p>{t('room.status.connecting')}</p>;
  const document = connection.document();
  // Kept in this browser first and sent once the room answers (now, or when the network is back).
  const send = async (command: RoomCommand) => {
    const refused = await connection.queue(command);
    setMessage(refused ? l(refused) : connection.getSnapshot().status === 'connected' ? t('reviewer.sent') : t('reviewer.queued'));
  };
  return (
    <ReviewerScreen
      document={document}
      partner={claims.partner ?? ''}
      scope={claims.scope ?? 'plan'}
      round={claims.round ?? ''}
      status={snapshot.status}
      message={(snapshot.refusedLater && l(snapshot.refusedLater)) ?? message}
      onComment={({ about, text, author }) => void send({ type: 'comment', text, author, ...(about && { about }) })}
      onSuggest={({ proposal, reason, author }) => void send({ type: 'suggest', proposal, reason, author })}
      diagram={<VeranderlogicaViewer document={document} language={language} legend minimap={false} height={420} />}
    />
  );
}

/**
 * The page a review link opens: the partner reads the concept plan, comments and suggests, and sees the owner's
 * answers and decisions. Not the editor: the link writes nothing but comments and suggestions.
 */
export function ReviewApp({ room, token, start }: { room: string; token: string; start: InterfaceLanguage }) {
  const [language, setLanguage] = useState<InterfaceLanguage>(start);
  const [connection] = useState(() => new RoomConnection(room, token));
  useEffect(() => {
    (window as unknown as { __veranderlogicaRoom?: RoomConnection }).__veranderlogicaRoom = connection;
    void connection.provider.connect();
    return () => connection.provider.disconnect();
  }, [connection]);
  useEffect(() => {
    window.document.documentElement.lang = coreLanguage(language);
  }, [language]);
  return (
    <LanguageProvider language={language}>
      <LanguageSwitch language={language} onChange={setLanguage} />
      <Review connection={connection} language={language} />
    </LanguageProvider>
  );
}
