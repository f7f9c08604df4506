import { useEffect, useState } from 'react';
import type { RoomState } from '@veranderlogica/core/sync';
import { useTranslation } from '../i18n/translate.js';
import { formatClock } from './RoundTimer.js';

export interface RoomBannerProps {
  readonly code: string;
  readonly joinUrl: string;
  /** A QR code of the join address as SVG markup, made by the caller. */
  readonly qrSvg?: string;
  readonly room: RoomState;
  readonly status: 'connecting' | 'connected' | 'offline';
  /** The server's clock, corrected for this screen's offset. */
  readonly serverNow: () => number;
}

/**
 * What the projector shows beside the plan in a live room: how to join (the
 * code in large type and its QR code), the shared timer, and where voting stands.
 *
 * @example
 * <RoomBanner code="K7QMWX" joinUrl="https://…/?join=K7QMWX" room={room} status="connected" serverNow={Date.now} />
 */
export function RoomBanner({ code, joinUrl, qrSvg, room, status, serverNow }: RoomBannerProps) {
  const { t } = useTranslation();
  const [, tick] = useState(0);
  useEffect(() => {
    if (room.timerEndsAt === undefined) return;
    const timer = setInterval(() => tick((n) => n + 1), 500);
    return () => clearInterval(timer);
  }, [room.timerEndsAt]);
  const left = room.timerEndsAt === undefined ? undefined : Math.max(0, (room.timerEndsAt - serverNow()) / 1000);
  return (
    <section className="vl-panel vl-room vl-room--screen" aria-label={t('room.title')}>
      <p className={`vl-room__status vl-room__status--${status}`} role="status">
        {t(`room.status.${status}`)}
      </p>
      <div className="vl-room__join">
        <div>
          <span className="vl-room__code-label">{t('room.code')}</span>
          <strong className="vl-room__code" data-testid="room-code">
            {code}
          </strong>
          <span className="vl-room__url">{t('room.joinAt', { url: joinUrl })}</span>
        </div>
        {qrSvg && <img className="vl-room__qr" alt={t('room.qr')} src={`data:image/svg+xml;utf8,${encodeURIComponent(qrSvg)}`} />}
      </div>
      {left !== undefined && (
        <p className="vl-room__clock" role="timer">
          {formatClock(left)}
        </p>
      )}
      <p className="vl-room__note">{t(`room.voting.state.${room.voting}`)}</p>
    </section>
  );
}
