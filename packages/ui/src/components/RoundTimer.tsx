import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/translate.js';

const PRESETS = [5, 10, 15, 20];

/** Minutes and seconds, as 07:05. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

export interface RoundTimerProps {
  /** Starting length in minutes. Default 10. */
  readonly minutes?: number;
  /** The clock to read; tests and stories pass their own. */
  readonly now?: () => number;
}

/**
 * A countdown for a round of the workshop, large enough to read on a
 * projector: presets, start, pause and reset. It lives outside the document:
 * time is not part of the veranderlogica.
 *
 * @example
 * <RoundTimer minutes={15} />
 */
export function RoundTimer({ minutes = 10, now = () => Date.now() }: RoundTimerProps) {
  const { t } = useTranslation();
  const [length, setLength] = useState(minutes * 60);
  // Either running until `endsAt`, or paused with `left` seconds.
  const [endsAt, setEndsAt] = useState<number | undefined>();
  const [left, setLeft] = useState(minutes * 60);
  const [, tick] = useState(0);

  useEffect(() => {
    if (endsAt === undefined) return;
    const timer = setInterval(() => tick((n) => n + 1), 250);
    return () => clearInterval(timer);
  }, [endsAt]);

  const remaining = endsAt === undefined ? left : Math.max(0, (endsAt - now()) / 1000);
  const done = remaining <= 0;
  return (
    <section className={`vl-panel vl-timer${done ? ' vl-timer--done' : ''}`} aria-label={t('timer.title')}>
      <h2 className="vl-panel__title">{t('timer.title')}</h2>
      <p className="vl-timer__clock" role="timer" aria-live={done ? 'assertive' : 'off'}>
        {done ? t('timer.done') : formatClock(remaining)}
      </p>
      <div className="vl-timer__presets">
        {PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            className={`vl-button${length === preset * 60 ? ' vl-button--active' : ''}`}
            onClick={() => {
              setLength(preset * 60);
              setLeft(preset * 60);
              setEndsAt(undefined);
            }}
          >
            {t('timer.minutes', { count: preset })}
          </button>
        ))}
      </div>
      <div className="vl-timer__controls">
        {endsAt === undefined ? (
          <button type="button" className="vl-button" disabled={done} onClick={() => setEndsAt(now() + left * 1000)}>
            ▶ {t('timer.start')}
          </button>
        ) : (
          <button
            type="button"
            className="vl-button"
            onClick={() => {
              setLeft(remaining);
              setEndsAt(undefined);
            }}
          >
            ❚❚ {t('timer.pause')}
          </button>
        )}
        <button
          type="button"
          className="vl-button"
          onClick={() => {
            setLeft(length);
            setEndsAt(undefined);
          }}
        >
          ↺ {t('timer.reset')}
        </button>
      </div>
    </section>
  );
}
