import { EXPORT_FORMATS, type ExportFormat } from '@veranderlogica/core';

/*
 * What the editor shows of its exports before one is made: the menu's formats and a picture's address. The writers
 * themselves (and the drawing of the pictures) load with the first export, from exports.ts.
 */

/**
 * The formats the editor's export menu offers: every format of the core's registry it can make (it draws and
 * rasterises; a PDF it makes through the browser's own print dialog, from the print view).
 */
export const EDITOR_FORMATS: readonly ExportFormat[] = EXPORT_FORMATS.filter((format) => !format.needs.includes('print'));

/** An SVG document as a data URL, for an `<img>`. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
