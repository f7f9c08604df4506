import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One word of a PDF page with its font size, read back from the PDF by poppler's `pdftotext -bbox`. */
export interface Word {
  readonly text: string;
  readonly size: number;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly words: readonly Word[];
  readonly text: string;
}

/**
 * The words' boxes are as high as the font's ascent plus descent: 1.362 em for Noto Sans (1,069 + 293 units of
 * 1,000), the font the reports and their pictures are set in (a table's 10 pt reads 13.62 pt high).
 */
const EM_HEIGHT = 1.362;
/**
 * A sign Noto Sans lacks (→, ○, ★) is drawn from the system's fallback, DejaVu Sans here: 1.164 em high. A word
 * of signs only (no letter or digit) is read with that.
 */
const FALLBACK_EM_HEIGHT = 1.164;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The pages of a PDF, each with its words' boxes and sizes. */
export function readPdf(pdf: Buffer): PdfPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'vl-pdf-'));
  writeFileSync(join(dir, 'report.pdf'), pdf);
  const xml = execFileSync('pdftotext', ['-bbox', join(dir, 'report.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => {
    const words = [...page[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
      (word) => ({
        // Entities written out, and ligatures ("ff" in "slachtoffers") read as their letters.
        text: word[5]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!).normalize('NFKC'),
        size: (Number(word[4]) - Number(word[2])) / (/[\p{L}\p{N}]/u.test(word[5]!) ? EM_HEIGHT : FALLBACK_EM_HEIGHT),
        xMin: Number(word[1]),
        xMax: Number(word[3]),
        yMax: Number(word[4]),
      }),
    );
    return { width: Number(page[1]), height: Number(page[2]), words, text: words.map((word) => word.text).join(' ') };
  });
}
