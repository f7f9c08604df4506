import { useState, type ReactNode } from 'react';
import { ballotCandidates, votesFor, workshopGuide } from '@veranderlogica/core/workshop';
import { NODE_KINDS, type Document, type NodeKind } from '@veranderlogica/core';
import type { InboxCard, QueuedCommand, RoomState } from '@veranderlogica/core/sync';
import { useTranslation } from '../i18n/translate.js';
import { formatClock } from './RoundTimer.js';

export interface ParticipantScreenProps {
  readonly document: Document;
  readonly room: RoomState;
  readonly status: 'connecting' | 'connected' | 'offline';
  /** The kinds of card this step collects (step 4: mechanisms and outcomes); none in a step that collects no cards. */
  readonly captureKinds: readonly NodeKind[];
  /** This participant's cards still in the inbox. */
  readonly waiting: readonly InboxCard[];
  /** Cards of the plan this participant proposed. */
  readonly mine: ReadonlySet<string>;
  /** This participant's dots per card. */
  readonly myVotes: Readonly<Record<string, number>>;
  /** Seconds left on the shared timer, when one runs. */
  readonly secondsLeft: number | undefined;
  /** A message to show (a refusal, a confirmation). */
  readonly message: string | undefined;
  readonly onAddCard: (title: string, kind: NodeKind) => void;
  readonly onVote: (card: string, delta: 1 | -1) => void;
  /** Cards and dots made here that wait for a connection (kept on this device, sent once it is back). */
  readonly queued?: readonly QueuedCommand[];
  /** Others' waiting cards, when the facilitator shares the ideas; each can get this person's +1. */
  readonly ideas?: readonly InboxCard[];
  /** The ideas this person gave a +1. */
  readonly supported?: ReadonlySet<string>;
  readonly onSupport?: (card: string) => void;
  /** The diagram, read-only (the caller renders it). */
  readonly diagram?: ReactNode;
}

/**
 * What a participant sees on a phone or laptop: the current step and its
 * question, a field to propose a card, their own cards, dots to place while
 * voting is open, and the diagram so far with their cards marked.
 *
 * @example
 * <ParticipantScreen document={doc} room={room} status="connected" captureKinds={['intervention']} waiting={[]} mine={new Set()}
 *   myVotes={{}} secondsLeft={undefined} message={undefined} onAddCard={send} onVote={vote} />
 */
export function ParticipantScreen(props: ParticipantScreenProps) {
  const { t, language, l } = useTranslation();
  const { document, room } = props;
  const [title, setTitle] = useState('');
  const step = document.workshop?.step ?? 'problem';
  const guide = workshopGuide(document).find((candidate) => candidate.step === step);
  const total = document.workshop?.dotsPerParticipant ?? 3;
  const queued = props.queued ?? [];
  // Dots that wait for a connection count already: the budget holds offline too (the server checks it again).
  // Keyed by card id without a prototype: a card called `valueOf` has no dots until it gets some.
  const myVotes = Object.assign(Object.create(null) as Record<string, number>, props.myVotes);
  for (const { command } of queued)
    if (command.type === 'vote') myVotes[command.card] = Math.max(0, (myVotes[command.card] ?? 0) + command.delta);
  const placed = Object.values(myVotes).reduce((sum, n) => sum + n, 0);
  const queuedCards = queued.flatMap(({ key, command }) => (command.type === 'addCard' ? [{ key, title: command.title }] : []));
  // The room prioritises interventions (as the facilitator's voting panel does).
  const candidates = ballotCandidates(document);
  const [chosen, setChosen] = useState<NodeKind | undefined>();
  const kind = chosen && props.captureKinds.includes(chosen) ? chosen : props.captureKinds[0];
  return (
    <main className="vl-participant" lang={language}>
      <header className="vl-participant__header">
        <h1 className="vl-participant__title">{document.title}</h1>
        <p className={`vl-room__status vl-room__status--${props.status}`} role="status">
          {t(`room.status.${props.status}`)}
        </p>
        {queued.length > 0 && (
          <p className="vl-participant__queued" role="status" data-testid="queued">
            {t('participant.queued', { count: queued.length })}
          </p>
        )}
        {props.secondsLeft !== undefined && (
          <p className="vl-participant__clock" role="timer">
            {formatClock(props.secondsLeft)}
          </p>
        )}
      </header>
      {guide && (
        <section className="vl-participant__step" aria-label={t('participant.step', { step: l(guide.title) })}>
          <h2>{t('participant.step', { step: l(guide.title) })}</h2>
          <p>{(guide.questions[0] && l(guide.questions[0])) ?? l(guide.guidance)}</p>
        </section>
      )}
      {room.locked && <p className="vl-participant__locked">{t('participant.locked')}</p>}
      {props.message && (
        <p className="vl-participant__message" role="alert">
          {props.message}
        </p>
      )}
      {kind === undefined ? (
        room.voting === 'closed' && (
          <p className="vl-participant__now" role="note">
            {t('participant.nothingToAdd')}
          </p>
        )
      ) : (
        <form
          className="vl-participant__add"
          onSubmit={(event) => {
            event.preventDefault();
            if (!title.trim()) return;
            props.onAddCard(title.trim(), kind);
            setTitle('');
          }}
        >
          {props.captureKinds.length > 1 && (
            <fieldset className="vl-participant__kinds">
              <legend>{t('participant.kind')}</legend>
              {props.captureKinds.map((option) => (
                <label key={option}>
                  <input type="radio" name="vl-participant-kind" checked={option === kind} onChange={() => setChosen(option)} />{' '}
                  {l(NODE_KINDS.labels[option])}
                </label>
              ))}
            </fieldset>
          )}
          <label>
            {t('participant.addLabel', { kind: l(NODE_KINDS.labels[kind]) })}
            <input
              className="vl-input"
              value={title}
              maxLength={500}
              disabled={room.locked}
              onChange={(event) => setTitle(event.target.value)}
            />
          </label>
          <button type="submit" className="vl-button vl-button--primary" disabled={room.locked || !title.trim()}>
            {t('participant.add')}
          </button>
        </form>
      )}
      {(props.waiting.length > 0 || props.mine.size > 0 || queuedCards.length > 0) && (
        <section aria-label={t('participant.mine')}>
          <h2>{t('participant.mine')}</h2>
          <ul className="vl-participant__mine">
            {queuedCards.map((card) => (
              <li key={card.key}>
                {card.title} <span className="vl-participant__state">({t('participant.queuedState')})</span>
              </li>
            ))}
            {props.waiting.map((card) => (
              <li key={card.id}>
                {card.title} <span className="vl-participant__state">({t('participant.waiting')})</span>
              </li>
            ))}
            {document.nodes
              .filter((node) => props.mine.has(node.id))
              .map((node) => (
                <li key={node.id}>
                  {node.title} <span className="vl-participant__state">({t('participant.accepted')})</span>
                </li>
              ))}
          </ul>
        </section>
      )}
      {room.shareIdeas && (props.ideas?.length ?? 0) > 0 && (
        <section className="vl-participant__ideas" aria-label={t('participant.ideas')}>
          <h2>{t('participant.ideas')}</h2>
          <ul className="vl-participant__candidates">
            {props.ideas!.map((card) => {
              const given = props.supported?.has(card.id) ?? false;
              return (
                <li key={card.id} data-idea={card.id}>
                  <span className="vl-participant__candidate">
                    {card.title}
                    {card.author && <span className="vl-participant__state"> · {card.author}</span>}
                  </span>
                  <span className="vl-participant__count">{card.support ?? 0}</span>
                  <button
                    type="button"
                    className="vl-button"
                    aria-label={t('participant.support', { title: card.title })}
                    aria-pressed={given}
                    disabled={given || room.locked || !props.onSupport}
                    onClick={() => props.onSupport?.(card.id)}
                  >
                    {given ? t('participant.supported') : '+1'}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {room.voting !== 'closed' && (
        <section className="vl-participant__vote" aria-label={t('participant.vote')}>
          <h2>{t('participant.vote')}</h2>
          <p role="status">{t('participant.dotsLeft', { left: Math.max(0, total - placed), total })}</p>
          {room.voting === 'open' && <p className="vl-room__note">{t('participant.votesHidden')}</p>}
          <ul className="vl-participant__candidates">
            {candidates.map((node) => {
              const mineHere = myVotes[node.id] ?? 0;
              const all = votesFor(document, node.id);
              return (
                <li key={node.id} data-card={node.id}>
                  <span className="vl-participant__candidate">
                    {node.title}
                    {props.mine.has(node.id) && <span className="vl-participant__mark"> · {t('participant.mineMark')}</span>}
                  </span>
                  {room.voting === 'revealed' ? (
                    <span className="vl-participant__count">{all}</span>
                  ) : (
                    <span className="vl-participant__dots">
                      <button
                        type="button"
                        className="vl-button"
                        aria-label={t('participant.dotRemove', { title: node.title })}
                        disabled={mineHere === 0 || room.locked}
                        onClick={() => props.onVote(node.id, -1)}
                      >
                        −
                      </button>
                      <span className="vl-participant__mine-count">{'●'.repeat(mineHere)}</span>
                      <button
                        type="button"
                        className="vl-button"
                        aria-label={t('participant.dotAdd', { title: node.title })}
                        disabled={placed >= total || room.locked}
                        onClick={() => props.onVote(node.id, 1)}
                      >
                        +
                      </button>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {props.diagram && (
        <section className="vl-participant__diagram" aria-label={t('participant.diagram')}>
          <h2>{t('participant.diagram')}</h2>
          {props.diagram}
        </section>
      )}
    </main>
  );
}
