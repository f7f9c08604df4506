import { KIND_STYLES, NODE_KINDS, type NodeKind } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';
import { KindIcon } from './KindIcon.js';

const KINDS: NodeKind[] = ['goal', 'outcome', 'mechanism', 'intervention', 'indicator', 'assumption'];

/** Buttons to add a card of each kind. Keyboard: the editor binds 1–6 to the same kinds. */
export function Palette({ onAdd }: { onAdd: (kind: NodeKind) => void }) {
  const { t, language } = useTranslation();
  return (
    <section className="vl-palette" aria-label={t('palette.title')}>
      <h2 className="vl-panel__title">{t('palette.title')}</h2>
      <div className="vl-palette__buttons">
        {KINDS.map((kind, i) => (
          <button
            key={kind}
            type="button"
            className="vl-palette__button"
            style={{ background: KIND_STYLES[kind].fill, borderColor: KIND_STYLES[kind].stroke }}
            onClick={() => onAdd(kind)}
            aria-keyshortcuts={String(i + 1)}
            title={`${t('palette.add', { kind: NODE_KINDS.labels[kind][language] })} (${i + 1})`}
          >
            <KindIcon kind={kind} />
            {NODE_KINDS.labels[kind][language]}
          </button>
        ))}
      </div>
      <p className="vl-hint">{t('palette.hint')}</p>
    </section>
  );
}
