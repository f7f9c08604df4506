/** The inspector's fields for an intervention's recognition in a databank. */
import { DATABANKS, RECOGNITION_LEVELS, type Recognition } from '@veranderlogica/core/review';
import { useTranslation } from '../../i18n/translate.js';
import { SelectField, TextField, type FieldError } from '../fields.js';

/**
 * Databank, level and link of an intervention's recognition. Without a databank or a level there is no
 * recognition: choosing "none" in either removes it, and the link is asked for once both are there.
 */
export function RecognitionFields({
  recognition,
  onChange,
  error,
}: {
  recognition: Recognition | undefined;
  onChange: (recognition: Recognition | undefined) => void;
  error: FieldError;
}) {
  const { t, l } = useTranslation();
  const next = (changes: Partial<Recognition>): Recognition | undefined => {
    const merged = { ...recognition, ...changes };
    if (!merged.databank || !merged.level) return undefined;
    return { databank: merged.databank, level: merged.level, ...(merged.link ? { link: merged.link } : {}) };
  };
  return (
    <>
      <SelectField
        name="recognitionDatabank"
        label={t('inspector.field.recognitionDatabank')}
        value={recognition?.databank}
        allowNone
        options={DATABANKS.values.map((value) => ({ value, label: l(DATABANKS.labels[value]) }))}
        onChange={(databank) => onChange(databank ? next({ databank, level: recognition?.level ?? 'well-described' }) : undefined)}
      />
      <SelectField
        name="recognitionLevel"
        label={t('inspector.field.recognitionLevel')}
        value={recognition?.level}
        allowNone
        options={RECOGNITION_LEVELS.values.map((value) => ({ value, label: l(RECOGNITION_LEVELS.labels[value]) }))}
        onChange={(level) => onChange(level ? next({ level, databank: recognition?.databank ?? 'loket-gezond-leven' }) : undefined)}
      />
      {recognition && (
        <TextField
          name="recognitionLink"
          label={t('inspector.field.recognitionLink')}
          value={recognition?.link ?? ''}
          error={error}
          onChange={(link) => onChange(next({ link: link || undefined }))}
        />
      )}
    </>
  );
}
