import { useState, type ReactNode } from 'react';
import { formatDate, NODE_KINDS, NODE_KIND_SPECS, KIND_ORDER, type Document, type NodeKind } from '@veranderlogica/core';
import {
  cardProposal,
  commentThreads,
  connectionProposal,
  inReviewScope,
  proposalText,
  subjectText,
  type Proposal,
} from '@veranderlogica/core/review';
import { useTranslation } from '../i18n/translate.js';

/** What a partner proposes from the review page. */
type SuggestionKind = 'retitle' | 'card' | 'indicator' | 'connect' | 'target';

export interface ReviewerScreenProps {
  readonly document: Document;
  /** The partner the review link is for (an id of the plan's actors), and how far it may respond. */
  readonly partner: string;
  readonly scope: 'plan' | 'own';
  readonly round: string;
  /** The plan, drawn read-only. */
  readonly diagram?: ReactNode;
  /** What the room said about the last thing sent (sent, waiting for the network, refused). */
  readonly message?: string | undefined;
  readonly status: 'connecting' | 'connected' | 'offline';
  readonly onComment: (comment: { about: string | undefined; text: string; author: string }) => void;
  readonly onSuggest: (suggestion: { proposal: Proposal; reason: string; author: string }) => void;
}

/**
 * A partner's review page: the plan read-only, a comment on the plan or one of its cards, a suggestion (a new
 * title, card, indicator, connection or target), and what this partner sent with the owner's answers and
 * decisions. A link limited to the partner's own interventions offers only those.
 */
export function ReviewerScreen(props: ReviewerScreenProps) {
  const { document, partner, scope } = props;
  const { t, l, language } = useTranslation();
  const [author, setAuthor] = useState('');
  const [about, setAbout] = useState<string>('');
  const [text, setText] = useState('');
  const [kind, setKind] = useState<SuggestionKind>('retitle');
  const [title, setTitle] = useState('');
  const [cardKind, setCardKind] = useState<NodeKind>('intervention');
  const [target, setTarget] = useState('');
  const [value, setValue] = useState('');
  const [date, setDate] = useState(document.scope.period ? `${document.scope.period.end}-12-31` : '');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const round = document.reviews.find((candidate) => candidate.id === props.round);
  const partnerName = document.actors.find((actor) => actor.id === partner)?.name ?? partner;
  const subject = subjectText(document, language);
  const cards = KIND_ORDER.flatMap((k) => document.nodes.filter((node) => node.kind === k)).filter((node) =>
    inReviewScope(document, partner, scope, { about: node.id }),
  );
  const selected = document.nodes.find((node) => node.id === about);
  const name = author.trim() || partnerName;
  const mine = commentThreads(document, { partner }).filter((thread) => thread.comment.round === props.round);
  const suggestions = document.suggestions.filter((s) => s.author.partner === partner && s.round === props.round);
  const closed = !round || round.closed;

  const proposal = (): Proposal | string => {
    switch (kind) {
      case 'retitle':
        return selected && title.trim() ? { type: 'retitle', id: selected.id, title: title.trim() } : t('reviewer.pickCardAndTitle');
      case 'card':
      case 'indicator':
        return title.trim()
          ? cardProposal(document, { kind: kind === 'indicator' ? 'indicator' : cardKind, title: title.trim(), near: selected?.id })
          : t('reviewer.giveTitle');
      case 'connect': {
        if (!selected || !target) return t('reviewer.pickBoth');
        const made = connectionProposal(document, selected.id, target);
        return 'reason' in made ? l(made.reason) : made;
      }
      case 'target': {
        const number = Number(value.replace(',', '.'));
        if (selected?.kind !== 'indicator' || !value.trim() || !Number.isFinite(number) || !/^\d{4}-\d{2}-\d{2}$/.test(date))
          return t('reviewer.pickIndicator');
        return { type: 'setTargets', id: selected.id, targets: [{ value: number, date }] };
      }
    }
  };
  const made = proposal();
  const allowed = typeof made !== 'string' && inReviewScope(document, partner, scope, { proposal: made });

  return (
    <div className="vl-reviewer">
      <header>
        <h1 data-plan>{document.title}</h1>
        <p>
          {t('reviewer.intro', { partner: partnerName })}{' '}
          {round && <strong>{t('reviewer.until', { date: formatDate(round.deadline, language) })}</strong>}
        </p>
        {scope === 'own' && <p className="vl-muted">{t('reviewer.ownOnly')}</p>}
        <p className="vl-muted" role="status">
          {t(`room.status.${props.status}`)}
        </p>
      </header>
      {props.diagram}
      {closed ? (
        <p role="alert">{t('reviewer.closed')}</p>
      ) : (
        <>
          <label className="vl-reviewer__name">
            {t('reviewer.name')}
            <input
              className="vl-input"
              data-plan
              value={author}
              maxLength={200}
              placeholder={partnerName}
              onChange={(event) => setAuthor(event.target.value)}
            />
          </label>
          <label>
            {t('reviewer.about')}
            <select value={about} onChange={(event) => setAbout(event.target.value)}>
              <option value="">{subject(undefined)}</option>
              {cards.map((node) => (
                <option key={node.id} value={node.id}>
                  {subject(node.id)}
                </option>
              ))}
            </select>
          </label>
          <form
            className="vl-reviewer__form"
            onSubmit={(event) => {
              event.preventDefault();
              if (!text.trim()) return;
              props.onComment({ about: about || undefined, text: text.trim(), author: name });
              setText('');
            }}
          >
            <label>
              {t('reviewer.comment')}
              <textarea className="vl-input" rows={3} value={text} maxLength={20_000} onChange={(event) => setText(event.target.value)} />
            </label>
            <button type="submit" className="vl-button vl-button--primary" disabled={!text.trim()}>
              {t('reviewer.send')}
            </button>
            <button
              type="button"
              className="vl-button"
              onClick={() => props.onComment({ about: undefined, text: t('reviewer.noRemarksText'), author: name })}
            >
              {t('reviewer.noRemarks')}
            </button>
          </form>
          <form
            className="vl-reviewer__form"
            onSubmit={(event) => {
              event.preventDefault();
              if (typeof made === 'string') return setProblem(made);
              if (!allowed) return setProblem(t('reviewer.outOfScope'));
              props.onSuggest({ proposal: made, reason: reason.trim(), author: name });
              setProblem(undefined);
              setTitle('');
              setReason('');
              setValue('');
            }}
          >
            <h2>{t('reviewer.suggest')}</h2>
            <label>
              {t('reviewer.suggestKind')}
              <select value={kind} onChange={(event) => setKind(event.target.value as SuggestionKind)}>
                <option value="retitle">{t('reviewer.kindRetitle')}</option>
                <option value="card">{t('reviewer.kindCard')}</option>
                <option value="indicator">{t('reviewer.kindIndicator')}</option>
                <option value="connect">{t('reviewer.kindConnect')}</option>
                <option value="target">{t('reviewer.kindTarget')}</option>
              </select>
            </label>
            {kind === 'card' && (
              <label>
                {t('reviewer.cardKind')}
                <select value={cardKind} onChange={(event) => setCardKind(event.target.value as NodeKind)}>
                  {KIND_ORDER.filter((k) => NODE_KIND_SPECS[k].role === 'chain').map((k) => (
                    <option key={k} value={k}>
                      {l(NODE_KINDS.labels[k])}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {(kind === 'retitle' || kind === 'card' || kind === 'indicator') && (
              <label>
                {kind === 'retitle' ? t('reviewer.newTitle') : t('reviewer.title')}
                <input className="vl-input" value={title} maxLength={500} onChange={(event) => setTitle(event.target.value)} />
              </label>
            )}
            {kind === 'connect' && (
              <label>
                {t('reviewer.leadsTo')}
                <select value={target} onChange={(event) => setTarget(event.target.value)}>
                  <option value="" />
                  {document.nodes
                    .filter((node) => node.id !== about)
                    .map((node) => (
                      <option key={node.id} value={node.id}>
                        {subject(node.id)}
                      </option>
                    ))}
                </select>
              </label>
            )}
            {kind === 'target' && (
              <>
                <label>
                  {t('reviewer.targetValue')}
                  <input className="vl-input" inputMode="decimal" value={value} onChange={(event) => setValue(event.target.value)} />
                </label>
                <label>
                  {t('reviewer.targetDate')}
                  <input className="vl-input" type="date" value={date} onChange={(event) => setDate(event.target.value)} />
                </label>
              </>
            )}
            <label>
              {t('reviewer.reason')}
              <textarea
                className="vl-input"
                rows={2}
                value={reason}
                maxLength={20_000}
                onChange={(event) => setReason(event.target.value)}
              />
            </label>
            {typeof made !== 'string' && (
              <p className="vl-muted" data-plan>
                {proposalText(document, made, language)}
              </p>
            )}
            {problem && <p role="alert">{problem}</p>}
            <button type="submit" className="vl-button vl-button--primary">
              {t('reviewer.sendSuggestion')}
            </button>
          </form>
        </>
      )}
      {props.message && (
        <p className="vl-reviewer__message" role="status">
          {props.message}
        </p>
      )}
      <section aria-labelledby="vl-reviewer-mine">
        <h2 id="vl-reviewer-mine">{t('reviewer.mine', { count: mine.length + suggestions.length })}</h2>
        <ul className="vl-review__list">
          {mine.map(({ comment, replies }) => (
            <li key={comment.id} className="vl-review__thread" data-thread={comment.id}>
              <p className="vl-review__about" data-plan>
                {subject(comment.about)}
              </p>
              <p className="vl-review__comment">{comment.text}</p>
              {replies.map((reply) => (
                <p key={reply.id} className="vl-review__reply">
                  <span className="vl-review__who" data-plan>
                    {reply.author.name}:
                  </span>{' '}
                  {reply.text}
                </p>
              ))}
              {comment.status === 'resolved' && <p className="vl-muted">{t('review.done')}</p>}
            </li>
          ))}
          {suggestions.map((suggestion) => (
            <li key={suggestion.id} className="vl-review__suggestion" data-suggestion={suggestion.id} data-status={suggestion.status}>
              <p>
                <strong data-plan>{proposalText(document, suggestion.proposal, language)}</strong>
              </p>
              <p className="vl-review__decision">
                {suggestion.status === 'open'
                  ? t('reviewer.waiting')
                  : suggestion.status === 'accepted'
                    ? t('review.accepted')
                    : t('review.declined')}
                {suggestion.decision?.reason ? `: ${suggestion.decision.reason}` : ''}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
