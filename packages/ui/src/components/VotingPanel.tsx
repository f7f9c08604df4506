import { useEffect, useState } from 'react';
import { NODE_KIND_SPECS, type Document } from '@veranderlogica/core';
import { tallyVotes } from '@veranderlogica/core/workshop';
import { useTranslation } from '../i18n/translate.js';
import { KindIcon } from './KindIcon.js';

/** How long the list holds its order after the last dot before it sorts by votes again. */
export const RESORT_AFTER_MS = 4_000;

export interface VotingPanelProps {
  readonly document: Document;
  /** Dots added to (+1) or taken from (-1) a card: a difference, so dots placed at the same time by others all count. */
  readonly onVote: (id: string, delta: number) => void;
  /** Sets a card's tally at once: the dots read from paper stickers, typed. Without it the count is shown, not typed. */
  readonly onSetVotes?: (id: string, votes: number) => void;
  readonly onPriority: (id: string, priority: boolean) => void;
  readonly onSettings: (changes: { dotsPerParticipant?: number; participants?: number }) => void;
  /** Participants or tables voting; the dot budget is this times the dots each. */
  readonly participants: number;
  /** Shows the tally to the room, large, over the diagram (see `VotingBoard`). */
  readonly onShowBoard?: () => void;
}

/**
 * Dot voting: the facilitator clicks to add or take away dots per
 * intervention (optionally goals too), sees the results sorted, and marks the
 * chosen priorities. The budget shows how many dots the room has left. The
 * list keeps its order while dots are added ({@link RESORT_AFTER_MS}).
 *
 * @example
 * <VotingPanel document={doc} participants={8} onVote={…} onPriority={…} onSettings={…} />
 */
export function VotingPanel({ document, onVote, onSetVotes, onPriority, onSettings, participants, onShowBoard }: VotingPanelProps) {
  const { t } = useTranslation();
  const [withGoals, setWithGoals] = useState(false);
  const dots = document.workshop?.dotsPerParticipant ?? 3;
  const sorted = tallyVotes(document).filter((tally) => withGoals || NODE_KIND_SPECS[tally.node.kind].workshop.ballot);
  // While dots are being handed out the list holds still, so the same spot keeps the same card; it sorts again
  // after a pause, or at once with the sort button.
  const [held, setHeld] = useState<{ order: readonly string[]; dots: number } | undefined>();
  useEffect(() => {
    if (!held) return;
    const timer = setTimeout(() => setHeld(undefined), RESORT_AFTER_MS);
    return () => clearTimeout(timer);
  }, [held]);
  const place = (id: string) => {
    const i = held?.order.indexOf(id) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const tallies = held ? [...sorted].sort((a, b) => place(a.node.id) - place(b.node.id)) : sorted;
  const vote = (id: string, delta: number) => {
    // A new object every dot: the pause before sorting again starts afresh.
    setHeld({ order: held?.order ?? tallies.map((tally) => tally.node.id), dots: (held?.dots ?? 0) + 1 });
    onVote(id, delta);
  };
  const unsorted = held !== undefined && tallies.some((tally, i) => tally.node.id !== sorted[i]?.node.id);
  const used = Object.values(document.workshop?.votes ?? {}).reduce((sum, n) => sum + n, 0);
  const total = dots * participants;
  return (
    <section className="vl-panel vl-voting" aria-label={t('vote.title')}>
      <h2 className="vl-panel__title">{t('vote.title')}</h2>
      <div className="vl-voting__settings">
        <label>
          {t('vote.dots')}{' '}
          <input
            type="number"
            min={1}
            max={50}
            value={dots}
            onChange={(event) => onSettings({ dotsPerParticipant: Math.max(1, Math.min(50, Number(event.target.value) || 1)) })}
          />
        </label>
        <label>
          {t('vote.participants')}{' '}
          <input
            type="number"
            min={1}
            max={500}
            value={participants}
            onChange={(event) => onSettings({ participants: Math.max(1, Math.min(500, Number(event.target.value) || 1)) })}
          />
        </label>
        <label>
          <input type="checkbox" checked={withGoals} onChange={(event) => setWithGoals(event.target.checked)} /> {t('vote.goals')}
        </label>
      </div>
      <div className="vl-voting__bar">
        <p className={`vl-voting__budget${used > total ? ' vl-voting__budget--over' : ''}`} role="status">
          {t('vote.used', { used, total })}
        </p>
        {/* Always there, so nothing moves under the pointer while dots are added. */}
        <button type="button" className="vl-button vl-voting__sort" disabled={!unsorted} onClick={() => setHeld(undefined)}>
          {t('vote.sort')}
        </button>
        {onShowBoard && (
          <button type="button" className="vl-button vl-voting__sort" onClick={onShowBoard}>
            {t('board.show')}
          </button>
        )}
      </div>
      {tallies.length === 0 && <p className="vl-muted">{t('vote.none')}</p>}

      <ol className="vl-voting__list">
        {tallies.map(({ node, votes, priority }) => {
          const title = node.title || t('node.untitled');
          return (
            <li key={node.id} className={`vl-voting__item${priority ? ' vl-voting__item--priority' : ''}`} data-id={node.id}>
              <KindIcon kind={node.kind} />
              <span className="vl-voting__title">{title}</span>
              <span className="vl-voting__dots" aria-hidden="true">
                {'●'.repeat(Math.min(votes, 12))}
                {votes > 12 ? '…' : ''}
              </span>
              <button
                type="button"
                className="vl-button"
                aria-label={t('vote.remove', { title })}
                disabled={votes === 0}
                onClick={() => vote(node.id, -1)}
              >
                −
              </button>
              {onSetVotes ? (
                <input
                  className="vl-voting__count vl-voting__tally"
                  inputMode="numeric"
                  aria-label={t('vote.tally', { title })}
                  value={votes}
                  onFocus={(event) => event.target.select()}
                  onChange={(event) => {
                    const typed = event.target.value.trim();
                    if (typed === '') return onSetVotes(node.id, 0);
                    if (!/^\d{1,5}$/.test(typed)) return;
                    setHeld({ order: held?.order ?? tallies.map((tally) => tally.node.id), dots: (held?.dots ?? 0) + 1 });
                    onSetVotes(node.id, Number(typed));
                  }}
                />
              ) : (
                <strong className="vl-voting__count" aria-label={t('node.votes', { count: votes })}>
                  {votes}
                </strong>
              )}
              <button type="button" className="vl-button" aria-label={t('vote.add', { title })} onClick={() => vote(node.id, 1)}>
                +
              </button>
              {node.kind === 'intervention' && (
                <label className="vl-voting__priority">
                  <input
                    type="checkbox"
                    checked={priority}
                    aria-label={t('vote.priorityLabel', { title })}
                    onChange={(event) => onPriority(node.id, event.target.checked)}
                  />{' '}
                  {t('vote.priority')}
                </label>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
