import { useEffect, useMemo, useState } from 'react';
import { diagramPageHeading, diagramPageName, type Document, languageInfo, SCOPE_LEVELS } from '@veranderlogica/core';
import type { ReportPictures } from '@veranderlogica/layout';
import { useTranslation } from '@veranderlogica/ui';
import { svgDataUrl } from './export-menu.js';

export type Paper = 'A4' | 'A3';

/** What the print view puts on paper: the overview alone, or the overview and a page per goal (or strategy). */
export type PrintPages = 'overview' | 'goals';

export interface PrintViewProps {
  readonly document: Document;
  /** The report's pictures: the overview and a page per goal or strategy. */
  readonly pictures: ReportPictures;
  readonly onClose: () => void;
}

/**
 * Sheets for the browser's "print / save as PDF": the whole diagram on one
 * landscape sheet (title and scope above it; the picture holds its legend)
 * and, when asked for, the report's detail pages on A4, each the way it fits
 * best and numbered as the overview and the cards' notes refer to them.
 * Everything else of the editor is hidden when printing.
 */
export function PrintView({ document: doc, pictures, onClose }: PrintViewProps) {
  const { t, language, l } = useTranslation();
  const [paper, setPaper] = useState<Paper>('A3');
  const [pages, setPages] = useState<PrintPages>('overview');
  // Without the detail pages, the overview carries no page numbers that would point at nothing.
  const overview = useMemo(() => svgDataUrl(pages === 'goals' ? pictures.overview : pictures.unmarked), [pictures, pages]);
  const parts = useMemo(() => pictures.pages.map((page) => ({ ...page, src: svgDataUrl(page.svg) })), [pictures]);

  // Page sizes can only be set by a stylesheet; this one lives as long as the view.
  useEffect(() => {
    const style = window.document.createElement('style');
    style.textContent = [
      `@page { size: ${paper} landscape; margin: 0; }`,
      `@page vl-landscape { size: A4 landscape; margin: 0; }`,
      `@page vl-portrait { size: A4 portrait; margin: 0; }`,
    ].join('\n');
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
    l(SCOPE_LEVELS.labels[doc.scope.level]),
    doc.scope.period ? `${doc.scope.period.start}–${doc.scope.period.end}` : '',
  ].filter(Boolean);
  const date = new Date().toLocaleDateString(languageInfo(language).locale, { dateStyle: 'long' });

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
        <label>
          {t('print.pages')}{' '}
          <select value={pages} onChange={(event) => setPages(event.target.value as PrintPages)}>
            <option value="overview">{t('print.pagesOverview')}</option>
            <option value="goals" disabled={parts.length === 0}>
              {t('print.pagesGoals', { count: parts.length })}
            </option>
          </select>
        </label>
        <button type="button" className="vl-button" autoFocus onClick={() => window.print()}>
          {t('print.print')}
        </button>
        <button type="button" className="vl-button" onClick={onClose}>
          {t('file.close')}
        </button>
        <p className="vl-muted">{t(pages === 'overview' ? 'print.hint' : 'print.hintGoals')}</p>
      </div>
      <article className={`editor-print__page editor-print__page--${paper}`} lang={doc.language}>
        <header className="editor-print__header">
          <h1>{doc.title}</h1>
          {scope.length > 0 && <p>{scope.join(' · ')}</p>}
        </header>
        <img className="editor-print__diagram" src={overview} alt={t('print.diagramAlt', { title: doc.title })} />
        {pages === 'goals' && parts.length > 0 && (
          <ol className="editor-print__key">
            {parts.map((part) => (
              <li key={part.page}>
                <strong>p. {part.page}</strong> {diagramPageName(doc, part, doc.language)}
              </li>
            ))}
          </ol>
        )}
        <footer className="editor-print__footer">
          <span className="vl-muted">{t('print.footer', { date })}</span>
        </footer>
      </article>
      {pages === 'goals' &&
        parts.map((part) => {
          const heading = diagramPageHeading(doc, part, doc.language);
          return (
            <article
              key={part.page}
              className={`editor-print__page editor-print__page--part editor-print__page--${part.orientation}`}
              lang={doc.language}
              data-goal={part.goal}
              data-page={part.page}
            >
              <h2 className="editor-print__part-heading">
                <span className="editor-print__page-number">p. {part.page}</span> {heading}
              </h2>
              <img className="editor-print__part" src={part.src} alt={heading} />
            </article>
          );
        })}
    </div>
  );
}
