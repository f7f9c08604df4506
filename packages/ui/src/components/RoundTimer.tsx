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
  /**
   * Where in this browser's storage the timer keeps its state, so a running round survives a reload (it keeps
   * counting against the wall clock). Without it the timer starts afresh on every load.
   */
  readonly persistKey?: string;
}

interface TimerState {
  readonly length: number;
  readonly endsAt: number | undefined;
  readonly left: number;
}

function loadTimer(key: string | undefined): TimerState | undefined {
  if (!key) return undefined;
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as Partial<TimerState> | null;
    const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
    if (!stored || !finite(stored.length) || !finite(stored.left)) return undefined;
    return { length: stored.length, left: stored.left, endsAt: finite(stored.endsAt) ? stored.endsAt : undefined };
  } catch {
    return undefined;
  }
}

/**
 * A countdown for a round of the workshop, large enough to read on a
 * projector: presets, start, pause and reset. It lives outside the document:
 * time is not part of the veranderlogica.
 *
 * @example
 * <RoundTimer minutes={15} persistKey="veranderlogica:timer" />
 */
export function RoundTimer({ minutes = 10, now = () => Date.now(), persistKey }: RoundTimerProps) {
  const { t } = useTranslation();
  const [stored] = useState(() => loadTimer(persistKey));
  const [length, setLength] = useState(stored?.length ?? minutes * 60);
  // Either running until `endsAt`, or paused with `left` seconds.
  const [endsAt, setEndsAt] = useState<number | undefined>(stored?.endsAt);
  const [left, setLeft] = useState(stored?.left ?? minutes * 60);
  const [, tick] = useState(0);

  useEffect(() => {
    if (!persistKey) return;
    try {
      localStorage.setItem(persistKey, JSON.stringify({ length, endsAt, left }));
    } catch {
      // Without storage the timer still runs; it just does not survive a reload.
    }
  }, [persistKey, length, endsAt, left]);

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
