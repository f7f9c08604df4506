import { NODE_KIND_SPECS, type Document } from '@veranderlogica/core';
import { tallyVotes } from '@veranderlogica/core/workshop';
import { useTranslation } from '../i18n/translate.js';

export interface VotingBoardProps {
  readonly document: Document;
  readonly onClose: () => void;
}

/**
 * The dot voting for the room, on the projector: every intervention with its dots in large type, most votes
 * first, priorities starred. It follows the document live, so the room sees the tally grow while the facilitator
 * adds dots in the side column.
 *
 * @example
 * {showVotes && <VotingBoard document={doc} onClose={() => setShowVotes(false)} />}
 */
export function VotingBoard({ document, onClose }: VotingBoardProps) {
  const { t } = useTranslation();
  const tallies = tallyVotes(document).filter((tally) => NODE_KIND_SPECS[tally.node.kind].workshop.ballot);
  const most = Math.max(1, ...tallies.map((tally) => tally.votes));
  const used = tallies.reduce((sum, tally) => sum + tally.votes, 0);
  return (
    <section className="vl-board" aria-label={t('board.title')}>
      <header className="vl-board__head">
        <h2>{t('board.title')}</h2>
        <span className="vl-board__total">{t('board.total', { count: used })}</span>
        <button type="button" className="vl-button" onClick={onClose}>
          {t('file.close')}
        </button>
      </header>
      {tallies.length === 0 ? (
        <p className="vl-muted">{t('vote.none')}</p>
      ) : (
        <ol className="vl-board__list">
          {tallies.map(({ node, votes, priority }) => (
            <li key={node.id} data-id={node.id} className={priority ? 'vl-board__item vl-board__item--priority' : 'vl-board__item'}>
              <span className="vl-board__title">
                {priority ? '★ ' : ''}
                {node.title || t('node.untitled')}
              </span>
              <span className="vl-board__bar" aria-hidden="true">
                <span style={{ width: `${(100 * votes) / most}%` }} />
              </span>
              <strong className="vl-board__count" aria-label={t('node.votes', { count: votes })}>
                {votes}
              </strong>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
