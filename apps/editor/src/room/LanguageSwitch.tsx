import { languageInfo } from '@veranderlogica/core';
import { coreLanguage, nextLanguage, type InterfaceLanguage } from '@veranderlogica/ui';

/**
 * A participant's or a reviewer's language switch: the next language in the list, named in that language (the
 * pseudo-locale counts as English).
 */
export function LanguageSwitch({ language, onChange }: { language: InterfaceLanguage; onChange: (language: InterfaceLanguage) => void }) {
  const next = nextLanguage(coreLanguage(language));
  const { name, switchTo } = languageInfo(next);
  return (
    <button type="button" className="vl-button vl-participant__language" lang={next} aria-label={switchTo} onClick={() => onChange(next)}>
      {name}
    </button>
  );
}
