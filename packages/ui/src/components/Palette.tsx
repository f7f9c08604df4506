import { KIND_ORDER, KIND_STYLES, NODE_KIND_SPECS, NODE_KINDS, type NodeKind } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';
import { KindIcon } from './KindIcon.js';

/** Buttons to add a card of each kind. Keyboard: the editor binds 1–6 to the same kinds. */
export function Palette({ onAdd }: { onAdd: (kind: NodeKind) => void }) {
  const { t, l } = useTranslation();
  return (
    <section className="vl-palette" aria-label={t('palette.title')}>
      <h2 className="vl-panel__title">{t('palette.title')}</h2>
      <div className="vl-palette__buttons">
        {KIND_ORDER.map((kind) => (
          <button
            key={kind}
            type="button"
            className="vl-palette__button"
            style={{ background: KIND_STYLES[kind].fill, borderColor: KIND_STYLES[kind].stroke }}
            onClick={() => onAdd(kind)}
            aria-keyshortcuts={NODE_KIND_SPECS[kind].shortcut}
            title={`${t('palette.add', { kind: l(NODE_KINDS.labels[kind]) })} (${NODE_KIND_SPECS[kind].shortcut})`}
          >
            <KindIcon kind={kind} />
            {l(NODE_KINDS.labels[kind])}
          </button>
        ))}
      </div>
      <p className="vl-hint">{t('palette.hint')}</p>
    </section>
  );
}
