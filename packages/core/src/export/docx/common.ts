import type * as docx from 'docx';
import type { Language } from '../../i18n/localized.js';
import { languageInfo } from '../../i18n/format.js';
import type { Markup } from '../../report/narrative.js';

// The building blocks of the Word documents (report, reactienota): A4 pages, real headings and tables, pictures
// as SVG with a PNG for programs that cannot draw SVG. The `docx` library writes the file and is loaded on first
// use, so an editor that never makes a Word file never loads it.

export type Docx = typeof docx;
type Block = InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>;
type Orientation = Docx['PageOrientation'][keyof Docx['PageOrientation']];

/** One section of a Word file: its page (size, orientation, margins) and what is on it. */
export interface WordSection {
  readonly properties: {
    readonly page: {
      readonly size: { readonly width: number; readonly height: number; readonly orientation: Orientation };
      readonly margin: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
    };
  };
  readonly children: readonly Block[];
}

/** Loads the `docx` library. */
export async function loadDocx(): Promise<Docx> {
  return import('docx');
}

/** A4 in twentieths of a point, and the margins of text pages (2 cm) and of picture pages (8 mm, as the report's). */
const A4 = { width: 11_906, height: 16_838 } as const;
const TEXT_MARGIN = 1_134;
const PICTURE_MARGIN = 454;
/** Twips per CSS pixel (1 px = 0.75 pt = 15 twips). */
const TWIPS_PER_PX = 15;
/** The room a heading of up to two lines takes above a picture, in px. */
const HEADING_ROOM = 60;

/** Word's language tag for the document's language. */
const wordLanguage = (language: Language) => languageInfo(language).locale;

// Emphasis inside a sentence travels as control characters the user's text cannot hold (they are taken out of it).
const STRONG = ['\u0002', '\u0003'] as const;
const EM = ['\u0004', '\u0005'] as const;
// eslint-disable-next-line no-control-regex -- taking control characters out is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** The report's sentences for Word: bold and italic marked for {@link runs}, links written out after their text. */
export const DOCX_MARKUP: Markup = {
  text: (text) => text.replace(CONTROL, ''),
  strong: (text) => `${STRONG[0]}${text}${STRONG[1]}`,
  em: (text) => `${EM[0]}${text}${EM[1]}`,
  link: (text, href) => (text === href ? text : `${text} (${href})`),
};

/** A sentence written with {@link DOCX_MARKUP} as Word runs, bold and italic where it says so. */
function runs(d: Docx, text: string, base: { readonly bold?: boolean; readonly size?: number } = {}) {
  const out: InstanceType<Docx['TextRun']>[] = [];
  let bold = false;
  let italics = false;
  let current = '';
  const flush = () => {
    if (current)
      out.push(new d.TextRun({ text: current, bold: bold || base.bold === true, italics, ...(base.size && { size: base.size }) }));
    current = '';
  };
  for (const character of text) {
    if (character === STRONG[0] || character === STRONG[1] || character === EM[0] || character === EM[1]) {
      flush();
      if (character === STRONG[0]) bold = true;
      else if (character === STRONG[1]) bold = false;
      else italics = character === EM[0];
    } else current += character;
  }
  flush();
  return out;
}

/** A paragraph of text; new lines in it become line breaks. */
export function paragraph(
  d: Docx,
  text: string,
  options: { readonly style?: string; readonly bold?: boolean; readonly bullet?: boolean } = {},
) {
  const lines = text.split('\n');
  const children = lines.flatMap((line, i) => [...(i > 0 ? [new d.TextRun({ text: '', break: 1 })] : []), ...runs(d, line, options)]);
  return new d.Paragraph({
    children,
    ...(options.style && { style: options.style }),
    ...(options.bullet && { bullet: { level: 0 } }),
  });
}

/** A heading of level 1 to 3, a real Word heading (it shows in the navigation pane and a table of contents). */
export function heading(d: Docx, text: string, level: 1 | 2 | 3) {
  const levels = [d.HeadingLevel.HEADING_1, d.HeadingLevel.HEADING_2, d.HeadingLevel.HEADING_3] as const;
  return new d.Paragraph({ heading: levels[level - 1], children: [new d.TextRun({ text: text.replace(CONTROL, '') })], keepNext: true });
}

/** A table with a heading row that repeats on every page, over the page's whole width. */
export function table(d: Docx, headings: readonly string[], rows: readonly (readonly string[])[]) {
  const cell = (text: string, header: boolean) =>
    new d.TableCell({
      children: [paragraph(d, text, { bold: header })],
      ...(header && { shading: { type: d.ShadingType.CLEAR, fill: 'E5E7EB', color: 'auto' } }),
    });
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    rows: [
      new d.TableRow({ tableHeader: true, cantSplit: true, children: headings.map((text) => cell(text, true)) }),
      ...rows.map((row) => new d.TableRow({ cantSplit: true, children: row.map((text) => cell(text, false)) })),
    ],
  });
}

/** The width and height an SVG document says it has, in px. */
export function svgSize(svg: string): { readonly width: number; readonly height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)(px)?"`).exec(root)?.[1] ?? 0);
  const [, , w, h] = (/\sviewBox="([^"]+)"/.exec(root)?.[1] ?? '').split(/[\s,]+/).map(Number);
  return { width: read('width') || w || 800, height: read('height') || h || 600 };
}

/** A white pixel: the PNG that stands in for an SVG where no rasteriser is at hand. */
const BLANK_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII='),
  (character) => character.charCodeAt(0),
);

/**
 * A picture as its own page section, lying as it is largest (landscape or portrait), with its heading: the SVG
 * itself at print size, shrunk only where it must, and a PNG for programs that cannot draw SVG (drawn by
 * `rasterise` where there is one, a blank pixel elsewhere).
 */
export async function pictureSection(
  d: Docx,
  picture: { readonly svg: string; readonly title: string; readonly alt: string; readonly orientation: 'landscape' | 'portrait' },
  rasterise: ((svg: string) => Promise<Blob>) | undefined,
): Promise<WordSection> {
  const landscape = picture.orientation === 'landscape';
  const page = landscape ? { width: A4.height, height: A4.width } : A4;
  const room = {
    width: (page.width - 2 * PICTURE_MARGIN) / TWIPS_PER_PX,
    height: (page.height - 2 * PICTURE_MARGIN) / TWIPS_PER_PX - HEADING_ROOM,
  };
  const size = svgSize(picture.svg);
  const scale = Math.min(1, room.width / size.width, room.height / size.height);
  const png = rasterise ? new Uint8Array(await (await rasterise(picture.svg)).arrayBuffer()) : BLANK_PNG;
  const transformation = { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
  return {
    properties: {
      page: {
        // docx swaps width and height itself for a landscape page.
        size: { width: A4.width, height: A4.height, orientation: landscape ? d.PageOrientation.LANDSCAPE : d.PageOrientation.PORTRAIT },
        margin: { top: PICTURE_MARGIN, bottom: PICTURE_MARGIN, left: PICTURE_MARGIN, right: PICTURE_MARGIN },
      },
    },
    children: [
      heading(d, picture.title, 2),
      new d.Paragraph({
        children: [
          new d.ImageRun({
            type: 'svg',
            data: new TextEncoder().encode(picture.svg),
            fallback: { type: 'png', data: png },
            transformation,
            altText: { name: picture.title, description: picture.alt, title: picture.title },
          }),
        ],
      }),
    ],
  };
}

/** A portrait A4 section of text with 2 cm margins. */
export function textSection(d: Docx, children: readonly Block[]): WordSection {
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: d.PageOrientation.PORTRAIT },
        margin: { top: TEXT_MARGIN, bottom: TEXT_MARGIN, left: TEXT_MARGIN, right: TEXT_MARGIN },
      },
    },
    children: [...children],
  };
}

/** A Word document of sections, in the plan's language, with readable default type, written to bytes. */
export async function wordFile(
  d: Docx,
  options: { readonly title: string; readonly description: string; readonly language: Language },
  sections: readonly WordSection[],
): Promise<Uint8Array> {
  const file = new d.Document({
    title: options.title,
    description: options.description,
    creator: 'Veranderlogica',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: wordLanguage(options.language) } } },
        heading1: { run: { font: 'Calibri', size: 36, bold: true, color: '1E3A8A' }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: 'Calibri', size: 28, bold: true, color: '1E3A8A' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { font: 'Calibri', size: 24, bold: true }, paragraph: { spacing: { before: 200, after: 80 } } },
        title: { run: { font: 'Calibri', size: 52, bold: true, color: '111827' } },
      },
    },
    sections: sections.map((section) => ({ ...section, children: [...section.children] })),
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(file));
}
