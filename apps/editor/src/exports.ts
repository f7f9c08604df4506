import { exportFileName, type Document, type ExportContext, type ExportFormat, type Language } from '@veranderlogica/core';
import { exportContext, reportPictures, type ReportPictures } from '@veranderlogica/layout';
import { offerFile, saveDocument, type SavedFile } from './files.js';
import { svgDataUrl } from './export-menu.js';
import { workerElk } from './layout.js';

/** How long a picture may take to lay out before the editor gives up and says so. */
const PICTURE_TIMEOUT_MS = 15_000;

/** The report's pictures (the overview and the detail pages), as the print view shows them: the overview on page 1. */
export function printPictures(doc: Document, language: Language = doc.language): Promise<ReportPictures> {
  return reportPictures(workerElk(), doc, { language, timeoutMs: PICTURE_TIMEOUT_MS, overviewPage: 1 });
}

/** The largest side, in device pixels, of a PNG (browsers refuse larger canvases). */
const MAX_PNG_SIDE = 16_000;

/** Rasterises an SVG in the browser at twice its size (as long as the canvas allows) and returns a PNG. */
async function svgToPng(svg: string): Promise<Blob> {
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

/** What the editor's exports draw with: the layout in a worker, PNG from the browser's canvas. */
function editorContext(doc: Document): ExportContext {
  return exportContext(workerElk(), doc, { timeoutMs: PICTURE_TIMEOUT_MS, rasterise: svgToPng });
}

/** Exports the document in a format of the registry; resolves to the file name, or `undefined` when the user cancelled. */
export async function exportAs(format: ExportFormat, doc: Document): Promise<string | undefined> {
  return (await exportFile(format, doc))?.name;
}

async function exportFile(format: ExportFormat, doc: Document): Promise<SavedFile | undefined> {
  // The plan itself is saved as the editor saves it: stamped, and remembered for the next save.
  if (format.id === 'json') return saveDocument(doc);
  const content = await format.run(doc, editorContext(doc));
  const blob = content instanceof Blob ? content : new Blob([content as BlobPart], { type: format.mediaType });
  return offerFile(exportFileName(doc.title, format, doc.language), blob, format.label[doc.language], {
    [format.mediaType]: [`.${format.extension}`],
  });
}
