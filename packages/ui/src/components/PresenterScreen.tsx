import type { ReactNode } from 'react';
import { ballotCandidates, stepGuide, votesFor } from '@veranderlogica/core/workshop';
import { NODE_KIND_PLURALS, type Document, type NodeKind } from '@veranderlogica/core';
import type { InboxCard, RoomState } from '@veranderlogica/core/sync';
import { useTranslation } from '../i18n/translate.js';
import { formatClock } from './RoundTimer.js';

export interface PresenterScreenProps {
  readonly document: Document;
  readonly room: RoomState;
  readonly status: 'connecting' | 'connected' | 'offline';
  readonly code: string;
  readonly joinUrl: string;
  /** A QR code of the join address as SVG markup, made by the caller. */
  readonly qrSvg?: string;
  /** Seconds left on the shared timer, when one runs. */
  readonly secondsLeft: number | undefined;
  /** Cards participants sent that wait in the facilitator's inbox. */
  readonly inbox: readonly InboxCard[];
  /** The kinds the current step collects from the room (none: the plan is shown). */
  readonly collecting: readonly NodeKind[];
  /** How many have voted, and how many participants are in the room. */
  readonly voters: number | undefined;
  readonly participants: number;
  /** The plan's picture (the caller renders it), shown when the room is neither collecting nor voting. */
  readonly diagram?: ReactNode;
}

/** What the room votes on: the interventions, as the facilitator's voting panel has it. */
function candidates(document: Document) {
  return ballotCandidates(document);
}

/**
 * The projector's screen in a live room, for a 16:9 beamer and the back row: no editor, only what the room is doing.
 * Always the join code (large) with its QR code and the timer; then, while the step collects cards, the incoming
 * cards as a wall by kind; while voting, the candidates and how many have voted; after the reveal, the results as
 * a bar chart; otherwise the plan's picture filling the screen.
 *
 * @example
 * <PresenterScreen document={doc} room={room} status="connected" code="K7QMWX" joinUrl="https://…/?join=K7QMWX"
 *   secondsLeft={undefined} inbox={inbox} collecting={['intervention']} voters={12} participants={18} diagram={<Viewer … />} />
 */
export function PresenterScreen(props: PresenterScreenProps) {
  const { t, language, l } = useTranslation();
  const { document, room } = props;
  const step = stepGuide(document.workshop?.step ?? 'problem', document);
  const mode = room.voting === 'revealed' ? 'results' : room.voting === 'open' ? 'voting' : props.collecting.length > 0 ? 'wall' : 'plan';
  const votes = (id: string) => votesFor(document, id);
  const ranked = [...candidates(document)].sort((a, b) => votes(b.id) - votes(a.id) || a.title.localeCompare(b.title));
  const top = Math.max(1, ...ranked.map((node) => votes(node.id)));
  return (
    <main className="vl-presenter" data-mode={mode} lang={language}>
      <header className="vl-presenter__bar">
        <div className="vl-presenter__join">
          <span className="vl-presenter__label">
            {t('presenter.join', { url: props.joinUrl.replace(/^https?:\/\//, '').replace(/\?join=.*$/, '') })}
          </span>
          <strong className="vl-presenter__code" data-testid="room-code">
            {props.code}
          </strong>
        </div>
        {props.qrSvg && (
          <img className="vl-presenter__qr" alt={t('room.qr')} src={`data:image/svg+xml;utf8,${encodeURIComponent(props.qrSvg)}`} />
        )}
        <div className="vl-presenter__step">
          <span className="vl-presenter__label">{document.title}</span>
          {step && <strong>{l(step.title)}</strong>}
          <span className={`vl-room__status vl-room__status--${props.status}`} role="status">
            {t(`room.status.${props.status}`)}
          </span>
        </div>
        {props.secondsLeft !== undefined && (
          <p className="vl-presenter__clock" role="timer">
            {formatClock(props.secondsLeft)}
          </p>
        )}
      </header>
      <section className="vl-presenter__main" aria-label={t(`presenter.mode.${mode}`)}>
        {mode === 'wall' && (
          <>
            <h1 className="vl-presenter__title">{(step?.questions[0] && l(step?.questions[0])) ?? t('presenter.mode.wall')}</h1>
            {props.inbox.length === 0 ? (
              <p className="vl-presenter__empty">{t('presenter.noCards')}</p>
            ) : (
              <div className="vl-presenter__wall">
                {props.collecting.map((kind) => {
                  const cards = props.inbox.filter((card) => card.kind === kind);
                  return (
                    <section key={kind} className="vl-presenter__column" aria-label={l(NODE_KIND_PLURALS[kind])}>
                      <h2>
                        {l(NODE_KIND_PLURALS[kind])} ({cards.length})
                      </h2>
                      <ul>
                        {cards.map((card) => (
                          <li key={card.id} className={`vl-presenter__card vl-presenter__card--${kind}`}>
                            {card.title}
                          </li>
                        ))}
                      </ul>
                    </section>
                  );
                })}
              </div>
            )}
          </>
        )}
        {mode === 'voting' && (
          <>
            <h1 className="vl-presenter__title">{t('presenter.voting')}</h1>
            <p className="vl-presenter__count" data-testid="presenter-voted">
              {t('room.voted', { voted: props.voters ?? 0, total: Math.max(props.voters ?? 0, props.participants) })}
            </p>
            <ol className="vl-presenter__candidates">
              {candidates(document).map((node) => (
                <li key={node.id}>{node.title}</li>
              ))}
            </ol>
          </>
        )}
        {mode === 'results' && (
          <>
            <h1 className="vl-presenter__title">{t('presenter.results')}</h1>
            <ol className="vl-presenter__chart" aria-label={t('presenter.results')}>
              {ranked.map((node) => {
                const count = votes(node.id);
                return (
                  <li key={node.id} data-card={node.id}>
                    <span className="vl-presenter__bar-title">{node.title}</span>
                    <span className="vl-presenter__bar-track">
                      <span className="vl-presenter__bar-fill" style={{ width: `${(count / top) * 100}%` }} />
                    </span>
                    <span className="vl-presenter__bar-count">{count}</span>
                  </li>
                );
              })}
            </ol>
          </>
        )}
        {mode === 'plan' && <div className="vl-presenter__plan">{props.diagram}</div>}
      </section>
    </main>
  );
}
