import { useId, useState } from 'react';
import { useTranslation } from '../i18n/translate.js';

/**
 * The facilitator's **Planlink voor de regio**: asks the server for a link that reads this room's plan (for a year,
 * and nothing else), shows it to copy and hand to the region's coordinator. A refusal is said, not hidden.
 *
 * @example
 * <PlanLinkButton onMake={() => fetchPlanLink(room)} />
 */
export function PlanLinkButton({ onMake }: { readonly onMake: () => Promise<string> }) {
  const { t } = useTranslation();
  const [link, setLink] = useState<string | undefined>();
  const [state, setState] = useState<'idle' | 'busy' | 'failed' | 'copied'>('idle');
  const id = useId();
  const make = () => {
    setState('busy');
    onMake().then(
      (made) => {
        setLink(made);
        setState('idle');
      },
      () => setState('failed'),
    );
  };
  const copy = () => {
    if (!link) return;
    void navigator.clipboard?.writeText(link).then(
      () => setState('copied'),
      () => undefined,
    );
  };
  return (
    <div className="vl-plan-link">
      <button type="button" className="vl-button" onClick={make} disabled={state === 'busy'}>
        {t('room.planLink')}
      </button>
      {link && (
        <div className="vl-field">
          <label htmlFor={id}>{t('room.planLinkHint')}</label>
          <input id={id} type="text" readOnly value={link} data-testid="plan-link" onFocus={(event) => event.currentTarget.select()} />
          <button type="button" className="vl-button" onClick={copy}>
            {state === 'copied' ? t('room.planLinkCopied') : t('room.planLinkCopy')}
          </button>
        </div>
      )}
      {state === 'failed' && <p role="alert">{t('room.planLinkFailed')}</p>}
    </div>
  );
}
