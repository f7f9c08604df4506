import { KINDS_BY_RANK, KIND_STYLES, NODE_KINDS } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';
import { KindIcon } from './KindIcon.js';

/** What the colours, icons and line styles mean. */
export function Legend() {
  const { t, l } = useTranslation();
  return (
    <section className="vl-legend" aria-label={t('legend.title')}>
      <h2 className="vl-legend__title">{t('legend.title')}</h2>
      <ul className="vl-legend__items">
        {KINDS_BY_RANK.map((kind) => (
          <li key={kind}>
            <span
              className="vl-legend__swatch"
              style={{
                background: KIND_STYLES[kind].fill,
                borderColor: KIND_STYLES[kind].stroke,
                borderStyle: KIND_STYLES[kind].dashed ? 'dashed' : 'solid',
                color: KIND_STYLES[kind].stroke,
              }}
            >
              <KindIcon kind={kind} size={12} />
            </span>
            {l(NODE_KINDS.labels[kind])}
          </li>
        ))}
        <li>
          <span className="vl-legend__line" /> {t('legend.leadsTo')}
        </li>
        <li>
          <span className="vl-legend__line vl-legend__line--measures" /> {t('legend.measures')}
        </li>
        <li>
          <span className="vl-legend__line vl-legend__line--underlies" /> {t('legend.underlies')}
        </li>
      </ul>
    </section>
  );
}
