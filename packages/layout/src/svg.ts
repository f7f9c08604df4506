import {
  CONFIDENCES,
  escapeXml,
  KINDS_BY_RANK,
  KIND_STYLES,
  NODE_KIND_PLURALS,
  NODE_KINDS,
  type Document,
  type FocusedPart,
  type Language,
  type NodeKind,
  maxOf,
  minOf,
} from '@veranderlogica/core';
import type { Hyphenate } from './hyphenate.js';
import { FONT_FAMILY, linesWidth, textWidth, wrapText, type TextStyle } from './font.js';
import { fontFaceCss } from './font-face.js';
import {
  CARD_PADDING,
  cardText,
  KIND_LINE_HEIGHT,
  KIND_TEXT,
  NOTE_LINE_HEIGHT,
  notesHeight,
  TITLE_LINE_HEIGHT,
  TITLE_TEXT,
  titleBaseline,
} from './card-text.js';
import { GROUP_LABEL, groupGuides } from './guides.js';
import type { LayoutResult, Point } from './result.js';
import { PICTURE_TEXT as TEXT } from './messages.js';

export { escapeXml };

const PADDING = 40;
/** Band labels: 15 px bold, wrapped to this width. */
const BAND_LABEL_SIZE = 15;
const BAND_TEXT: TextStyle = { size: BAND_LABEL_SIZE, bold: true };
const BAND_LABEL_WIDTH = 115;
/** The picture's title: 24 px bold, lines 30 px apart. */
const HEADING_TEXT: TextStyle = { size: 24, bold: true };
const HEADING_LINE = 30;
/** The legend's entries: 12 px, in rows 24 px apart. */
const LEGEND_TEXT: TextStyle = { size: 12 };
const LEGEND_ROW = 24;
/** The narrowest a picture is drawn. */
const MIN_WIDTH = 760;

/** A white outline under a text, so that a connection crossing it does not cross out its words. */
const HALO = 'paint-order="stroke" stroke="#ffffff" stroke-width="4" stroke-linejoin="round"';

function polyline(points: readonly Point[]): string {
  return points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
}

const round = (value: number) => Math.round(value * 10) / 10;

export interface SvgOptions {
  readonly language?: Language;
  /** Show the document title above the diagram. Default true. */
  readonly title?: boolean;
  /** Show the legend below the diagram. Default true. */
  readonly legend?: boolean;
  /** Name the groups (strategies) beside their interventions: under the picture (BT) or left of it (LR). Default true. */
  readonly groups?: boolean;
  /** Draw these cards and connections as usual and fade the rest (e.g. one goal's chains, from `focusedPart`). */
  readonly highlight?: FocusedPart;
  /** Lines under a card's title, by card id (laid out with the same `notes`, so the card has room for them). */
  readonly notes?: Readonly<Record<string, readonly string[]>>;
  /** Breaks long words of titles between syllables, as the layout did (see `loadHyphenate`). */
  readonly hyphenate?: Hyphenate;
  /**
   * Numbered marks over cards (the atlas's overview: the page each part of the plan is drawn on), in a type
   * size given in the picture's own units, so that they read at a given size however small the picture prints.
   */
  readonly marks?: { readonly size: number; readonly items: readonly { readonly card: string; readonly label: string }[] };
  /**
   * `embed` (default) carries the font inside the SVG (36 kB), so the file draws as it was measured wherever it is
   * opened; `reference` only names it, for a page that loads Noto Sans once for many pictures (see `fontFaceCss`).
   */
  readonly font?: 'embed' | 'reference';
}

/** How much of a card or connection outside the highlighted part shows. */
const FADED = 0.18;

/**
 * A self-contained SVG of a laid-out veranderlogica: layer bands, cards in the
 * kinds' colours with wrapped titles, routed edges with arrowheads, the line
 * of accountability and a legend. No scripts, no external resources.
 *
 * @example
 * const layout = await layoutDocument(document);
 * await writeFile('veranderlogica.svg', renderSvg(document, layout, { language: 'nl' }));
 */
export function renderSvg(document: Document, layout: LayoutResult, options: SvgOptions = {}): string {
  const language = options.language ?? document.language;
  const showTitle = options.title ?? true;
  const showLegend = options.legend ?? true;
  const horizontal = layout.direction === 'LR';
  // The drawing's extent: every card, and every connection's route (a route may run outside the cards).
  const placed = [
    ...Object.values(layout.positions),
    ...Object.values(layout.edges).flatMap((points) => points.map((p) => ({ x: p.x, y: p.y, width: 0, height: 0 }))),
  ];
  const minX = placed.length ? minOf(placed, (p) => p.x) : 0;
  const minY = placed.length ? minOf(placed, (p) => p.y) : 0;
  const maxX = placed.length ? maxOf(placed, (p) => p.x + p.width) : 0;
  const maxY = placed.length ? maxOf(placed, (p) => p.y + p.height) : 0;
  // Strategies beside their interventions: one light bracket per group, under the picture (BT) or left of it (LR).
  const groupLabels = options.groups === false ? [] : groupGuides(document, layout.positions, layout.direction);
  const groupRows = groupLabels.length ? maxOf(groupLabels, (label) => label.row) + 1 : 0;
  // BT: each row of labels as high as its label with the most lines.
  const rowLines = Array.from({ length: groupRows }, (_, row) =>
    Math.max(1, ...groupLabels.filter((label) => label.row === row).map((label) => label.lines.length)),
  );
  const rowTop = rowLines.map((_, row) =>
    rowLines.slice(0, row).reduce((sum, lines) => sum + GROUP_LABEL.row + (lines - 1) * GROUP_LABEL.line, 0),
  );
  const groupHeight =
    groupRows && !horizontal ? rowLines.reduce((sum, lines) => sum + GROUP_LABEL.row + (lines - 1) * GROUP_LABEL.line, 0) + 12 : 0;
  // LR: the labels stand in columns left of the interventions, each as wide as its longest line.
  const groupColumn = horizontal && groupLabels.length ? maxOf(groupLabels, (label) => label.extent.width) + GROUP_LABEL.gap : 0;
  // The band labels' column (BT) is as wide as the longest line of any label, so no label runs under a card.
  const bandLines = new Map(
    layout.bands.map((band) => [band.band, wrapText(NODE_KIND_PLURALS[band.band][language], BAND_LABEL_WIDTH, BAND_TEXT)]),
  );
  const longestLine = linesWidth([...bandLines.values()].flat(), BAND_TEXT);
  const left = horizontal ? groupRows * groupColumn : Math.ceil(longestLine) + 36;
  const top = horizontal ? 30 : 0;
  const width = Math.max(maxX - minX + left + 2 * PADDING, MIN_WIDTH);
  // The title and the legend wrap to the picture's width: neither is cut.
  const heading = showTitle ? wrapText(document.title || '…', width - 2 * PADDING, HEADING_TEXT) : [];
  const legend = showLegend ? legendRows(language, width - 2 * PADDING) : [];
  // A plan laid out in plain rows says so, on the picture itself.
  const notice = layout.fallback ? wrapText(TEXT.fallback[language], width - 2 * PADDING, LEGEND_TEXT) : [];
  const titleHeight = (showTitle ? 56 + (heading.length - 1) * HEADING_LINE : 0) + notice.length * LEGEND_ROW;
  const legendHeight = showLegend ? 46 + legend.length * LEGEND_ROW : 0;
  // Shift the drawing so it starts inside the padding, after the band labels and title.
  const dx = PADDING + left - minX;
  const dy = PADDING + titleHeight + top - minY;
  const height = maxY - minY + top + titleHeight + groupHeight + legendHeight + 2 * PADDING;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}" font-family="${FONT_FAMILY}" style="font-variant-ligatures:none;font-kerning:none" role="img" aria-label="${escapeXml(document.title)}">`,
    `<title>${escapeXml(document.title)}</title>`,
    '<defs>',
    ...(options.font === 'reference' ? [] : [`<style>${fontFaceCss()}</style>`]),
    '<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#374151"/></marker>',
    `<marker id="arrow-measures" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${KIND_STYLES.indicator.stroke}"/></marker>`,
    `<marker id="arrow-underlies" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${KIND_STYLES.assumption.stroke}"/></marker>`,
    '</defs>',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  );
  notice.forEach((text, i) => {
    const y = PADDING + titleHeight - (notice.length - i) * LEGEND_ROW + 14;
    out.push(
      `<text data-notice="" x="${PADDING}" y="${round(y)}" font-size="${LEGEND_TEXT.size}" font-style="italic" fill="#92400e">${escapeXml(text)}</text>`,
    );
  });
  if (showTitle) {
    heading.forEach((text, i) => {
      out.push(
        `<text data-heading="" x="${PADDING}" y="${PADDING + 22 + i * HEADING_LINE}" font-size="${HEADING_TEXT.size}" font-weight="700" fill="#111827">${escapeXml(text)}</text>`,
      );
    });
  }

  // Layer bands with their names.
  layout.bands.forEach((band, i) => {
    const fill = i % 2 === 0 ? '#f9fafb' : '#f3f4f6';
    if (horizontal) {
      const label = escapeXml(NODE_KIND_PLURALS[band.band][language]);
      const x = band.start + dx - 12;
      const w = band.end - band.start + 24;
      out.push(
        `<rect data-band="${band.band}" x="${round(x)}" y="${round(PADDING + titleHeight)}" width="${round(w)}" height="${round(maxY - minY + top + 12)}" fill="${fill}" rx="8"/>`,
      );
      out.push(
        `<text data-band-label="${band.band}" x="${round(x + 10)}" y="${round(PADDING + titleHeight + 20)}" font-size="15" font-weight="700" fill="#4b5563">${label}</text>`,
      );
    } else {
      const y = band.start + dy - 12;
      const h = band.end - band.start + 24;
      out.push(
        `<rect data-band="${band.band}" x="${PADDING}" y="${round(y)}" width="${round(width - 2 * PADDING)}" height="${round(h)}" fill="${fill}" rx="8"/>`,
      );
      const lines = bandLines.get(band.band) ?? [];
      const step = BAND_LABEL_SIZE + 3;
      let first = y + h / 2 + 5 - ((lines.length - 1) / 2) * step;
      // A label the line of accountability would strike through moves above the line, or below it where there is no room.
      const crossing = layout.accountabilityLine?.orientation === 'horizontal' ? layout.accountabilityLine.position + dy : undefined;
      const last = () => first + (lines.length - 1) * step;
      if (crossing !== undefined && crossing > first - BAND_LABEL_SIZE - 4 && crossing < last() + 8) {
        const above = crossing - 10 - (lines.length - 1) * step;
        first = above - BAND_LABEL_SIZE >= y + 2 ? above : crossing + 8 + BAND_LABEL_SIZE;
      }
      lines.forEach((text, l) => {
        const baseline = first + l * step;
        out.push(
          `<text data-band-label="${band.band}" x="${PADDING + 12}" y="${round(baseline)}" font-size="${BAND_LABEL_SIZE}" font-weight="700" fill="#4b5563">${escapeXml(text)}</text>`,
        );
      });
    }
  });

  // The line of accountability.
  const line = layout.accountabilityLine;
  if (line) {
    if (line.orientation === 'horizontal') {
      const y = round(line.position + dy);
      out.push(
        `<line data-accountability="horizontal" x1="${PADDING}" y1="${y}" x2="${round(width - PADDING)}" y2="${y}" stroke="#b91c1c" stroke-width="2" stroke-dasharray="10 6"/>`,
      );
      // Beside the band labels' column, so the line's words never run into a band's name or a card at the far end.
      const labelX = PADDING + left + 4;
      // One line just under it (the line keeps close to the cards beyond it, so there is no room above).
      out.push(
        `<text x="${labelX}" y="${y + 16}" font-size="12" fill="#b91c1c" ${HALO}><tspan font-weight="700">${escapeXml(TEXT.line[language])}</tspan> ▲ ${escapeXml(TEXT.beyond[language])} · ▼ ${escapeXml(TEXT.within[language])}</text>`,
      );
    } else {
      const x = round(line.position + dx);
      out.push(
        `<line data-accountability="vertical" x1="${x}" y1="${round(PADDING + titleHeight)}" x2="${x}" y2="${round(maxY + dy + 12)}" stroke="#b91c1c" stroke-width="2" stroke-dasharray="10 6"/>`,
      );
      out.push(
        `<text x="${x + 6}" y="${round(maxY + dy + 26)}" font-size="12" font-weight="700" fill="#b91c1c">${escapeXml(TEXT.line[language])} ▶ ${escapeXml(TEXT.beyond[language])}</text>`,
      );
    }
  }

  // Edges under the cards.
  const kindById = new Map(document.nodes.map((node) => [node.id, node.kind]));
  for (const edge of document.edges) {
    const points = layout.edges[edge.id];
    if (!points || points.length < 2 || !kindById.has(edge.source) || !kindById.has(edge.target)) continue;
    const shifted = points.map((p) => ({ x: p.x + dx, y: p.y + dy }));
    const style =
      edge.kind === 'leads-to'
        ? 'stroke="#374151" stroke-width="1.6" marker-end="url(#arrow)"'
        : edge.kind === 'measures'
          ? `stroke="${KIND_STYLES.indicator.stroke}" stroke-width="1.4" stroke-dasharray="6 4" marker-end="url(#arrow-measures)"`
          : `stroke="${KIND_STYLES.assumption.stroke}" stroke-width="1.4" stroke-dasharray="2 4" marker-end="url(#arrow-underlies)"`;
    const faded = options.highlight && !options.highlight.edges.has(edge.id) ? ` opacity="${FADED}"` : '';
    // On hover: why it holds, the evidence and the confidence, where the plan gives them; else what it is.
    const evidence = edge.evidence && [edge.evidence.source, edge.evidence.link].filter(Boolean).join(' ');
    const hint = [
      edge.rationale,
      evidence && `${TEXT.evidence[language]}: ${evidence}`,
      edge.confidence && `${TEXT.confidence[language]}: ${CONFIDENCES.labels[edge.confidence][language]}`,
    ].filter(Boolean);
    out.push(
      `<polyline data-id="${escapeXml(edge.id)}" data-source="${escapeXml(edge.source)}" data-target="${escapeXml(edge.target)}" data-kind="${edge.kind}" points="${polyline(shifted)}" fill="none" ${style}${faded}><title>${escapeXml(hint.length ? hint.join('\n') : edgeLabel(edge.kind, language))}</title></polyline>`,
    );
  }

  // Cards.
  for (const node of document.nodes) {
    const p = layout.positions[node.id];
    if (!p) continue;
    const style = KIND_STYLES[node.kind];
    const x = round(p.x + dx);
    const y = round(p.y + dy);
    // The whole kind line, title and notes, however long: the card was made tall enough for them.
    const text = cardText(node, document, p.width, { language, notes: options.notes, hyphenate: options.hyphenate });
    const notes = text.notes;
    const noteRoom = notesHeight(notes);
    const baseline = titleBaseline(text);
    const faded = options.highlight && !options.highlight.nodes.has(node.id) ? ` opacity="${FADED}"` : '';
    out.push(`<g data-id="${escapeXml(node.id)}" data-kind="${node.kind}"${faded}>`);
    out.push(`<title>${escapeXml(node.title)}${node.description ? `\n${escapeXml(node.description)}` : ''}</title>`);
    out.push(
      `<rect x="${x}" y="${y}" width="${round(p.width)}" height="${round(p.height)}" rx="10" fill="${style.fill}" stroke="${style.stroke}" stroke-width="2"${style.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    text.kind.forEach((line, i) => {
      out.push(
        `<text data-kind-line="" x="${round(x + CARD_PADDING)}" y="${round(y + 17 + i * KIND_LINE_HEIGHT)}" font-size="${KIND_TEXT.size}" font-weight="700" letter-spacing="${KIND_TEXT.letterSpacing}" fill="${style.label}">${escapeXml(line)}</text>`,
      );
    });
    text.title.forEach((line, i) => {
      out.push(
        `<text x="${round(x + CARD_PADDING)}" y="${round(y + baseline + i * TITLE_LINE_HEIGHT)}" font-size="${TITLE_TEXT.size}" fill="${style.text}">${escapeXml(line)}</text>`,
      );
    });
    if (notes.length) {
      // Where the card's chains go on, under a rule: the last line just above the card's bottom border.
      const rule = round(y + p.height - noteRoom + 2);
      out.push(
        `<line x1="${round(x + 10)}" y1="${rule}" x2="${round(x + p.width - 10)}" y2="${rule}" stroke="${style.stroke}" stroke-width="1"/>`,
      );
      notes.forEach((text, i) => {
        out.push(
          `<text data-note="${escapeXml(node.id)}" x="${round(x + 10)}" y="${round(rule + NOTE_LINE_HEIGHT - 2 + i * NOTE_LINE_HEIGHT)}" font-size="${TITLE_TEXT.size}" font-style="italic" fill="#1e3a8a">${escapeXml(text)}</text>`,
        );
      });
    }
    out.push(`</g>`);
  }

  // Numbered marks: a disc over the card's top-left corner, several marks on one card side by side.
  if (options.marks) {
    const size = options.marks.size;
    const taken = new Map<string, number>();
    for (const { card, label } of options.marks.items) {
      const p = layout.positions[card];
      if (!p) continue;
      const n = taken.get(card) ?? 0;
      taken.set(card, n + 1);
      const radius = Math.max(size * 0.62, textWidth(label, { size, bold: true }) / 2 + size * 0.3);
      const cx = round(p.x + dx + radius * (1 + 2.2 * n));
      const cy = round(p.y + dy + radius * 0.2);
      out.push(
        `<g data-mark="${escapeXml(label)}" data-card="${escapeXml(card)}"><circle cx="${cx}" cy="${cy}" r="${round(radius)}" fill="#1e3a8a" stroke="#ffffff" stroke-width="${round(size / 8)}"/><text x="${cx}" y="${round(cy + size * 0.36)}" font-size="${round(size)}" font-weight="700" fill="#ffffff" text-anchor="middle">${escapeXml(label)}</text></g>`,
      );
    }
  }

  for (const label of groupLabels) {
    if (horizontal) {
      // A bracket left of the interventions' band (a column further left for each column of labels), the label's
      // lines right-aligned beside it, centred on the group.
      const x = round(minX + dx - 18 - label.row * groupColumn);
      const from = round(label.from + dy);
      const to = round(label.to + dy);
      const textX = round(x - 8);
      const first = (from + to) / 2 - ((label.lines.length - 1) / 2) * GROUP_LABEL.line + GROUP_LABEL.size / 3;
      const lines = label.lines.map(
        (line, i) =>
          `<text data-group-label="${escapeXml(label.id)}" x="${textX}" y="${round(first + i * GROUP_LABEL.line)}" font-size="${GROUP_LABEL.size}" fill="#4b5563" text-anchor="end">${escapeXml(line)}</text>`,
      );
      out.push(
        `<g data-group="${escapeXml(label.id)}"><path d="M${x + 6},${from} h-6 V${to} h6" fill="none" stroke="#9ca3af" stroke-width="1.5"/>${lines.join('')}</g>`,
      );
    } else {
      const y = round(maxY + dy + 26 + rowTop[label.row]!);
      const from = round(label.from + dx);
      const to = round(label.to + dx);
      // Centred under the bracket, kept inside the picture.
      const half = label.extent.width / 2;
      const centre = round(Math.min(Math.max((from + to) / 2, PADDING + half), width - PADDING - half));
      const lines = label.lines.map(
        (line, i) =>
          `<text data-group-label="${escapeXml(label.id)}" x="${centre}" y="${y + 12 + i * GROUP_LABEL.line}" font-size="${GROUP_LABEL.size}" fill="#4b5563" text-anchor="middle">${escapeXml(line)}</text>`,
      );
      out.push(
        `<g data-group="${escapeXml(label.id)}"><path d="M${from},${y - 8} v6 H${to} v-6" fill="none" stroke="#9ca3af" stroke-width="1.5"/>${lines.join('')}</g>`,
      );
    }
  }

  if (showLegend) {
    const first = height - PADDING - legendHeight + 30;
    out.push(
      `<text x="${PADDING}" y="${round(first - 14)}" font-size="12" font-weight="700" fill="#374151">${escapeXml(TEXT.legend[language])}</text>`,
    );
    legend.forEach((row, r) => {
      const ly = round(first + r * LEGEND_ROW);
      for (const entry of row) {
        const lx = round(PADDING + entry.x);
        const label = escapeXml(entry.label);
        if (entry.kind === 'card') {
          const style = KIND_STYLES[entry.card];
          out.push(
            `<rect x="${lx}" y="${ly}" width="22" height="16" rx="4" fill="${style.fill}" stroke="${style.stroke}" stroke-width="1.5"${style.dashed ? ' stroke-dasharray="4 3"' : ''}/>`,
            `<text data-legend="" x="${lx + 28}" y="${ly + 13}" font-size="${LEGEND_TEXT.size}" fill="#111827">${label}</text>`,
          );
        } else {
          out.push(
            `<line x1="${lx}" y1="${ly + 8}" x2="${lx + 30}" y2="${ly + 8}" stroke="${entry.colour}" stroke-width="1.6"${entry.dash}/>`,
            `<text data-legend="" x="${lx + 36}" y="${ly + 13}" font-size="${LEGEND_TEXT.size}" fill="#111827">${label}</text>`,
          );
        }
      }
    });
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}

function edgeLabel(kind: 'leads-to' | 'measures' | 'underlies', language: Language): string {
  return kind === 'leads-to' ? TEXT.leadsTo[language] : kind === 'measures' ? TEXT.measures[language] : TEXT.underlies[language];
}

type LegendEntry = { readonly x: number; readonly label: string } & (
  { readonly kind: 'card'; readonly card: NodeKind } | { readonly kind: 'line'; readonly colour: string; readonly dash: string }
);

/** The legend's entries, the card kinds then the connections, in rows no wider than `width`: none is cut. */
function legendRows(language: Language, width: number): LegendEntry[][] {
  const entries = [
    ...KINDS_BY_RANK.map((kind) => ({ kind: 'card' as const, card: kind, label: NODE_KINDS.labels[kind][language], mark: 28 })),
    ...(
      [
        ['leads-to', '', '#374151'],
        ['measures', ' stroke-dasharray="6 4"', KIND_STYLES.indicator.stroke],
        ['underlies', ' stroke-dasharray="2 4"', KIND_STYLES.assumption.stroke],
      ] as const
    ).map(([kind, dash, colour]) => ({ kind: 'line' as const, colour, dash, label: edgeLabel(kind, language), mark: 36 })),
  ];
  const rows: LegendEntry[][] = [[]];
  let x = 0;
  for (const { mark, ...entry } of entries) {
    const size = mark + textWidth(entry.label, LEGEND_TEXT);
    if (x > 0 && x + size > width) {
      rows.push([]);
      x = 0;
    }
    rows.at(-1)!.push({ ...entry, x });
    x += size + 18;
  }
  return rows;
}
