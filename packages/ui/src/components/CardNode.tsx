import { memo } from 'react';
import { Handle, Position, useStore, type NodeProps } from '@xyflow/react';
import { CONNECTION_RULES, KIND_STYLES, NODE_KIND_SPECS, NODE_KINDS } from '@veranderlogica/core';
import { DATABANKS, RECOGNITION_LEVELS } from '@veranderlogica/core/review';
import { useTranslation } from '../i18n/translate.js';
import type { CardNode as CardNodeType } from '../flow/to-flow.js';
import { useHyphenated } from '../hyphenate.js';
import { KindIcon } from './KindIcon.js';
import { ProgressMark } from './Progress.js';

/** Kinds that some connection may end on (every one today, interventions included: indicators measure them, assumptions underlie them). */
const TARGET_KINDS = new Set(CONNECTION_RULES.map((rule) => rule.target));

/**
 * One card of the veranderlogica on the canvas: the kind's colour, icon and
 * label, the title large enough to read from the back of a room, and badges
 * for validation findings, votes and priority. Memoised: it re-renders only
 * when its own node, position or badges change.
 */
/** Below this zoom a card's text is unreadable; drawing it anyway only slows panning a large diagram. */
export const DETAIL_ZOOM = 0.35;
/** Diagrams up to this many cards always draw full cards (they pan smoothly anyway, and exports keep their text). */
const SIMPLIFY_ABOVE_NODES = 300;
const zoomedOut = (state: { transform: [number, number, number]; nodeLookup: { size: number } }) =>
  state.transform[2] < DETAIL_ZOOM && state.nodeLookup.size > SIMPLIFY_ABOVE_NODES;

export const CardNode = memo(
  function CardNode({ data, selected }: NodeProps<CardNodeType>) {
    const { t, l } = useTranslation();
    const { node, direction } = data;
    const style = KIND_STYLES[node.kind];
    // A boolean selector: cards re-render only when the zoom crosses the threshold, not on every pan or zoom step.
    const simple = useStore(zoomedOut);
    const satellite = NODE_KIND_SPECS[node.kind].role === 'satellite';
    const sourcePosition = satellite
      ? direction === 'BT'
        ? Position.Left
        : Position.Top
      : direction === 'BT'
        ? Position.Top
        : Position.Right;
    const targetPosition = direction === 'BT' ? Position.Bottom : Position.Left;
    const sub = l(data.subtitle);
    // A simple card shows no title: hyphenating 1,000 titles nobody sees held up a large plan's first picture.
    const title = useHyphenated(simple ? '' : node.title, data.contentLanguage);
    const handleClass = simple ? 'vl-handle vl-handle--overview' : 'vl-handle';
    return (
      <div
        className={`vl-card vl-card--${node.kind}${selected ? ' vl-card--selected' : ''}${data.dimmed ? ' vl-dimmed' : ''}${data.compare ? ` vl-card--compare-${data.compare}` : ''}${data.mine ? ' vl-card--mine' : ''}`}
        style={{
          background: style.fill,
          borderColor: style.stroke,
          borderStyle: style.dashed ? 'dashed' : 'solid',
          color: style.text,
          ...(data.others?.length ? { boxShadow: `0 0 0 3px ${data.others[0]!.color}` } : {}),
        }}
        data-kind={node.kind}
        data-id={node.id}
        {...(data.compare ? { 'data-compare': data.compare } : {})}
        {...(data.progress ? { 'data-status': data.progress.status } : {})}
      >
        {data.compare && <span className="vl-card__compare">{t(`compare.${data.compare}`)}</span>}
        {data.mine && <span className="vl-card__mine">{t('participant.mineMark')}</span>}
        {data.others?.length ? (
          <span className="vl-card__others" aria-label={t('node.editedBy', { names: data.others.map((o) => o.name).join(', ') })}>
            {data.others.map((other) => (
              <span key={other.name + other.color} className="vl-card__other" style={{ background: other.color }}>
                {other.name}
              </span>
            ))}
          </span>
        ) : null}
        {TARGET_KINDS.has(node.kind) && <Handle type="target" position={targetPosition} className={handleClass} />}
        {simple ? (
          <div className="vl-card__simple" title={node.title} />
        ) : (
          <>
            <div className="vl-card__header" style={{ color: style.label }}>
              <KindIcon kind={node.kind} />
              <span className="vl-card__kind">{l(NODE_KINDS.labels[node.kind])}</span>
              {sub && <span className="vl-card__detail">· {sub}</span>}
              {node.kind === 'intervention' && node.priority && (
                <span className="vl-card__priority" title={t('node.priority')} aria-label={t('node.priority')}>
                  ★
                </span>
              )}
            </div>
            <div className="vl-card__title" title={node.title.length > 120 ? node.title : undefined}>
              {node.title.trim() ? title : <em className="vl-muted">{t('node.untitled')}</em>}
            </div>
            {data.progress && (
              <div className="vl-card__progress">
                <ProgressMark status={data.progress.status} />
                {data.progress.sparkline && (
                  // The core's chart: numbers and an escaped label, nothing that runs.
                  <span className="vl-card__sparkline" dangerouslySetInnerHTML={{ __html: data.progress.sparkline }} />
                )}
              </div>
            )}
            <div className="vl-card__badges">
              {data.todo && <span className="vl-badge vl-badge--todo">{l(data.todo)}</span>}
              {data.errors > 0 && <span className="vl-badge vl-badge--error">{t('node.errors', { count: data.errors })}</span>}
              {data.warnings > 0 && <span className="vl-badge vl-badge--warning">{t('node.warnings', { count: data.warnings })}</span>}
              {data.votes > 0 && <span className="vl-badge vl-badge--votes">{t('node.votes', { count: data.votes })}</span>}
              {node.kind === 'intervention' && node.recognition && (
                <span className="vl-badge vl-badge--recognised" title={l(DATABANKS.labels[node.recognition.databank])}>
                  {t('node.recognised', { level: l(RECOGNITION_LEVELS.labels[node.recognition.level]) })}
                </span>
              )}
              {data.comments ? (
                <span className="vl-badge vl-badge--comments" data-comments={data.comments}>
                  {t('node.comments', { count: data.comments })}
                </span>
              ) : null}
            </div>
          </>
        )}
        <Handle type="source" position={sourcePosition} className={handleClass} />
      </div>
    );
  },
  // A card draws only its data and whether it is selected. React Flow also hands it its measured size, place and
  // z-index; those change on every measurement and drag, and re-rendering 1,000 cards for them cost a second on opening.
  (before, after) => before.data === after.data && before.selected === after.selected && before.id === after.id,
);
