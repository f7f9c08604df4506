import { useEffect, useState } from 'react';
import { NODE_KINDS, type Document } from '@veranderlogica/core';
import type { InboxCard, RoomRole, RoomState, VotingState } from '@veranderlogica/core/sync';
import { useTranslation } from '../i18n/translate.js';
import { PlanLinkButton } from './PlanLinkButton.js';
import { formatClock } from './RoundTimer.js';

/** Someone in the room, from the presence of their connection. */
export interface RoomPerson {
  readonly id: string;
  readonly name: string;
  readonly role: RoomRole;
  readonly color: string;
}

export interface RoomPanelProps {
  readonly document: Document;
  readonly code: string;
  /** The address participants open (shown, and as a QR code when given). */
  readonly joinUrl: string;
  /** The address of the read-only screen for the projector, when known. */
  readonly screenUrl?: string;
  /** A QR code of the join address as SVG markup, made by the caller. */
  readonly qrSvg?: string;
  readonly status: 'connecting' | 'connected' | 'offline';
  readonly people: readonly RoomPerson[];
  readonly inbox: readonly InboxCard[];
  readonly room: RoomState;
  /** The server's clock (ms since 1970), corrected for this laptop's offset. */
  readonly serverNow: () => number;
  readonly onAccept: (card: InboxCard) => void;
  readonly onMerge: (card: InboxCard, into: string) => void;
  readonly onPark: (card: InboxCard) => void;
  readonly onVoting: (state: VotingState) => void;
  readonly onTimer: (seconds: number | undefined) => void;
  readonly onLock: (locked: boolean) => void;
  readonly onCloseRoom: () => void;
  /** How many people have placed a dot (the server's count; a secret ballot tells no more). */
  readonly voters?: number;
  /** Secret or open voting, anonymous cards, participants seeing each other's cards. */
  readonly onRoomOptions?: (changes: Partial<Pick<RoomState, 'ballot' | 'anonymous' | 'shareIdeas'>>) => void;
  /** Moderation: takes a participant out of the room (their access ends everywhere, their waiting cards go). */
  readonly onRemove?: (person: RoomPerson) => void;
  /** Moderation: takes every waiting card into the plan, or discards them all. */
  readonly onAcceptAll?: () => void;
  readonly onDiscardAll?: () => void;
  /** Makes a plan link for the region: the address that reads this room's plan and nothing else. */
  readonly onPlanLink?: () => Promise<string>;
}

/** Seconds left on the shared timer, ticking. */
function useSecondsLeft(endsAt: number | undefined, serverNow: () => number): number | undefined {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (endsAt === undefined) return;
    const timer = setInterval(() => setTick((n) => n + 1), 500);
    return () => clearInterval(timer);
  }, [endsAt]);
  return endsAt === undefined ? undefined : Math.max(0, (endsAt - serverNow()) / 1000);
}

/**
 * The facilitator's controls for a live room: the code to join, who is
 * present, the inbox of participants' cards (accept, merge into a card, park),
 * voting (open, close, reveal), one shared timer, and the lock.
 *
 * @example
 * <RoomPanel document={doc} code="K7QMWX" joinUrl="https://…/?join=K7QMWX" status="connected" people={[]} inbox={[]}
 *   room={{ voting: 'closed', locked: false, timerEndsAt: undefined, timerSeconds: undefined }} serverNow={Date.now} … />
 */
export function RoomPanel(props: RoomPanelProps) {
  const { t, l } = useTranslation();
  const { document, inbox, room, people } = props;
  const [merging, setMerging] = useState<string | undefined>();
  const left = useSecondsLeft(room.timerEndsAt, props.serverNow);
  return (
    <section className="vl-panel vl-room" aria-label={t('room.title')}>
      <h2 className="vl-panel__title">{t('room.title')}</h2>
      <p className={`vl-room__status vl-room__status--${props.status}`} role="status">
        {t(`room.status.${props.status}`)}
      </p>
      <div className="vl-room__join">
        <div>
          <span className="vl-room__code-label">{t('room.code')}</span>
          <strong className="vl-room__code" data-testid="room-code">
            {props.code}
          </strong>
          <span className="vl-room__url">{t('room.joinAt', { url: props.joinUrl })}</span>
          {props.screenUrl && (
            <a className="vl-room__url" href={props.screenUrl} target="_blank" rel="noreferrer">
              {t('room.screen')}
            </a>
          )}
        </div>
        {props.qrSvg && (
          <img className="vl-room__qr" alt={t('room.qr')} src={`data:image/svg+xml;utf8,${encodeURIComponent(props.qrSvg)}`} />
        )}
      </div>

      <h3 className="vl-room__heading">{t('room.present', { count: people.length })}</h3>
      {people.length === 0 ? (
        <p className="vl-room__empty">{t('room.nobody')}</p>
      ) : (
        <ul className="vl-room__people">
          {people.map((person) => (
            <li key={person.id}>
              <span className="vl-room__dot" style={{ background: person.color }} aria-hidden="true" />
              {person.name ? (
                <>
                  {person.name} <span className="vl-room__role">({t(`room.role.${person.role}`)})</span>
                </>
              ) : (
                <span className="vl-room__role">{t(`room.role.${person.role}`)}</span>
              )}
              {props.onRemove && person.role === 'participant' && (
                <button
                  type="button"
                  className="vl-button vl-button--small"
                  aria-label={t('room.removeLabel', { name: person.name || '—' })}
                  onClick={() => props.onRemove?.(person)}
                >
                  {t('room.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}

      <h3 className="vl-room__heading">{t('room.inbox', { count: inbox.length })}</h3>
      {inbox.length > 1 && (props.onAcceptAll || props.onDiscardAll) && (
        <div className="vl-room__row">
          {props.onAcceptAll && (
            <button type="button" className="vl-button" onClick={props.onAcceptAll}>
              {t('room.acceptAll', { count: inbox.length })}
            </button>
          )}
          {props.onDiscardAll && (
            <button type="button" className="vl-button" onClick={props.onDiscardAll}>
              {t('room.discardAll', { count: inbox.length })}
            </button>
          )}
        </div>
      )}
      {inbox.length === 0 ? (
        <p className="vl-room__empty">{t('room.inboxEmpty')}</p>
      ) : (
        <ul className="vl-room__inbox" aria-label={t('room.inbox', { count: inbox.length })}>
          {inbox.map((card) => {
            const candidates = document.nodes.filter((node) => node.kind === card.kind);
            return (
              <li key={card.id} className="vl-room__card" data-inbox-id={card.id}>
                <span className="vl-room__card-kind">{l(NODE_KINDS.labels[card.kind])}</span>
                <span className="vl-room__card-title">{card.title}</span>
                {card.author && <span className="vl-room__card-author">{card.author}</span>}
                {(card.support ?? 0) > 0 && (
                  <span className="vl-room__card-support" title={t('room.support', { count: card.support ?? 0 })}>
                    +{card.support}
                  </span>
                )}
                <span className="vl-room__card-actions">
                  <button
                    type="button"
                    className="vl-button vl-button--primary"
                    aria-label={t('room.acceptLabel', { title: card.title })}
                    onClick={() => props.onAccept(card)}
                  >
                    {t('room.accept')}
                  </button>
                  {candidates.length > 0 && (
                    <button
                      type="button"
                      className="vl-button"
                      aria-label={t('room.mergeLabel', { title: card.title })}
                      aria-expanded={merging === card.id}
                      onClick={() => setMerging(merging === card.id ? undefined : card.id)}
                    >
                      {t('room.merge')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="vl-button"
                    aria-label={t('room.parkLabel', { title: card.title })}
                    onClick={() => props.onPark(card)}
                  >
                    {t('room.park')}
                  </button>
                </span>
                {merging === card.id && (
                  <select
                    className="vl-input"
                    aria-label={t('room.mergeLabel', { title: card.title })}
                    defaultValue=""
                    onChange={(event) => {
                      if (!event.target.value) return;
                      setMerging(undefined);
                      props.onMerge(card, event.target.value);
                    }}
                  >
                    <option value="">…</option>
                    {candidates.map((node) => (
                      <option key={node.id} value={node.id}>
                        {node.title}
                      </option>
                    ))}
                  </select>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <h3 className="vl-room__heading">{t('room.voting')}</h3>
      <p className="vl-room__note">{t(`room.voting.state.${room.voting}`)}</p>
      {props.voters !== undefined && room.voting !== 'closed' && (
        <p className="vl-room__note" data-testid="room-voted">
          {t('room.voted', { voted: props.voters, total: Math.max(props.voters, people.filter((p) => p.role === 'participant').length) })}
        </p>
      )}
      {props.onRoomOptions && (
        <div className="vl-room__options">
          <label>
            <input
              type="checkbox"
              checked={room.ballot === 'open'}
              disabled={room.voting === 'open'}
              onChange={(event) => props.onRoomOptions?.({ ballot: event.target.checked ? 'open' : 'secret' })}
            />{' '}
            {t('room.openBallot')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={room.anonymous}
              onChange={(event) => props.onRoomOptions?.({ anonymous: event.target.checked })}
            />{' '}
            {t('room.anonymous')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={room.shareIdeas}
              onChange={(event) => props.onRoomOptions?.({ shareIdeas: event.target.checked })}
            />{' '}
            {t('room.shareIdeas')}
          </label>
        </div>
      )}
      <div className="vl-room__row">
        <button type="button" className="vl-button" aria-pressed={room.voting === 'open'} onClick={() => props.onVoting('open')}>
          {t('room.voting.open')}
        </button>
        <button type="button" className="vl-button" aria-pressed={room.voting === 'closed'} onClick={() => props.onVoting('closed')}>
          {t('room.voting.closed')}
        </button>
        <button type="button" className="vl-button" aria-pressed={room.voting === 'revealed'} onClick={() => props.onVoting('revealed')}>
          {t('room.voting.reveal')}
        </button>
      </div>

      <h3 className="vl-room__heading">{t('room.timer')}</h3>
      {left !== undefined && (
        <p className="vl-room__clock" role="timer" aria-live="off">
          {formatClock(left)}
        </p>
      )}
      <div className="vl-room__row">
        {[3, 5, 10].map((minutes) => (
          <button key={minutes} type="button" className="vl-button" onClick={() => props.onTimer(minutes * 60)}>
            {t('room.timerStart', { minutes })}
          </button>
        ))}
        {left !== undefined && (
          <button type="button" className="vl-button" onClick={() => props.onTimer(undefined)}>
            {t('room.timerStop')}
          </button>
        )}
      </div>

      <div className="vl-room__row">
        <button type="button" className="vl-button" aria-pressed={room.locked} onClick={() => props.onLock(!room.locked)}>
          {room.locked ? t('room.unlock') : t('room.lock')}
        </button>
        <button type="button" className="vl-button vl-button--danger" onClick={props.onCloseRoom}>
          {t('room.close')}
        </button>
      </div>
      {props.onPlanLink && <PlanLinkButton onMake={props.onPlanLink} />}
    </section>
  );
}
