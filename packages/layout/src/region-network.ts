import { ACTOR_DOMAIN_COLOURS, escapeXml as e, formatMessage, type Language } from '@veranderlogica/core';
import { planName, regionalPartners, type Region, type RegionalPartner } from '@veranderlogica/core/region';
import { FONT_FAMILY, textWidth } from './font.js';
import { fontFaceCss } from './font-face.js';
import { REGION_NETWORK_TEXT as TEXT } from './messages.js';

/** How the regional network is drawn: in which language, and how many partners at most (the rest are counted). */
export interface RegionNetworkOptions {
  readonly language: Language;
  /** Most partner rows drawn; the rest are counted under the last row. 60 fits an A4 landscape page at print size. */
  readonly maxPartners?: number;
  /** `embed` (the default) carries Noto Sans inside the SVG; `reference` only names it, for a page that loads it once. */
  readonly font?: 'embed' | 'reference';
}

/** Text sizes in px, at 1 px = 0.75 pt when the picture is printed at its own size: 12 pt names, 10.5 pt notes. */
const NAME = { size: 16 } as const;
const HEAD = { size: 16, bold: true } as const;
const NOTE = { size: 14 } as const;
const TITLE = { size: 20, bold: true } as const;
/** A row per partner, a column per plan, and the largest dot fits both. */
const ROW = 26;
const COLUMN = 34;
const MAX_RADIUS = 11;
const MIN_RADIUS = 4;
const PAD = 16;
/** A long organisation's name is cut in the picture (whole in the table beside it). */
const MAX_NAME_WIDTH = 360;

/**
 * The region's network as a picture: a row per partner (the same organisation in several plans once, matched by
 * its KvK code or name), a column per plan (the region first, then the municipalities), and a dot where the partner
 * takes part, as large as the interventions it carries there and in the colour of its domain; a ring where a plan
 * names it without giving it anything to carry. Who works across the whole region and who in one municipality only
 * reads along a row; how many partners a municipality has, down a column. Names are set in the shipped font at
 * 12 pt when printed at the picture's own size.
 *
 * @example
 * const svg = regionNetworkSvg(assembleRegion(plans), { language: 'nl' });
 */
export function regionNetworkSvg(region: Region, options: RegionNetworkOptions): string {
  const { language } = options;
  const plans = [...(region.regional ? [region.regional] : []), ...region.municipalities];
  const all = regionalPartners(region);
  const shown = all.slice(0, options.maxPartners ?? 60);
  const hidden = all.length - shown.length;
  const headOf = (index: number) => (index === 0 && region.regional ? TEXT.region[language] : planName(plans[index]!));
  const names = shown.map((partner) => cut(partner.code ? `${partner.name} (${partner.code})` : partner.name, NAME, MAX_NAME_WIDTH));
  const nameWidth = Math.max(0, ...names.map((name) => textWidth(name, NAME)));
  // Column heads are set at 45°: their height is what they reach up.
  const headReach = Math.max(0, ...plans.map((_, i) => textWidth(headOf(i), HEAD))) * Math.SQRT1_2 + HEAD.size;
  const left = PAD + nameWidth + 12;
  const titleHeight = TITLE.size + 12;
  const top = PAD + titleHeight + headReach + 8;
  const gridWidth = plans.length * COLUMN;
  const legendTop = top + shown.length * ROW + (hidden > 0 ? ROW : 0) + 14;
  const legendHeight = 3 * (NOTE.size + 10);
  const lastHeadRight = left + gridWidth + headReach; // a 45° head reaches right as far as up
  const legendWidth = PAD + Math.max(...[TEXT.sizeLegend[language], TEXT.named[language]].map((text) => textWidth(text, NOTE))) + 60;
  const width = Math.ceil(Math.max(lastHeadRight, left + gridWidth + PAD, legendWidth, PAD + textWidth(TEXT.title[language], TITLE) + PAD));
  const height = Math.ceil(legendTop + legendHeight + PAD);
  const most = Math.max(1, ...shown.flatMap((partner) => partner.plans.map((entry) => entry.interventions)));
  const radius = (count: number) => (count === 0 ? MIN_RADIUS : MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(count / most));
  const columnX = (index: number) => left + index * COLUMN + COLUMN / 2;
  const rowY = (index: number) => top + index * ROW + ROW / 2;
  const count = (n: number) => formatMessage(TEXT.interventions[language], { count: n }, language);

  const parts: string[] = [];
  parts.push(`<text x="${PAD}" y="${PAD + TITLE.size}" font-size="${TITLE.size}" font-weight="700">${e(TEXT.title[language])}</text>`);
  // Bands on every other row, and a line under the region's own column.
  shown.forEach((_, i) => {
    if (i % 2 === 1) parts.push(`<rect x="${PAD}" y="${top + i * ROW}" width="${left - PAD + gridWidth}" height="${ROW}" fill="#f3f4f6"/>`);
  });
  if (region.regional)
    parts.push(`<rect x="${left}" y="${top}" width="${COLUMN}" height="${shown.length * ROW}" fill="#fef3c7" fill-opacity="0.6"/>`);
  plans.forEach((plan, i) => {
    const x = columnX(i);
    parts.push(
      `<text data-plan="${e(plan.id)}" transform="translate(${x + 4} ${top - 8}) rotate(-45)" font-size="${HEAD.size}" font-weight="700">${e(headOf(i))}</text>`,
    );
  });
  shown.forEach((partner, row) => {
    const y = rowY(row);
    parts.push(
      `<text data-partner="${e(partnerKey(partner))}" x="${left - 12}" y="${y + NAME.size * 0.35}" font-size="${NAME.size}" text-anchor="end">${e(names[row]!)}</text>`,
    );
    const colour = ACTOR_DOMAIN_COLOURS[partner.plans[0]!.actor.domain] ?? ACTOR_DOMAIN_COLOURS.other;
    for (const entry of partner.plans) {
      const column = plans.indexOf(entry.plan);
      if (column < 0) continue;
      const r = radius(entry.interventions);
      const title = `${partner.name} · ${planName(entry.plan)}: ${count(entry.interventions)}`;
      const paint = entry.interventions === 0 ? `fill="#ffffff" stroke="${colour}" stroke-width="2"` : `fill="${colour}"`;
      parts.push(
        `<circle data-partner="${e(partnerKey(partner))}" data-plan="${e(entry.plan.id)}" data-interventions="${entry.interventions}" cx="${columnX(column)}" cy="${y}" r="${round(r)}" ${paint}><title>${e(title)}</title></circle>`,
      );
    }
  });
  if (hidden > 0)
    parts.push(
      `<text x="${left - 12}" y="${rowY(shown.length) + NOTE.size * 0.35}" font-size="${NOTE.size}" text-anchor="end" font-style="italic">${e(formatMessage(TEXT.more[language], { count: hidden }, language))}</text>`,
    );
  // The legend: what a size and a ring mean.
  const legendY = legendTop + NOTE.size;
  parts.push(`<text x="${PAD}" y="${legendY}" font-size="${NOTE.size}">${e(TEXT.sizeLegend[language])}</text>`);
  let x = PAD + MAX_RADIUS;
  for (const n of [...new Set([1, Math.ceil(most / 2), most])]) {
    const y = legendY + NOTE.size + 10;
    parts.push(`<circle cx="${x}" cy="${y}" r="${round(radius(n))}" fill="#6b7280"/>`);
    const label = count(n);
    parts.push(`<text x="${x + MAX_RADIUS + 4}" y="${y + NOTE.size * 0.35}" font-size="${NOTE.size}">${e(label)}</text>`);
    x += MAX_RADIUS * 2 + 16 + textWidth(label, NOTE);
  }
  const ringY = legendY + 2 * (NOTE.size + 10);
  parts.push(`<circle cx="${PAD + MAX_RADIUS}" cy="${ringY}" r="${MIN_RADIUS}" fill="#ffffff" stroke="#6b7280" stroke-width="2"/>`);
  parts.push(
    `<text x="${PAD + 2 * MAX_RADIUS + 4}" y="${ringY + NOTE.size * 0.35}" font-size="${NOTE.size}">${e(TEXT.named[language])}</text>`,
  );

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" lang="${language}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${e(TEXT.title[language])}" font-family="${e(FONT_FAMILY)}" fill="#111827" style="font-kerning:none;font-variant-ligatures:none">`,
    ...(options.font === 'reference' ? [] : [`<style>${fontFaceCss()}</style>`]),
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** How the picture tells partners apart: their code, else their name. */
const partnerKey = (partner: RegionalPartner) => partner.code ?? partner.name;

const round = (value: number) => Math.round(value * 100) / 100;

/** A name cut with an ellipsis to fit `max` px (whole names are in the table beside the picture). */
function cut(text: string, style: { size: number }, max: number): string {
  if (textWidth(text, style) <= max) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (textWidth(`${chars.slice(0, mid).join('')}…`, style) <= max) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}
