import { useId, useMemo, useState } from 'react';
import { documentAreas, formatDate, formatNumber, NODE_KINDS } from '@veranderlogica/core';
import { PROGRESS_STATUSES, PROGRESS_STYLE } from '@veranderlogica/core/measurements';
import {
  indicatorRollup,
  planName,
  regionalContributions,
  regionalCoverage,
  regionalPartners,
  regionFindings,
  ROLLUPS,
  type Region,
} from '@veranderlogica/core/region';
import { useTranslation } from '../i18n/translate.js';

export interface RegionViewProps {
  /** The region of the plans that are open; undefined before any is. */
  readonly region: Region | undefined;
  /** The id of the plan the editor has open (marked in the lists). */
  readonly current?: string;
  /** Opens a plan of the region in the editor, at a card if one is given. */
  readonly onOpen: (plan: string, card?: string) => void;
  /** Opens a folder (or several files) of plans. */
  readonly onLoad: (files: readonly File[]) => void;
  /** What went wrong reading the files and the rooms: one line per plan skipped. */
  readonly problems?: readonly string[];
  /** Adds the plan behind a plan link (made in its room) to the region, and remembers it. */
  readonly onAddLink?: (link: string) => void;
  /** How many plan links the region remembers; with {@link RegionViewProps.onRefresh}, reads them again. */
  readonly links?: number;
  readonly onRefresh?: () => void;
  /** Forgets the region's plan links (the plans from rooms leave the region). */
  readonly onForgetLinks?: () => void;
  /** The plan links the region keeps, each named by its plan's title once read (else by its room), to forget one by one. */
  readonly linked?: readonly { readonly link: string; readonly name: string }[];
  /** Forgets one plan link: its plan leaves the region, the others stay. */
  readonly onForgetLink?: (link: string) => void;
  /** Whether plans are being read from their rooms. */
  readonly loading?: boolean;
  /** The region's network picture as SVG markup (partners by plan), drawn by the caller with the page's font. */
  readonly network?: string;
}

/** The form that adds a plan from a room by its plan link, and what the region holds from rooms. */
function RoomLinks({
  onAddLink,
  links = 0,
  onRefresh,
  onForgetLinks,
  linked = [],
  onForgetLink,
  loading = false,
}: Pick<RegionViewProps, 'onAddLink' | 'links' | 'onRefresh' | 'onForgetLinks' | 'linked' | 'onForgetLink' | 'loading'>) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const id = useId();
  if (!onAddLink) return null;
  return (
    <form
      className="vl-region__rooms"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onAddLink(text.trim());
        setText('');
      }}
    >
      <label htmlFor={id}>{t('region.linkLabel')}</label>
      <input
        id={id}
        type="text"
        inputMode="url"
        value={text}
        placeholder={t('region.linkPlaceholder')}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="vl-button" disabled={loading}>
        {t('region.linkAdd')}
      </button>
      {links > 0 && (
        <span className="vl-region__room-count" role="status">
          {loading ? t('region.linksLoading') : t('region.links', { count: links })}
          {onRefresh && (
            <button type="button" className="vl-link-button" onClick={onRefresh} disabled={loading}>
              {t('region.linksRefresh')}
            </button>
          )}
          {onForgetLinks && (
            <button type="button" className="vl-link-button" onClick={onForgetLinks} disabled={loading}>
              {t('region.linksForget')}
            </button>
          )}
        </span>
      )}
      {onForgetLink && linked.length > 0 && (
        <ul className="vl-region__linked" aria-label={t('region.linkedTitle')}>
          {linked.map(({ link, name }) => (
            <li key={link}>
              {name}{' '}
              <button
                type="button"
                className="vl-link-button"
                onClick={() => onForgetLink(link)}
                disabled={loading}
                aria-label={t('region.linkForgetOne', { plan: name })}
              >
                {t('region.linkForget')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

/**
 * The **Regio** view: a region's plans opened together. Who carries which regional goal and outcome (a click opens
 * the municipality's plan at its card), where the region has gaps and overlaps per area, target group and
 * municipality, how the indicators add up, and what does not fit.
 */
export function RegionView({ region, current, onOpen, onLoad, problems = [], network, ...rooms }: RegionViewProps) {
  const { t, l, language } = useTranslation();
  const loader = (
    <label className="vl-button vl-region__load">
      {t('region.load')}
      <input
        type="file"
        accept=".json,application/json"
        multiple
        hidden
        // A whole folder where the browser offers it; single files otherwise.
        {...{ webkitdirectory: '' }}
        onChange={(event) => onLoad([...(event.target.files ?? [])].filter((file) => file.name.toLowerCase().endsWith('.json')))}
      />
    </label>
  );
  const loaderFiles = (
    <label className="vl-button vl-region__load">
      {t('region.loadFiles')}
      <input
        type="file"
        accept=".json,application/json"
        multiple
        hidden
        data-testid="region-files"
        onChange={(event) => onLoad([...(event.target.files ?? [])])}
      />
    </label>
  );
  const parts = useMemo(
    () =>
      region?.regional
        ? {
            contributions: regionalContributions(region),
            coverage: regionalCoverage(region),
            rollup: indicatorRollup(region),
            findings: regionFindings(region),
            partners: regionalPartners(region),
          }
        : undefined,
    [region],
  );
  const notes = problems.length > 0 && (
    <ul className="vl-region__problems" role="alert">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
  if (!region?.regional || !parts) {
    return (
      <section className="vl-panel vl-region" aria-labelledby="vl-region-title">
        <h2 id="vl-region-title">{t('region.title')}</h2>
        <p>{region ? t('region.none') : t('region.intro')}</p>
        <div className="vl-region__actions">
          {loader}
          {loaderFiles}
        </div>
        <RoomLinks {...rooms} />
        {notes}
      </section>
    );
  }
  const regional = region.regional;
  const areaLabel = new Map(documentAreas(regional).map((area) => [area.id, l(area.label)]));
  const plan = (document: (typeof region.municipalities)[number], card?: string) => (
    <button
      type="button"
      className="vl-link-button"
      data-plan
      aria-current={document.id === current ? 'true' : undefined}
      onClick={() => onOpen(document.id, card)}
    >
      {planName(document)}
    </button>
  );
  return (
    <section className="vl-panel vl-region" aria-labelledby="vl-region-title">
      <h2 id="vl-region-title">
        {t('region.title')}:{' '}
        <button type="button" className="vl-link-button" data-plan onClick={() => onOpen(regional.id)}>
          {regional.title}
        </button>
      </h2>
      <p>{t('region.count', { count: region.municipalities.length })}</p>
      <div className="vl-region__actions">
        {loader}
        {loaderFiles}
      </div>
      <RoomLinks {...rooms} />
      {notes}
      <h3>{t('region.contributions')}</h3>
      <table className="vl-region__table">
        <tbody>
          {parts.contributions.map(({ card, municipalities }) => (
            <tr key={card.id} data-card={card.id}>
              <th scope="row">
                <span className="vl-muted">{l(NODE_KINDS.labels[card.kind])}</span>{' '}
                <button type="button" className="vl-link-button" data-plan onClick={() => onOpen(regional.id, card.id)}>
                  {card.title}
                </button>
              </th>
              <td>
                {municipalities.length === 0 ? (
                  <em>{t('region.nobody')}</em>
                ) : (
                  <ul className="vl-region__list">
                    {municipalities.map((entry) => (
                      <li key={entry.plan.id} data-municipality={entry.plan.id}>
                        {plan(entry.plan, (entry.cards[0] ?? entry.interventions[0])?.id)}{' '}
                        <span className="vl-muted" data-plan>
                          ({entry.interventions.map((node) => node.title).join('; ') || entry.cards.map((node) => node.title).join('; ')})
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('region.coverage')}</h3>
      <table className="vl-region__table vl-region__coverage">
        <thead>
          <tr>
            <th scope="col">{t('region.cell')}</th>
            <th scope="col">{t('region.regional')}</th>
            {region.municipalities.map((document) => (
              <th key={document.id} scope="col">
                {plan(document)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {parts.coverage.cells.flatMap((row) =>
            row.map((cell) => (
              <tr key={`${cell.area}-${cell.targetGroup}`} data-status={cell.status}>
                <th scope="row" data-plan>
                  {areaLabel.get(cell.area) ?? cell.area} × {cell.targetGroup}
                </th>
                <td>
                  {cell.status === 'gap'
                    ? t('region.gap')
                    : cell.status === 'overlap'
                      ? t('region.overlap', { count: cell.regional })
                      : cell.regional}
                </td>
                {cell.counts.map((count, i) => (
                  <td
                    key={region.municipalities[i]!.id}
                    className={count === 0 && cell.regional === 0 && cell.status !== 'gap' ? 'vl-region__gap' : undefined}
                  >
                    {count}
                  </td>
                ))}
              </tr>
            )),
          )}
        </tbody>
      </table>
      <h3>{t('region.rollup')}</h3>
      <table className="vl-region__table">
        <thead>
          <tr>
            <th scope="col">{t('region.indicator')}</th>
            {region.municipalities.map((document) => (
              <th key={document.id} scope="col">
                {plan(document)}
              </th>
            ))}
            <th scope="col">{t('region.value')}</th>
          </tr>
        </thead>
        <tbody>
          {parts.rollup.map((row) => (
            <tr key={row.code} data-code={row.code}>
              <th scope="row">
                <span data-plan>
                  {row.code} {row.title}
                </span>{' '}
                <span className="vl-muted">({l(ROLLUPS.labels[row.rule])})</span>
              </th>
              {region.municipalities.map((document) => {
                const entry = row.municipalities.find((candidate) => candidate.plan === document);
                return (
                  <td key={document.id} data-status={entry?.status}>
                    {entry?.latest ? formatNumber(entry.latest.value, language) : '–'}
                    {entry && (
                      <span
                        className="vl-muted"
                        title={l(PROGRESS_STATUSES.labels[entry.status])}
                        aria-label={l(PROGRESS_STATUSES.labels[entry.status])}
                      >
                        {' '}
                        {PROGRESS_STYLE[entry.status].mark}
                      </span>
                    )}
                  </td>
                );
              })}
              <td data-value={row.value ?? ''}>
                <span data-plan>
                  {row.value === undefined
                    ? '–'
                    : `${formatNumber(Math.round(row.value * 100) / 100, language)}${row.unit ? ` ${row.unit}` : ''}`}
                  {row.date && ` (${formatDate(row.date, language)})`}
                </span>
                {row.status && <span> · {l(PROGRESS_STATUSES.labels[row.status])}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('region.partners')}</h3>
      {network && (
        // Inline, so that it is set in the page's own Noto Sans; every text in it is escaped where it is drawn.
        <figure className="vl-region__network" aria-label={t('region.networkPicture')} dangerouslySetInnerHTML={{ __html: network }} />
      )}
      <ul className="vl-region__partners">
        {parts.partners.map((partner) => (
          <li key={`${partner.code ?? ''}${partner.name}`} data-plans={partner.plans.length}>
            <span data-plan>{partner.code ? `${partner.name} (${partner.code})` : partner.name}</span>:{' '}
            {t('region.partnerIn', { count: partner.plans.length })}{' '}
            <span className="vl-muted" data-plan>
              ({partner.plans.map((entry) => planName(entry.plan)).join(', ')})
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('region.findings', { count: parts.findings.length })}</h3>
      <ul className="vl-region__findings">
        {parts.findings.map((finding, i) => (
          <li key={`${finding.code}-${i}`} data-severity={finding.severity}>
            <button type="button" className="vl-link-button" data-plan onClick={() => onOpen(finding.plan, finding.ids[0])}>
              {l(finding.message)}
            </button>
          </li>
        ))}
      </ul>
      {region.others.length > 0 && (
        <p className="vl-muted">
          {t('region.others')} <span data-plan>{region.others.map((document) => planName(document)).join(', ')}</span>
        </p>
      )}
    </section>
  );
}
