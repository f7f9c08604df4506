import {
  measurementPlanCsv,
  measurementPlanWorkbook,
  toHtmlReport,
  toMarkdownReport,
  type Document,
  type Language,
} from '@veranderlogica/core';
import { drawDocument } from '@veranderlogica/layout';
import { fileNameFor, offerFile, saveDocument, type SavedFile } from './files.js';
import { workerElk } from './layout.js';

/**
 * The picture of the whole plan as SVG: the layout package's renderer, fed
 * by the document alone. Whatever view is open, whatever is selected or
 * greyed out, the picture is the same.
 */
export function pictureSvg(doc: Document, language: Language = doc.language): Promise<string> {
  return drawDocument(workerElk(), doc, { language, timeoutMs: 15_000 });
}

/** An SVG document as a data URL, for an `<img>`. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The largest side, in device pixels, of a PNG (browsers refuse larger canvases). */
const MAX_PNG_SIDE = 16_000;

/** Rasterises an SVG in the browser at twice its size (as long as the canvas allows) and returns a PNG. */
export async function svgToPng(svg: string): Promise<Blob> {
  const image = new Image();
  image.src = svgDataUrl(svg);
  await image.decode();
  const width = image.naturalWidth || 800;
  const height = image.naturalHeight || 600;
  const scale = Math.min(2, MAX_PNG_SIDE / width, MAX_PNG_SIDE / height);
  const canvas = window.document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG failed'))), 'image/png'));
}

export type ExportFormat = 'png' | 'svg' | 'html' | 'md' | 'xlsx' | 'csv' | 'json';

/** Exports the document or its picture; resolves to the file name, or `undefined` when the user cancelled. */
export async function exportAs(format: ExportFormat, doc: Document): Promise<string | undefined> {
  return (await exportFile(format, doc))?.name;
}

async function exportFile(format: ExportFormat, doc: Document): Promise<SavedFile | undefined> {
  switch (format) {
    case 'png':
      return offerFile(fileNameFor(doc.title, 'png'), await svgToPng(await pictureSvg(doc)), 'PNG', { 'image/png': ['.png'] });
    case 'svg':
      return offerFile(fileNameFor(doc.title, 'svg'), new Blob([await pictureSvg(doc)], { type: 'image/svg+xml' }), 'SVG', {
        'image/svg+xml': ['.svg'],
      });
    case 'html': {
      // The report carries the same picture as every other export: vector, sharp on paper.
      const html = toHtmlReport(doc, doc.nodes.length ? { diagram: await pictureSvg(doc) } : {});
      return offerFile(fileNameFor(`${doc.title} rapport`, 'html'), new Blob([html], { type: 'text/html' }), 'HTML', {
        'text/html': ['.html'],
      });
    }
    case 'xlsx':
      return offerFile(fileNameFor(`${doc.title} meetplan`, 'xlsx'), await measurementPlanWorkbook(doc), 'Excel', {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
      });
    case 'md':
      return offerFile(fileNameFor(doc.title, 'md'), new Blob([toMarkdownReport(doc)], { type: 'text/markdown' }), 'Markdown', {
        'text/markdown': ['.md'],
      });
    case 'csv':
      return offerFile(fileNameFor(`${doc.title} meetplan`, 'csv'), new Blob([measurementPlanCsv(doc)], { type: 'text/csv' }), 'CSV', {
        'text/csv': ['.csv'],
      });
    case 'json':
      return saveDocument(doc);
  }
}
