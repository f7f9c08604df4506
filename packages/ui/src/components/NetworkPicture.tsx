import { useMemo } from 'react';
import { ACTOR_DOMAIN_COLOURS, ACTOR_DOMAINS, partnerNetwork, type Document } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';

export interface NetworkPictureProps {
  readonly document: Document;
  /** Called with a partner the user clicked; the editor shows the interventions it carries. */
  readonly onSelectPartner?: (actorId: string) => void;
  readonly width?: number;
  readonly height?: number;
}

/**
 * The netwerkfoto: partners grouped by domain (sociaal, zorg, veiligheid,
 * onderwijs) around a circle, linked by the interventions they carry
 * together; the more interventions, the larger the partner and the thicker
 * the line. Who is central and who stands alone is also written out, so the
 * picture does not depend on seeing it.
 *
 * @example
 * <NetworkPicture document={doc} onSelectPartner={(id) => showInterventionsOf(id)} />
 */
export function NetworkPicture({ document, onSelectPartner, width = 1000, height = 600 }: NetworkPictureProps) {
  const { t, l } = useTranslation();
  const network = useMemo(() => partnerNetwork(document), [document]);
  const domains = ACTOR_DOMAINS.values.filter((domain) => network.partners.some((p) => p.actor.domain === domain));
  // Partners around a circle, domain after domain, with a gap between domains.
  const ordered = domains.flatMap((domain) => network.partners.filter((p) => p.actor.domain === domain));
  const slots = ordered.length + domains.length;
  const cx = width / 2;
  const cy = height / 2;
  // Room outside the circle for the names.
  const radius = Math.min(width / 2 - 260, height / 2 - 50);
  const place = new Map<string, { x: number; y: number; angle: number }>();
  let slot = 0;
  for (const domain of domains) {
    for (const partner of ordered.filter((p) => p.actor.domain === domain)) {
      const angle = (slot / slots) * 2 * Math.PI - Math.PI / 2;
      place.set(partner.actor.id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), angle });
      slot++;
    }
    slot++;
  }
  const degree = new Map(network.centrality.map((c) => [c.actor, c.degree]));
  const nameOf = new Map(document.actors.map((actor) => [actor.id, actor.name || actor.id]));
  const topDegree = network.centrality[0]?.degree ?? 0;
  const central = network.centrality.filter((c) => c.degree > 0 && c.degree === topDegree).map((c) => nameOf.get(c.actor)!);

  return (
    <section className="vl-network" aria-label={t('network.title')}>
      <h2 className="vl-panel__title">{t('network.title')}</h2>
      <p className="vl-hint">{t('network.intro')}</p>
      {network.partners.length === 0 ? (
        <p className="vl-muted">{t('network.none')}</p>
      ) : (
        <>
          <ul className="vl-network__legend">
            {domains.map((domain) => (
              <li key={domain}>
                <span className="vl-network__swatch" style={{ background: ACTOR_DOMAIN_COLOURS[domain] }} />{' '}
                {l(ACTOR_DOMAINS.labels[domain])}
              </li>
            ))}
          </ul>
          <svg className="vl-network__picture" viewBox={`0 0 ${width} ${height}`} role="group" aria-label={t('network.title')}>
            {network.links.map((link) => {
              const a = place.get(link.a)!;
              const b = place.get(link.b)!;
              return (
                <line
                  key={`${link.a}-${link.b}`}
                  x1={a.x}
                  y1={a.y}
                  x2={b.x}
                  y2={b.y}
                  stroke="#9ca3af"
                  strokeOpacity={0.8}
                  strokeWidth={1 + 2 * link.interventions.length}
                />
              );
            })}
            {ordered.map((partner) => {
              const at = place.get(partner.actor.id)!;
              const size = 10 + 4 * Math.min(partner.interventions.length, 8);
              const alone = network.isolated.includes(partner.actor.id);
              const anchor = Math.cos(at.angle) > 0.05 ? 'start' : Math.cos(at.angle) < -0.05 ? 'end' : 'middle';
              const dx = anchor === 'start' ? size + 6 : anchor === 'end' ? -size - 6 : 0;
              const dy = anchor === 'middle' ? (Math.sin(at.angle) > 0 ? size + 16 : -size - 8) : 5;
              const label = t('network.partner', {
                name: partner.actor.name || partner.actor.id,
                count: partner.interventions.length,
                links: degree.get(partner.actor.id) ?? 0,
              });
              const select = () => onSelectPartner?.(partner.actor.id);
              return (
                <g
                  key={partner.actor.id}
                  className={`vl-network__partner${alone ? ' vl-network__partner--alone' : ''}`}
                  data-id={partner.actor.id}
                >
                  {/* The circle is the control, named in full; the drawn texts beside it are for the eye. */}
                  <circle
                    cx={at.x}
                    cy={at.y}
                    r={size}
                    fill={ACTOR_DOMAIN_COLOURS[partner.actor.domain]}
                    stroke={alone ? '#b91c1c' : '#fff'}
                    strokeWidth={alone ? 3 : 2}
                    strokeDasharray={alone ? '4 3' : undefined}
                    role={onSelectPartner ? 'button' : 'img'}
                    tabIndex={onSelectPartner ? 0 : undefined}
                    aria-label={label}
                    onClick={select}
                    onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && select()}
                  />
                  <g aria-hidden="true" onClick={select}>
                    <text x={at.x} y={at.y + 5} textAnchor="middle" fontSize={13} fontWeight={700} fill="#fff" pointerEvents="none">
                      {partner.interventions.length}
                    </text>
                    <text x={at.x + dx} y={at.y + dy} textAnchor={anchor} fontSize={14} fill="#111827">
                      {partner.actor.name.length > 34 ? `${partner.actor.name.slice(0, 32)}…` : partner.actor.name}
                    </text>
                  </g>
                </g>
              );
            })}
          </svg>
          <div id="vl-network-summary" className="vl-network__summary">
            {central.length > 0 && <p>{t('network.central', { names: central.join(', ') })}</p>}
            {network.isolated.length > 0 && (
              <p>{t('network.alone', { names: network.isolated.map((id) => nameOf.get(id) ?? id).join(', ') })}</p>
            )}
          </div>
        </>
      )}
    </section>
  );
}
