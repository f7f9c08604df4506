import { useState } from 'react';
import { formatDate, type Document } from '@veranderlogica/core';
import { commentThreads, proposalText, subjectText, type CommentThread, type Suggestion } from '@veranderlogica/core/review';
import { useTranslation } from '../i18n/translate.js';

/** Whose comments the panel shows: every partner's (`all`), one partner's (its id), or those of authors who speak for none (`none`). */
type PartnerFilter = string;
type StatusFilter = 'open' | 'resolved' | 'all';

export interface ReviewPanelProps {
  readonly document: Document;
  /** What a new comment is about: the selected card, connection or group; none: the plan as a whole. */
  readonly selected?: string | undefined;
  /** A comment or suggestion was chosen: show what it is about. */
  readonly onSelect: (id: string) => void;
  readonly onComment: (text: string, about: string | undefined) => void;
  readonly onReply: (thread: string, text: string) => void;
  readonly onResolve: (thread: string, resolved: boolean) => void;
  readonly onAccept: (suggestion: string) => void;
  readonly onDecline: (suggestion: string, reason: string) => void;
  /** Shows a suggestion's difference on the canvas (`undefined`: stop showing it). */
  readonly onPreview: (suggestion: string | undefined) => void;
  /** The suggestion whose difference the canvas shows now. */
  readonly previewing?: string | undefined;
}

const partnerOf = (partner: string | undefined, filter: PartnerFilter) =>
  filter === 'all' || (filter === 'none' ? partner === undefined : partner === filter);

/**
 * The "Reacties" panel: the partners' comment threads and suggestions, filtered by partner and status. A thread
 * shows what it is about (a click finds it), its replies, a reply field and resolve; a suggestion its change in
 * words, the partner's reason, and show on the canvas, accept, or decline with a reason. A new comment is about
 * the selection, or the plan.
 */
export function ReviewPanel(props: ReviewPanelProps) {
  const { document } = props;
  const { t, language } = useTranslation();
  const [partner, setPartner] = useState<PartnerFilter>('all');
  const [status, setStatus] = useState<StatusFilter>('open');
  const [text, setText] = useState('');
  const about = subjectText(document, language);
  const names = new Map(document.actors.map((actor) => [actor.id, actor.name]));
  const threads = commentThreads(document).filter(
    (thread) => partnerOf(thread.comment.author.partner, partner) && (status === 'all' || thread.comment.status === status),
  );
  const suggestions = document.suggestions
    .filter((s) => partnerOf(s.author.partner, partner) && (status === 'all' || (status === 'open') === (s.status === 'open')))
    .slice()
    .reverse();
  const by = (author: { name: string; partner?: string | undefined }) =>
    author.partner ? `${author.name} (${names.get(author.partner) ?? author.partner})` : author.name;
  return (
    <section className="vl-panel vl-review" aria-labelledby="vl-review-title">
      <h2 id="vl-review-title">{t('review.title')}</h2>
      <div className="vl-review__filters">
        <label>
          {t('review.partner')}
          <select aria-label={t('review.partner')} value={partner} onChange={(event) => setPartner(event.target.value)}>
            <option value="all">{t('review.allPartners')}</option>
            {document.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
            <option value="none">{t('review.noPartner')}</option>
          </select>
        </label>
        <label>
          {t('review.status')}
          <select aria-label={t('review.status')} value={status} onChange={(event) => setStatus(event.target.value as StatusFilter)}>
            <option value="open">{t('review.open')}</option>
            <option value="resolved">{t('review.done')}</option>
            <option value="all">{t('review.all')}</option>
          </select>
        </label>
      </div>
      <form
        className="vl-review__new"
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return;
          props.onComment(text.trim(), props.selected);
          setText('');
        }}
      >
        <label>
          {t('review.commentOn', { about: about(props.selected) })}
          <textarea className="vl-input" rows={2} value={text} maxLength={20_000} onChange={(event) => setText(event.target.value)} />
        </label>
        <button type="submit" className="vl-button vl-button--small" disabled={!text.trim()}>
          {t('review.place')}
        </button>
      </form>
      {suggestions.length > 0 && (
        <>
          <h3>{t('review.suggestions', { count: suggestions.length })}</h3>
          <ul className="vl-review__list">
            {suggestions.map((suggestion) => (
              <SuggestionItem key={suggestion.id} {...props} suggestion={suggestion} by={by(suggestion.author)} about={about} />
            ))}
          </ul>
        </>
      )}
      <h3>{t('review.threads', { count: threads.length })}</h3>
      {threads.length === 0 ? (
        <p className="vl-muted">{t('review.none')}</p>
      ) : (
        <ul className="vl-review__list">
          {threads.map((thread) => (
            <ThreadItem key={thread.comment.id} {...props} thread={thread} by={by} about={about} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ThreadItem({
  thread,
  by,
  about,
  onSelect,
  onReply,
  onResolve,
}: ReviewPanelProps & {
  thread: CommentThread;
  by: (author: { name: string; partner?: string | undefined }) => string;
  about: (id: string | undefined) => string;
}) {
  const { t, language } = useTranslation();
  const [reply, setReply] = useState('');
  const { comment, replies } = thread;
  const resolved = comment.status === 'resolved';
  return (
    <li className={`vl-review__thread${resolved ? ' vl-review__thread--resolved' : ''}`} data-thread={comment.id}>
      <button type="button" className="vl-link-button vl-review__about" data-plan onClick={() => comment.about && onSelect(comment.about)}>
        {about(comment.about)}
      </button>
      {[comment, ...replies].map((entry) => (
        <p key={entry.id} className={entry.replyTo ? 'vl-review__reply' : 'vl-review__comment'}>
          <span className="vl-review__who" data-plan>
            {by(entry.author)}, {formatDate(entry.created.slice(0, 10), language)}
          </span>{' '}
          {entry.text}
        </p>
      ))}
      <form
        className="vl-review__answer"
        onSubmit={(event) => {
          event.preventDefault();
          if (!reply.trim()) return;
          onReply(comment.id, reply.trim());
          setReply('');
        }}
      >
        <input
          className="vl-input"
          aria-label={t('review.replyLabel')}
          placeholder={t('review.replyLabel')}
          value={reply}
          maxLength={20_000}
          onChange={(event) => setReply(event.target.value)}
        />
        <button type="submit" className="vl-button vl-button--small" disabled={!reply.trim()}>
          {t('review.reply')}
        </button>
        <button type="button" className="vl-button vl-button--small" onClick={() => onResolve(comment.id, !resolved)}>
          {resolved ? t('review.reopen') : t('review.resolve')}
        </button>
      </form>
    </li>
  );
}

function SuggestionItem({
  document,
  suggestion,
  by,
  about,
  onSelect,
  onAccept,
  onDecline,
  onPreview,
  previewing,
}: ReviewPanelProps & { suggestion: Suggestion; by: string; about: (id: string | undefined) => string }) {
  const { t, language } = useTranslation();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const proposal = suggestion.proposal;
  const subject =
    proposal.type === 'retitle' || proposal.type === 'setTargets'
      ? proposal.id
      : proposal.type === 'connect'
        ? proposal.edge.source
        : undefined;
  const shown = previewing === suggestion.id;
  return (
    <li className="vl-review__suggestion" data-suggestion={suggestion.id} data-status={suggestion.status}>
      {subject && (
        <button type="button" className="vl-link-button vl-review__about" data-plan onClick={() => onSelect(subject)}>
          {about(subject)}
        </button>
      )}
      <p>
        <strong data-plan>{proposalText(document, proposal, language)}</strong>
      </p>
      <p className="vl-review__comment">
        <span className="vl-review__who" data-plan>
          {by}, {formatDate(suggestion.created.slice(0, 10), language)}
        </span>{' '}
        {suggestion.reason}
      </p>
      {suggestion.status === 'open' ? (
        <div className="vl-review__decide">
          <button
            type="button"
            className="vl-button vl-button--small"
            aria-pressed={shown}
            onClick={() => onPreview(shown ? undefined : suggestion.id)}
          >
            {shown ? t('review.hideDifference') : t('review.showDifference')}
          </button>
          <button type="button" className="vl-button vl-button--small vl-button--primary" onClick={() => onAccept(suggestion.id)}>
            {t('review.accept')}
          </button>
          <button type="button" className="vl-button vl-button--small" aria-expanded={declining} onClick={() => setDeclining(!declining)}>
            {t('review.decline')}
          </button>
          {declining && (
            <form
              className="vl-review__answer"
              onSubmit={(event) => {
                event.preventDefault();
                if (!reason.trim()) return;
                onDecline(suggestion.id, reason.trim());
                setDeclining(false);
              }}
            >
              <input
                className="vl-input"
                aria-label={t('review.declineReason')}
                placeholder={t('review.declineReason')}
                value={reason}
                maxLength={20_000}
                onChange={(event) => setReason(event.target.value)}
              />
              <button type="submit" className="vl-button vl-button--small" disabled={!reason.trim()}>
                {t('review.declineConfirm')}
              </button>
            </form>
          )}
        </div>
      ) : (
        <p className="vl-review__decision">
          {suggestion.status === 'accepted' ? t('review.accepted') : t('review.declined')}
          {suggestion.decision?.reason ? `: ${suggestion.decision.reason}` : ''}
        </p>
      )}
    </li>
  );
}
