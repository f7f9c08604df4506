import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import { measurementPlanCsv, measurementPlanWorkbook, toHtmlReport, toMarkdownReport, type Document } from '@veranderlogica/core';
import { fileNameFor, offerFile, saveDocument, type SavedFile } from './files.js';

/**
 * Renders the whole diagram (not just what is on screen) as an image data
 * URL, as React Flow recommends. The diagram view must be showing.
 */
export async function renderDiagram(nodes: Node[], format: 'png' | 'svg'): Promise<string> {
  const bounds = getNodesBounds(nodes);
  const width = Math.min(Math.max(bounds.width + 160, 800), 8_000);
  const height = Math.min(Math.max(bounds.height + 160, 600), 8_000);
  const viewport = getViewportForBounds(bounds, width, height, 0.05, 2, 0.05);
  const element = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!element) throw new Error('No diagram on the page');
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` },
  };
  return format === 'png' ? toPng(element, { ...options, pixelRatio: 2 }) : toSvg(element, options);
}

async function dataUrlToBlob(url: string): Promise<Blob> {
  return (await fetch(url)).blob();
}

export type ExportFormat = 'png' | 'svg' | 'html' | 'md' | 'xlsx' | 'csv' | 'json';

/** Exports the document or its diagram; resolves to the file name, or `undefined` when the user cancelled. */
export async function exportAs(format: ExportFormat, doc: Document, nodes: Node[]): Promise<string | undefined> {
  return (await exportFile(format, doc, nodes))?.name;
}

async function exportFile(format: ExportFormat, doc: Document, nodes: Node[]): Promise<SavedFile | undefined> {
  switch (format) {
    case 'png':
      return offerFile(fileNameFor(doc.title, 'png'), await dataUrlToBlob(await renderDiagram(nodes, 'png')), 'PNG', {
        'image/png': ['.png'],
      });
    case 'svg':
      return offerFile(fileNameFor(doc.title, 'svg'), await dataUrlToBlob(await renderDiagram(nodes, 'svg')), 'SVG', {
        'image/svg+xml': ['.svg'],
      });
    case 'html': {
      // The report carries the diagram as the user arranged it, as a picture of the canvas.
      const diagram = nodes.length ? await renderDiagram(nodes, 'png') : undefined;
      const html = toHtmlReport(doc, diagram ? { diagram } : {});
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
