import { useEffect, useState, useSyncExternalStore, type FormEvent } from 'react';
import { stepGuide } from '@veranderlogica/core/workshop';
import { type Document, type Localized } from '@veranderlogica/core';
import { captureKindsFor, votesHidden, type RoomCommand } from '@veranderlogica/core/sync';
import {
  coreLanguage,
  LanguageProvider,
  ParticipantScreen,
  useTranslation,
  VeranderlogicaViewer,
  type InterfaceLanguage,
} from '@veranderlogica/ui';
import { LanguageSwitch } from './LanguageSwitch.js';
import { roomAddress } from './address.js';
import { RoomConnection } from './connection.js';
import { useSecondsLeft } from './RoomControls.js';

/** Where a participant's place in a room is kept for this tab, so a reload keeps them in. */
const SESSION_KEY = 'veranderlogica:participant';

interface Session {
  readonly room: string;
  readonly token: string;
}

function JoinForm({ onJoined }: { onJoined: (session: Session) => void }) {
  const { t, l } = useTranslation();
  const [code, setCode] = useState(() => new URLSearchParams(location.search).get('join') ?? '');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      const response = await fetch('/api/join', { method: 'POST', body: JSON.stringify({ code, name }) });
      const body = (await response.json()) as { room?: string; token?: string; error?: Localized };
      if (!response.ok || !body.room || !body.token) throw new Error((body.error && l(body.error)) ?? String(response.status));
      onJoined({ room: body.room, token: body.token });
    } catch (failure) {
      setError(t('join.failed', { reason: (failure as Error).message }));
    }
  };
  return (
    <form className="vl-join" onSubmit={(event) => void submit(event)}>
      <h1>{t('join.title')}</h1>
      <label>
        {t('join.code')}
        <input className="vl-input" value={code} autoCapitalize="characters" autoComplete="off" onChange={(e) => setCode(e.target.value)} />
      </label>
      <label>
        {t('join.name')}
        <input className="vl-input" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
      </label>
      {error && <p role="alert">{error}</p>}
      <button type="submit" className="vl-button vl-button--primary" disabled={code.trim().length < 6}>
        {t('join.submit')}
      </button>
    </form>
  );
}

function Participant({ session }: { session: Session }) {
  const [connection] = useState(() => new RoomConnection(session.room, session.token));
  useEffect(() => {
    // Connected while shown; a remount (React's strict mode) connects the same connection again.
    (window as unknown as { __veranderlogicaRoom?: RoomConnection }).__veranderlogicaRoom = connection;
    void connection.provider.connect();
    return () => connection.provider.disconnect();
  }, [connection]);
  return <Connected connection={connection} />;
}

function Connected({ connection }: { connection: RoomConnection }) {
  const { t, language, l } = useTranslation();
  const snapshot = useSyncExternalStore(connection.subscribe, connection.getSnapshot);
  const [message, setMessage] = useState<string | undefined>();
  // The ideas this person gave a +1, remembered in this browser (the server counts each person once anyway).
  const supportedKey = `veranderlogica:supported:${connection.room}:${connection.claims.id}`;
  const [supported, setSupported] = useState<ReadonlySet<string>>(() => {
    try {
      return new Set(JSON.parse(localStorage.getItem(supportedKey) ?? '[]') as string[]);
    } catch {
      return new Set();
    }
  });
  const secondsLeft = useSecondsLeft(connection, snapshot.room.timerEndsAt);
  if (snapshot.refused) {
    return (
      <p className="vl-join" role="alert">
        {t('room.refused')}
      </p>
    );
  }
  if (!snapshot.loaded) return <p className="vl-join">{t('room.status.connecting')}</p>;
  const document = connection.document();
  const me = connection.claims.id;
  // Cards, dots and +1s are kept on this device first and sent once the room answers (now, or after an outage).
  const send = async (command: RoomCommand, done?: string) => {
    const refused = await connection.queue(command);
    setMessage(refused ? l(refused) : connection.getSnapshot().status === 'connected' ? done : t('participant.queuedOne'));
  };
  const support = (card: string) => {
    const next = new Set(supported).add(card);
    setSupported(next);
    localStorage.setItem(supportedKey, JSON.stringify([...next]));
    void send({ type: 'support', card });
  };
  return (
    <ParticipantScreen
      document={document}
      room={snapshot.room}
      status={snapshot.status}
      captureKinds={captureKindsFor(document)}
      waiting={snapshot.inbox.filter((card) => card.authorId === me)}
      mine={snapshot.mine}
      myVotes={snapshot.myBallot}
      secondsLeft={secondsLeft}
      message={(snapshot.refusedLater && l(snapshot.refusedLater)) ?? message}
      queued={snapshot.queued}
      ideas={snapshot.room.shareIdeas ? snapshot.inbox.filter((card) => card.authorId !== me) : []}
      supported={supported}
      onSupport={support}
      onAddCard={(title, kind) => void send({ type: 'addCard', title, kind }, t('participant.added'))}
      onVote={(card, delta) => void send({ type: 'vote', card, delta })}
      diagram={
        <VeranderlogicaViewer
          document={document}
          language={language}
          legend={false}
          minimap={false}
          height={400}
          mine={snapshot.mine}
          focus={stepLayer(document)}
          hideVotes={votesHidden(snapshot.room)}
        />
      }
    />
  );
}

/** The cards of the current step's first layer, which the phone's diagram opens on before the participant has cards. */
function stepLayer(document: Document): ReadonlySet<string> {
  const kind = stepGuide(document.workshop?.step ?? 'problem').layers[0];
  return new Set(document.nodes.filter((node) => node.kind === kind).map((node) => node.id));
}

/**
 * The participant's page: join with the code on the screen (and a name or
 * table, if they like), then add cards and place dots from a phone or laptop.
 */
export function ParticipantApp({ start }: { start: InterfaceLanguage }) {
  const [language, setLanguage] = useState<InterfaceLanguage>(start);
  const [session, setSession] = useState<Session | undefined>(() => {
    const token = new URLSearchParams(location.hash.slice(1)).get('token');
    const room = new URLSearchParams(location.search).get('room');
    if (token && room) return { room, token };
    try {
      return (JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as Session | null) ?? undefined;
    } catch {
      return undefined;
    }
  });
  useEffect(() => {
    window.document.documentElement.lang = coreLanguage(language);
  }, [language]);
  return (
    <LanguageProvider language={language}>
      <LanguageSwitch language={language} onChange={setLanguage} />
      {session ? (
        <Participant key={session.token} session={session} />
      ) : (
        <JoinForm
          onJoined={(joined) => {
            sessionStorage.setItem(SESSION_KEY, JSON.stringify(joined));
            history.replaceState(null, '', roomAddress(joined.room, joined.token));
            setSession(joined);
          }}
        />
      )}
    </LanguageProvider>
  );
}
