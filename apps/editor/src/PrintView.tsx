import { useEffect, useState } from 'react';
import { SCOPE_LEVELS, type Document } from '@veranderlogica/core';
import { Legend, useTranslation } from '@veranderlogica/ui';

export type Paper = 'A4' | 'A3';

export interface PrintViewProps {
  readonly document: Document;
  /** The diagram as an image data URL (from the SVG export). */
  readonly image: string;
  readonly onClose: () => void;
}

/**
 * A landscape sheet for the browser's "print / save as PDF": title, scope,
 * the whole diagram fitted to the page, the legend and the date. Everything
 * else of the editor is hidden when printing.
 */
export function PrintView({ document: doc, image, onClose }: PrintViewProps) {
  const { t, language } = useTranslation();
  const [paper, setPaper] = useState<Paper>('A3');

  // The page size can only be set by a stylesheet; this one lives as long as the view.
  useEffect(() => {
    const style = window.document.createElement('style');
    style.textContent = `@page { size: ${paper} landscape; margin: 0; }`;
    window.document.head.append(style);
    return () => style.remove();
  }, [paper]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const scope = [
    doc.scope.name,
    SCOPE_LEVELS.labels[doc.scope.level][language],
    doc.scope.period ? `${doc.scope.period.start}–${doc.scope.period.end}` : '',
  ].filter(Boolean);
  const date = new Date().toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' });

  return (
    <div className="editor-print" role="dialog" aria-modal="true" aria-labelledby="print-title">
      <div className="editor-print__controls">
        <h2 id="print-title">{t('print.title')}</h2>
        <label>
          {t('print.paper')}{' '}
          <select value={paper} onChange={(event) => setPaper(event.target.value as Paper)}>
            <option value="A3">A3 {t('print.landscape')}</option>
            <option value="A4">A4 {t('print.landscape')}</option>
          </select>
        </label>
        <button type="button" className="vl-button" autoFocus onClick={() => window.print()}>
          {t('print.print')}
        </button>
        <button type="button" className="vl-button" onClick={onClose}>
          {t('file.close')}
        </button>
        <p className="vl-muted">{t('print.hint')}</p>
      </div>
      <article className={`editor-print__page editor-print__page--${paper}`} lang={doc.language}>
        <header className="editor-print__header">
          <h1>{doc.title}</h1>
          {scope.length > 0 && <p>{scope.join(' · ')}</p>}
        </header>
        <img className="editor-print__diagram" src={image} alt={t('print.diagramAlt', { title: doc.title })} />
        <footer className="editor-print__footer">
          <Legend />
          <span className="vl-muted">{t('print.footer', { date })}</span>
        </footer>
      </article>
    </div>
  );
}
