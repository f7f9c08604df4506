import { useState } from 'react';
import { formatDate, type Document } from '@veranderlogica/core';
import { ADOPTING_BODIES, planStatusText, reviewResponses, type Adoption, type AdoptingBody } from '@veranderlogica/core/review';
import { useTranslation } from '../i18n/translate.js';

/** A partner's review link, as the room server hands it out. */
export interface ReviewLink {
  readonly partner: string;
  readonly name: string;
  readonly url: string;
  readonly expires: number;
}

export interface ReviewRoundsProps {
  readonly document: Document;
  /** Today, as the date fields' default (YYYY-MM-DD). */
  readonly today: string;
  readonly onStart: (round: { title: string; deadline: string; partners: { actor: string; scope: 'plan' | 'own' }[] }) => void;
  readonly onClose: (round: string) => void;
  readonly onAdopt: (adoption: Adoption) => void;
  /** Makes the review links of a round; only in a live room (the server signs them). */
  readonly onLinks?: ((round: string) => Promise<readonly ReviewLink[]>) | undefined;
}

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Where the plan stands and how it got there: its status, the review rounds with who responded, starting a round
 * (which partners, how far, by when), the review links of a round, and adopting the plan (date, body, decision).
 */
export function ReviewRounds({ document, today, onStart, onClose, onAdopt, onLinks }: ReviewRoundsProps) {
  const { t, l, language } = useTranslation();
  const [starting, setStarting] = useState(false);
  const [adopting, setAdopting] = useState(false);
  const [title, setTitle] = useState(() => t('rounds.defaultTitle'));
  const [deadline, setDeadline] = useState(() => addDays(today, 28));
  const [chosen, setChosen] = useState<ReadonlyMap<string, 'plan' | 'own'>>(() => new Map());
  const [adoption, setAdoption] = useState<{ date: string; body: AdoptingBody; reference: string }>({
    date: today,
    body: 'council',
    reference: '',
  });
  const [links, setLinks] = useState<{ round: string; links: readonly ReviewLink[] } | { round: string; error: string } | undefined>();
  const choose = (actor: string, scope: 'plan' | 'own' | undefined) =>
    setChosen((current) => {
      const next = new Map(current);
      if (scope) next.set(actor, scope);
      else next.delete(actor);
      return next;
    });
  return (
    <section className="vl-panel vl-rounds" aria-labelledby="vl-rounds-title">
      <h2 id="vl-rounds-title">{t('rounds.title')}</h2>
      <p className="vl-rounds__status" data-status={document.status}>
        {t('rounds.status', { status: planStatusText(document, language) })}
      </p>
      {document.reviews.map((round) => (
        <div key={round.id} className="vl-rounds__round" data-round={round.id}>
          <h3>
            {round.title} <span className="vl-muted">{t('rounds.until', { date: formatDate(round.deadline, language) })}</span>
          </h3>
          <ul>
            {reviewResponses(document, round.id).map((response) => (
              <li key={response.actor} data-responded={response.responded}>
                {response.responded ? '✔' : '·'} {response.name}:{' '}
                {response.responded
                  ? t('rounds.responded', { comments: response.comments, suggestions: response.suggestions })
                  : t('rounds.waiting')}
                {response.scope === 'own' && <span className="vl-muted"> ({t('rounds.scopeOwn')})</span>}
              </li>
            ))}
          </ul>
          {!round.closed && (
            <div className="vl-rounds__actions">
              {onLinks && (
                <button
                  type="button"
                  className="vl-button vl-button--small"
                  onClick={() =>
                    void onLinks(round.id).then(
                      (made) => setLinks({ round: round.id, links: made }),
                      (error: unknown) => setLinks({ round: round.id, error: String((error as Error).message ?? error) }),
                    )
                  }
                >
                  {t('rounds.links')}
                </button>
              )}
              <button type="button" className="vl-button vl-button--small" onClick={() => onClose(round.id)}>
                {t('rounds.close')}
              </button>
            </div>
          )}
          {!round.closed && !onLinks && <p className="vl-muted">{t('rounds.noRoom')}</p>}
          {round.closed && <p className="vl-muted">{t('rounds.closed')}</p>}
          {links?.round === round.id &&
            ('error' in links ? (
              <p role="alert">{links.error}</p>
            ) : (
              <ul className="vl-rounds__links">
                {links.links.map((link) => (
                  <li key={link.partner}>
                    <label>
                      {t('rounds.linkFor', {
                        name: link.name,
                        date: formatDate(new Date(link.expires).toISOString().slice(0, 10), language),
                      })}
                      <input className="vl-input" readOnly value={link.url} onFocus={(event) => event.currentTarget.select()} />
                    </label>
                    <button
                      type="button"
                      className="vl-button vl-button--small"
                      onClick={() => void navigator.clipboard?.writeText(link.url)}
                    >
                      {t('rounds.copy')}
                    </button>
                  </li>
                ))}
              </ul>
            ))}
        </div>
      ))}
      {document.status !== 'adopted' && (
        <div className="vl-rounds__actions">
          <button
            type="button"
            className="vl-button"
            aria-expanded={starting}
            onClick={() => setStarting(!starting)}
            disabled={document.actors.length === 0}
          >
            {t('rounds.start')}
          </button>
          <button type="button" className="vl-button" aria-expanded={adopting} onClick={() => setAdopting(!adopting)}>
            {t('rounds.adopt')}
          </button>
        </div>
      )}
      {document.actors.length === 0 && <p className="vl-muted">{t('rounds.noPartners')}</p>}
      {starting && (
        <form
          className="vl-rounds__form"
          onSubmit={(event) => {
            event.preventDefault();
            onStart({ title: title.trim(), deadline, partners: [...chosen].map(([actor, scope]) => ({ actor, scope })) });
            setStarting(false);
            setChosen(new Map());
          }}
        >
          <label>
            {t('rounds.roundTitle')}
            <input className="vl-input" value={title} maxLength={500} onChange={(event) => setTitle(event.target.value)} />
          </label>
          <label>
            {t('rounds.deadline')}
            <input className="vl-input" type="date" value={deadline} min={today} onChange={(event) => setDeadline(event.target.value)} />
          </label>
          <fieldset>
            <legend>{t('rounds.partners')}</legend>
            {document.actors.map((actor) => (
              <div key={actor.id} className="vl-rounds__partner">
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(actor.id)}
                    onChange={(event) => choose(actor.id, event.target.checked ? 'plan' : undefined)}
                  />
                  {actor.name}
                </label>
                {chosen.has(actor.id) && (
                  <select
                    aria-label={t('rounds.scope', { name: actor.name })}
                    value={chosen.get(actor.id)}
                    onChange={(event) => choose(actor.id, event.target.value as 'plan' | 'own')}
                  >
                    <option value="plan">{t('rounds.scopePlan')}</option>
                    <option value="own">{t('rounds.scopeOwn')}</option>
                  </select>
                )}
              </div>
            ))}
          </fieldset>
          <button
            type="submit"
            className="vl-button vl-button--primary"
            disabled={!title.trim() || chosen.size === 0 || !/^\d{4}-\d{2}-\d{2}$/.test(deadline)}
          >
            {t('rounds.startConfirm', { count: chosen.size })}
          </button>
        </form>
      )}
      {adopting && (
        <form
          className="vl-rounds__form"
          onSubmit={(event) => {
            event.preventDefault();
            onAdopt({
              date: adoption.date,
              body: adoption.body,
              ...(adoption.reference.trim() && { reference: adoption.reference.trim() }),
            });
            setAdopting(false);
          }}
        >
          <label>
            {t('rounds.adoptDate')}
            <input
              className="vl-input"
              type="date"
              value={adoption.date}
              onChange={(event) => setAdoption({ ...adoption, date: event.target.value })}
            />
          </label>
          <label>
            {t('rounds.adoptBody')}
            <select value={adoption.body} onChange={(event) => setAdoption({ ...adoption, body: event.target.value as AdoptingBody })}>
              {ADOPTING_BODIES.values.map((body) => (
                <option key={body} value={body}>
                  {l(ADOPTING_BODIES.labels[body])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('rounds.adoptReference')}
            <input
              className="vl-input"
              value={adoption.reference}
              maxLength={200}
              onChange={(event) => setAdoption({ ...adoption, reference: event.target.value })}
            />
          </label>
          <p className="vl-muted">{t('rounds.adoptNote')}</p>
          <button type="submit" className="vl-button vl-button--primary" disabled={!/^\d{4}-\d{2}-\d{2}$/.test(adoption.date)}>
            {t('rounds.adoptConfirm')}
          </button>
        </form>
      )}
    </section>
  );
}
