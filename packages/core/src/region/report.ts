import { directionLabel, PROGRESS_STYLE } from '../analysis/progress.js';
import {
  heading,
  loadDocx,
  paragraph,
  pictureSection,
  table as wordTable,
  textSection,
  wordFile,
  type WordSection,
  svgSize,
} from '../export/docx/common.js';
import { e, imageSource, section, table } from '../export/html/common.js';
import { REPORT_STYLE } from '../export/html/style.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import type { Language } from '../i18n/localized.js';
import { documentAreas } from '../model/areas.js';
import { NODE_KINDS, PROGRESS_STATUSES, ROLLUPS } from '../model/vocabulary.js';
import { TEXTS } from './locales/index.js';
import {
  indicatorRollup,
  planName,
  regionalContributions,
  regionalCoverage,
  regionalPartners,
  regionFindings,
  type Region,
} from './region.js';

const T = TEXTS.report;

/**
 * What a regional report carries beyond the plans: its language, and the regional plan's picture if drawn.
 *
 * @example
 * const options: RegionReportOptions = { language: 'nl', picture: await picture() };
 */
export interface RegionReportOptions {
  readonly language?: Language;
  /** The regional plan as an SVG (the layout package draws it). */
  readonly picture?: string;
  /** The region's network as an SVG: partners by plan (the layout package's `regionNetworkSvg`). */
  readonly network?: string;
  /** Turns the picture into a PNG, for the Word file's stand-in. */
  readonly rasterise?: (svg: string) => Promise<Blob>;
  readonly date?: Date;
}

/** One section of the regional report, as a heading and rows: what the HTML and the Word file both render. */
interface Part {
  readonly heading: string;
  readonly intro?: string;
  readonly headings?: readonly string[];
  readonly rows?: readonly (readonly string[])[];
  readonly lines?: readonly string[];
  /** A page per municipality starts on a new page. */
  readonly newPage?: boolean;
  /** A picture (SVG) under the heading, before the table. */
  readonly picture?: string;
  readonly level?: 1 | 2;
}

/** The regional report's content, once, for both renderers. */
function regionParts(region: Region, l: Language, network?: string): Part[] {
  const regional = region.regional!;
  const contributions = regionalContributions(region);
  const coverage = regionalCoverage(region);
  const rollup = indicatorRollup(region);
  const findings = regionFindings(region);
  const areaLabel = new Map(documentAreas(regional).map((area) => [area.id, area.label[l]]));
  const names = region.municipalities.map(planName);
  const statusOf = (cell: (typeof coverage.cells)[number][number]) =>
    cell.status === 'gap' ? T.gap[l] : cell.status === 'overlap' ? T.overlap[l] : cell.status === 'complement' ? T.complement[l] : '';
  const parts: Part[] = [
    {
      heading: T.municipalities[l],
      headings: [T.municipality[l], T.carries[l]],
      rows: region.municipalities.map((plan) => [
        planName(plan),
        contributions
          .filter((entry) => entry.municipalities.some((m) => m.plan === plan))
          .map((entry) => entry.card.title)
          .join('; '),
      ]),
    },
    {
      heading: T.contributions[l],
      intro: T.contributionsIntro[l],
      headings: [T.region[l], T.municipalities[l]],
      rows: contributions.map(({ card, municipalities }) => [
        `${NODE_KINDS.labels[card.kind][l]}: ${card.title}`,
        municipalities.length
          ? municipalities
              .map(
                (entry) =>
                  `${planName(entry.plan)} (${entry.interventions.map((node) => node.title).join('; ') || entry.cards.map((node) => node.title).join('; ')})`,
              )
              .join('\n')
          : T.nobody[l],
      ]),
    },
    {
      heading: T.coverage[l],
      intro: T.coverageIntro[l],
      headings: [T.area[l], T.region[l], ...names, T.status[l]],
      rows: coverage.cells.flatMap((row) =>
        row.map((cell) => [
          `${areaLabel.get(cell.area) ?? cell.area} × ${cell.targetGroup}`,
          String(cell.regional),
          ...cell.counts.map(String),
          statusOf(cell),
        ]),
      ),
    },
    {
      heading: T.rollup[l],
      intro: T.rollupIntro[l],
      headings: ['', ...names, T.value[l], T.status[l]],
      rows: rollup.map((row) => [
        `${row.code} ${row.title} (${ROLLUPS.labels[row.rule][l]}${row.regional ? `, ${directionLabel(row.regional.direction, l)}` : ''})`,
        ...region.municipalities.map((plan) => {
          const entry = row.municipalities.find((candidate) => candidate.plan === plan);
          return entry?.latest ? formatNumber(entry.latest.value, l) : '–';
        }),
        row.value === undefined
          ? '–'
          : `${formatNumber(Math.round(row.value * 100) / 100, l)}${row.unit ? ` ${row.unit}` : ''}${row.date ? ` (${formatDate(row.date, l)})` : ''}`,
        row.status ? `${PROGRESS_STYLE[row.status].mark} ${PROGRESS_STATUSES.labels[row.status][l]}` : '',
      ]),
    },
    {
      heading: T.partners[l],
      ...(network && { picture: network }),
      headings: [T.partners[l], T.plans[l]],
      rows: regionalPartners(region).map((partner) => [
        partner.code ? `${partner.name} (${partner.code})` : partner.name,
        partner.plans.map((entry) => planName(entry.plan)).join(', '),
      ]),
    },
    {
      heading: T.findings[l],
      lines: findings.length ? findings.map((finding) => finding.message[l]) : [T.noFindings[l]],
    },
  ];
  for (const plan of region.municipalities) {
    const carried = contributions.flatMap(({ card, municipalities }) => {
      const entry = municipalities.find((m) => m.plan === plan);
      return entry
        ? [
            [
              `${NODE_KINDS.labels[card.kind][l]}: ${card.title}`,
              [...entry.cards, ...entry.interventions].map((node) => node.title).join('; '),
            ],
          ]
        : [];
    });
    const gaps = coverage.cells.flatMap((row) =>
      row
        .filter((cell) => cell.missing.includes(planName(plan)))
        .map((cell) => `${areaLabel.get(cell.area) ?? cell.area} × ${cell.targetGroup}`),
    );
    parts.push(
      { heading: formatPlain(T.contribution[l], planName(plan)), headings: [T.region[l], T.carries[l]], rows: carried, newPage: true },
      { heading: formatPlain(T.gaps[l], planName(plan)), lines: gaps.length ? gaps : [T.noGaps[l]], level: 2 },
    );
  }
  if (region.others.length)
    parts.push({ heading: T.notInRegion[l], lines: region.others.map((plan) => `${planName(plan)}: ${plan.title}`) });
  return parts;
}

const formatPlain = (text: string, name: string) => text.replace('{name}', name);

/**
 * The regional report as one self-contained HTML page that prints to PDF: the regional picture, who carries which
 * regional goal, the offer across the region, the indicators rolled up, the partners, what does not fit, and a page
 * per municipality with its contribution and its gaps.
 *
 * @example
 * await writeFile('regio.html', regionReportHtml(assembleRegion(plans), { language: 'nl' }));
 */
export function regionReportHtml(region: Region, options: RegionReportOptions = {}): string {
  const regional = region.regional;
  if (!regional) throw new Error('A regional report needs a regional plan.');
  const l = options.language ?? regional.language;
  const parts = regionParts(region, l, options.network);
  const body = parts.map((part, i) => {
    const content = [
      part.picture ? `<figure class="network"><img alt="${e(part.heading)}" src="${imageSource(part.picture)}"></figure>` : '',
      part.intro ? `<p>${e(part.intro)}</p>` : '',
      part.headings && part.rows
        ? table(
            part.headings.map(e),
            part.rows.map((row) => row.map((cell) => e(cell).replace(/\n/g, '<br>'))),
            'region',
            part.headings.map(() => Math.floor(100 / part.headings!.length)),
          )
        : '',
      part.lines ? `<ul>${part.lines.map((line) => `<li>${e(line)}</li>`).join('')}</ul>` : '',
    ].join('');
    return part.level === 2
      ? `<h3>${e(part.heading)}</h3>${content}`
      : section(`region-${i}`, e(part.heading), content, part.newPage ? 'major' : undefined);
  });
  const picture = options.picture
    ? `<section class="wide diagram"><img alt="${e(regional.title)}" src="${imageSource(options.picture)}"></section>`
    : '';
  return `<!doctype html>
<html lang="${l}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Veranderlogica">
<title>${e(regional.title)}</title>
<style>${REPORT_STYLE}
table.region { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
figure.network { margin: 4mm 0; break-inside: avoid; }
figure.network img { max-width: 100%; max-height: 240mm; }
table.region th, table.region td { border: 1px solid var(--line); padding: 1mm 1.5mm; vertical-align: top; overflow-wrap: anywhere; }
</style>
</head>
<body>
<main>
<section id="title" class="title-page"><p class="kicker">${e(T.title[l])}</p><h1>${e(regional.title)}</h1>
<p>${e(region.municipalities.map(planName).join(', '))}</p><p class="muted">${e(formatDate((options.date ?? new Date()).toISOString().slice(0, 10), l))}</p></section>
${picture}
${body.join('\n')}
</main>
</body>
</html>
`;
}

/**
 * The regional report as a Word file (.docx, A4): the same sections as the HTML, with real headings and tables, the
 * regional picture as SVG with a PNG stand-in, and a page per municipality.
 *
 * @example
 * const bytes = await wordRegionReport(assembleRegion(plans), { language: 'nl', picture: await picture() });
 */
export async function wordRegionReport(region: Region, options: RegionReportOptions = {}): Promise<Uint8Array> {
  const regional = region.regional;
  if (!regional) throw new Error('A regional report needs a regional plan.');
  const d = await loadDocx();
  const l = options.language ?? regional.language;
  const sections: WordSection[] = [
    textSection(d, [
      paragraph(d, T.title[l]),
      new d.Paragraph({ style: 'Title', children: [new d.TextRun({ text: regional.title })] }),
      paragraph(d, region.municipalities.map(planName).join(', ')),
      paragraph(d, formatDate((options.date ?? new Date()).toISOString().slice(0, 10), l)),
    ]),
  ];
  if (options.picture)
    sections.push(
      await pictureSection(
        d,
        { svg: options.picture, title: regional.title, alt: regional.title, orientation: 'landscape' },
        options.rasterise,
      ),
    );
  let blocks: WordSection['children'][number][] = [];
  for (const part of regionParts(region, l, options.network)) {
    if (part.newPage && blocks.length) {
      sections.push(textSection(d, blocks));
      blocks = [];
    }
    blocks.push(heading(d, part.heading, part.level ?? 1));
    if (part.intro) blocks.push(paragraph(d, part.intro));
    if (part.headings && part.rows) blocks.push(wordTable(d, part.headings, part.rows));
    for (const line of part.lines ?? []) blocks.push(paragraph(d, line, { bullet: true }));
    if (part.picture) {
      // A picture follows its table on a page of its own, turned to fit it.
      sections.push(textSection(d, blocks));
      blocks = [];
      const size = svgSize(part.picture);
      const orientation = size.width > size.height ? 'landscape' : 'portrait';
      sections.push(await pictureSection(d, { svg: part.picture, title: part.heading, alt: part.heading, orientation }, options.rasterise));
    }
  }
  sections.push(textSection(d, blocks));
  return wordFile(d, { title: regional.title, description: T.title[l], language: l }, sections);
}
