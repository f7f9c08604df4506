import { useMemo, useState } from 'react';
import { coverageMatrix, type CoverageCell, type Document } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';
import { CheckboxField } from './fields.js';

export interface CoverageViewProps {
  readonly document: Document;
  /** Called with the cell the user clicked; the editor shows its interventions on the diagram. */
  readonly onSelectCell?: (cell: CoverageCell) => void;
  /**
   * Ticks a target group on an intervention (or takes it off). When given, a witte vlek can be clicked: it lists the
   * area's interventions to tick those that do reach the group (a gap that was only a target group never asked for).
   */
  readonly onReach?: (intervention: string, targetGroup: string, reaches: boolean) => void;
}

/**
 * The offer per area (preventie … handhaving en nazorg) and target group,
 * from the core's coverage analysis: empty cells are witte vlekken; cells
 * where different partners' interventions lead to the same outcome are
 * possible dubbelingen, and to different outcomes, complementary offer.
 *
 * @example
 * <CoverageView document={doc} onSelectCell={(cell) => select(cell.interventions)} onReach={(id, group, on) => …} />
 */
export function CoverageView({ document, onSelectCell, onReach }: CoverageViewProps) {
  const { t, l, lMaybe } = useTranslation();
  const [ticking, setTicking] = useState<{ area: string; targetGroup: string } | undefined>();
  const matrix = useMemo(() => coverageMatrix(document), [document]);
  const groupName = new Map(document.targetGroups.map((group) => [group.id, group.name]));
  const columnName = (id: string | null) => (id === null ? t('coverage.noGroup') : (groupName.get(id) ?? id));
  return (
    <section className="vl-coverage" aria-label={t('coverage.title')}>
      <h2 className="vl-panel__title">{t('coverage.title')}</h2>
      <p className="vl-hint">{t('coverage.intro')}</p>
      <p className="vl-coverage__summary" role="status">
        {t('coverage.summary', { gaps: matrix.gaps, overlaps: matrix.overlaps, complements: matrix.complements })}
      </p>
      {document.targetGroups.length === 0 && <p className="vl-muted">{t('coverage.noGroups')}</p>}
      <table className="vl-coverage__table">
        <thead>
          <tr>
            <th scope="col">{t('coverage.area')}</th>
            {matrix.targetGroups.map((id) => (
              <th key={id ?? 'none'} scope="col">
                {id === null ? <em>{columnName(id)}</em> : columnName(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, r) => {
            const area = matrix.areas[r]!;
            return (
              <tr key={area.id}>
                <th scope="row">{l(area.label)}</th>
                {row.map((cell) => {
                  const count = cell.interventions.length;
                  // The cell's visible text starts its name; where it is, screen readers hear after it.
                  const where = `${l(area.label)}, ${columnName(cell.targetGroup)}`;
                  const quiet = cell.status === 'gap' && cell.targetGroup === null;
                  const tickable = onReach !== undefined && cell.status === 'gap' && cell.targetGroup !== null;
                  return (
                    <td
                      key={cell.targetGroup ?? 'none'}
                      className={`vl-coverage__cell vl-coverage__cell--${quiet ? 'empty' : cell.status}`}
                      data-status={cell.status}
                    >
                      {quiet ? null : (
                        <button
                          type="button"
                          disabled={count === 0 && !tickable}
                          aria-expanded={tickable ? ticking?.area === area.id && ticking.targetGroup === cell.targetGroup : undefined}
                          onClick={() => (tickable ? setTicking({ area: area.id, targetGroup: cell.targetGroup }) : onSelectCell?.(cell))}
                          title={t('coverage.cell', { area: l(area.label), group: columnName(cell.targetGroup), count })}
                        >
                          {cell.status === 'gap' ? `– ${t('coverage.gap')}` : count}
                          {cell.status === 'overlap' && <span className="vl-coverage__flag"> ⚠ {t('coverage.overlap')}</span>}
                          {cell.status === 'complement' && <span className="vl-coverage__note"> {t('coverage.complement')}</span>}
                          <span className="vl-sr-only">, {where}</span>
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {ticking && onReach && (
        <fieldset className="vl-coverage__reach">
          <legend>
            {t('coverage.reachTitle', {
              area: lMaybe(matrix.areas.find((area) => area.id === ticking.area)?.label) ?? ticking.area,
              group: columnName(ticking.targetGroup),
            })}
          </legend>
          {document.nodes.filter((node) => node.kind === 'intervention' && node.area === ticking.area).length === 0 && (
            <p className="vl-muted">{t('coverage.reachNone')}</p>
          )}
          {document.nodes.map((node) =>
            node.kind === 'intervention' && node.area === ticking.area ? (
              <CheckboxField
                key={node.id}
                label={node.title || t('node.untitled')}
                checked={node.targetGroups.includes(ticking.targetGroup)}
                onChange={(on) => onReach(node.id, ticking.targetGroup, on)}
              />
            ) : null,
          )}
          <button type="button" className="vl-button" onClick={() => setTicking(undefined)}>
            {t('coverage.reachDone')}
          </button>
        </fieldset>
      )}
    </section>
  );
}
