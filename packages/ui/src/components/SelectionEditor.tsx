import { useEffect, useRef } from 'react';
import type { Document, InterventionNode } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';

export interface PartnerAssignmentProps {
  readonly document: Document;
  /** The selected cards; only the interventions among them are assigned. */
  readonly selected: ReadonlySet<string>;
  /** Give a partner to every selected intervention (`true`) or take it from every one (`false`). */
  readonly onAssign: (actor: string, carries: boolean) => void;
}

/** A checkbox that can also show "some of them". */
function TriStateBox({
  checked,
  mixed,
  label,
  onChange,
}: {
  checked: boolean;
  mixed: boolean;
  label: string;
  onChange: (on: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <label className="vl-field vl-field--checkbox">
      <input
        ref={ref}
        type="checkbox"
        checked={checked}
        aria-checked={mixed ? 'mixed' : checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
    </label>
  );
}

/**
 * Partners for several interventions at once: with more than one intervention selected, one tick gives a partner
 * to all of them (or takes it from all). A box shows "some" when only part of the selection has that partner.
 *
 * @example
 * <PartnerAssignment document={doc} selected={new Set(['int-a', 'int-b'])} onAssign={(actor, on) => …} />
 */
export function PartnerAssignment({ document, selected, onAssign }: PartnerAssignmentProps) {
  const { t } = useTranslation();
  const interventions = document.nodes.filter((node): node is InterventionNode => node.kind === 'intervention' && selected.has(node.id));
  if (interventions.length < 2) return null;
  return (
    <section className="vl-panel vl-assign" aria-label={t('assign.title', { count: interventions.length })}>
      <h2 className="vl-panel__title">{t('assign.title', { count: interventions.length })}</h2>
      {document.actors.length === 0 ? (
        <p className="vl-muted">{t('assign.noPartners')}</p>
      ) : (
        <fieldset className="vl-checklist">
          <legend className="vl-hint">{t('assign.hint')}</legend>
          {document.actors.map((actor) => {
            const carrying = interventions.filter((node) => node.actors.includes(actor.id)).length;
            return (
              <TriStateBox
                key={actor.id}
                label={actor.name || t('node.untitled')}
                checked={carrying === interventions.length}
                mixed={carrying > 0 && carrying < interventions.length}
                onChange={(on) => onAssign(actor.id, on)}
              />
            );
          })}
        </fieldset>
      )}
    </section>
  );
}
