import { ViewportPortal } from '@xyflow/react';
import { NODE_KIND_PLURALS, type NodeKind } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';

/** One band along the layer axis: y for a bottom-to-top diagram, x for left-to-right. */
export interface BandGuide {
  /** A kind of the chain (`role: 'chain'` in its module). */
  readonly band: NodeKind;
  readonly start: number;
  readonly end: number;
}

/**
 * A group's (strategy's, speerpunt's) label beside its interventions, as the
 * layout package's `groupGuides` gives it: a bracket from `from` to `to` across
 * the layers, in line (BT) or column (LR) `row`.
 */
export interface GroupGuideLabel {
  readonly id: string;
  readonly title: string;
  readonly from: number;
  readonly to: number;
  readonly row: number;
}

export interface LayerBandsProps {
  readonly bands: readonly BandGuide[];
  /** Where the line of accountability runs along the layer axis, if the diagram has an interest sphere. */
  readonly accountabilityLine?: number;
  readonly direction?: 'BT' | 'LR';
  /** The diagram's extent across the layer axis (x for BT), so the bands span every card. */
  readonly across: { readonly from: number; readonly to: number };
  /**
   * Group labels, and where they stand along the layer axis: under the lowest card (BT, its bottom `y`) or left of
   * the leftmost (LR, its `x`).
   */
  readonly groups?: { readonly labels: readonly GroupGuideLabel[]; readonly at: number };
}

const PAD = 16;
const LABEL_SPACE = 190;
/** Group labels: a line under the cards (BT) is this high; a column left of them (LR) this wide. */
const GROUP_ROW = 34;
const GROUP_COLUMN = 200;

/**
 * What fitting the view to the cards must leave free so the band names (left
 * of the cards, or above them left to right), two lines of group labels and
 * the line of accountability's label stay on screen, in screen pixels at a
 * zoom of at most 1.
 *
 * @example
 * fitView({ padding: BAND_FIT_PADDING, maxZoom: 1 });
 */
export const BAND_FIT_PADDING = {
  top: `${60 + PAD + 16}px`,
  right: '4%',
  bottom: `${PAD + 2 * GROUP_ROW + 16}px`,
  left: `${LABEL_SPACE + PAD + 16}px`,
} as const;

/**
 * The layer bands (Interventies, Werkzame mechanismen, Uitkomsten, Doelen)
 * behind the cards, with their names in large type, the line of
 * accountability, and each group's (strategy's) name on a light bracket beside
 * its interventions, as the exported picture draws them. Rendered inside
 * React Flow, in diagram coordinates.
 *
 * @example
 * <ReactFlow …><LayerBands bands={guides.bands} across={{ from: 0, to: 2400 }} /></ReactFlow>
 */
export function LayerBands({ bands, accountabilityLine, direction = 'BT', across, groups }: LayerBandsProps) {
  const { t, l } = useTranslation();
  const horizontal = direction === 'LR';
  return (
    <ViewportPortal>
      <div className="vl-bands" aria-hidden="true">
        {bands.map((band, i) => {
          const along = { start: band.start - PAD, size: band.end - band.start + 2 * PAD };
          const span = {
            start: across.from - PAD - (horizontal ? 0 : LABEL_SPACE),
            size: across.to - across.from + 2 * PAD + (horizontal ? 60 : LABEL_SPACE),
          };
          const style = horizontal
            ? { transform: `translate(${along.start}px, ${span.start - 60}px)`, width: along.size, height: span.size }
            : { transform: `translate(${span.start}px, ${along.start}px)`, width: span.size, height: along.size };
          return (
            <div
              key={`${band.band}-${i}`}
              className={`vl-band vl-band--${band.band} vl-band--${i % 2 ? 'odd' : 'even'}${horizontal ? ' vl-band--column' : ''}`}
              style={style}
            >
              <span className="vl-band__label">{l(NODE_KIND_PLURALS[band.band])}</span>
            </div>
          );
        })}
        {accountabilityLine !== undefined && (
          <div
            className={`vl-accountability vl-accountability--${horizontal ? 'vertical' : 'horizontal'}`}
            style={
              horizontal
                ? {
                    transform: `translate(${accountabilityLine}px, ${across.from - PAD - 60}px)`,
                    height: across.to - across.from + 2 * PAD + 60,
                  }
                : {
                    transform: `translate(${across.from - PAD - LABEL_SPACE}px, ${accountabilityLine}px)`,
                    width: across.to - across.from + 2 * PAD + LABEL_SPACE,
                  }
            }
          >
            <span className="vl-accountability__label">{t(horizontal ? 'bands.accountabilityAcross' : 'bands.accountability')}</span>
          </div>
        )}
        {groups?.labels.map((label) => (
          <div
            key={label.id}
            data-group={label.id}
            className={`vl-group vl-group--${horizontal ? 'column' : 'row'}`}
            style={
              horizontal
                ? {
                    transform: `translate(${groups.at - PAD - 20 - label.row * GROUP_COLUMN}px, ${label.from}px)`,
                    height: label.to - label.from,
                  }
                : {
                    transform: `translate(${label.from}px, ${groups.at + PAD + 8 + label.row * GROUP_ROW}px)`,
                    width: label.to - label.from,
                  }
            }
          >
            <span className="vl-group__label">{label.title}</span>
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
}
