import { useId, useState, type ReactNode } from 'react';
import type { Language, Localized } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';

/** An error returned by the core when it refuses a value, shown under the field. */
export type FieldError = Localized | undefined;

/** Why the core refused a value, under the field, read out when it appears. */
export function FieldErrorText({ error, id }: { error: FieldError; id?: string }) {
  const { l } = useTranslation();
  if (!error) return null;
  return (
    <p className="vl-field__error" id={id} role="alert">
      {l(error)}
    </p>
  );
}

function FieldShell({ label, error, children, id }: { label: string; error: FieldError; children: ReactNode; id: string }) {
  return (
    <div className={`vl-field${error ? ' vl-field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      <FieldErrorText error={error} id={`${id}-error`} />
    </div>
  );
}

/**
 * What was typed over a value the document holds: `text` while the document still holds that value (the core
 * refused the text, or has not taken it yet), `undefined` once the value changed (taken, undone, another card).
 * Fields use it to keep refused text on screen instead of throwing it away.
 *
 * @example
 * const typed = useTypedOver(node.title);
 * <input value={refused ? (typed.text ?? node.title) : node.title} onChange={(e) => { typed.keep(e.target.value); … }} />
 */
export function useTypedOver(value: string): { text: string | undefined; keep: (text: string) => void } {
  const [typed, setTyped] = useState<{ text: string; over: string } | undefined>();
  return { text: typed?.over === value ? typed.text : undefined, keep: (text) => setTyped({ text, over: value }) };
}

/**
 * A text field whose value lives in the document. Text the core refuses (too long, say) stays in the field with
 * the reason under it, so nothing typed or pasted is lost; it is dropped only when the document's value changes
 * from elsewhere (an undo, another card).
 *
 * @example
 * <TextField label="Titel" value={node.title} error={errors.title} onChange={(title) => change({ title }, 'title')} />
 */
export function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: FieldError;
  multiline?: boolean;
  name?: string;
}) {
  const id = useId();
  const typed = useTypedOver(props.value);
  const shown = props.error ? (typed.text ?? props.value) : props.value;
  const change = (text: string) => {
    typed.keep(text);
    props.onChange(text);
  };
  const common = {
    id,
    name: props.name,
    value: shown,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': props.error ? `${id}-error` : undefined,
  };
  return (
    <FieldShell label={props.label} error={props.error} id={id}>
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => change(e.target.value)} />
      )}
    </FieldShell>
  );
}

/**
 * A vocabulary of the core (areas, levels, …) as select options in one language (or through `useTranslation().l`,
 * which the pseudo-locale marks).
 *
 * @example
 * <SelectField options={vocabularyOptions(AREAS, 'nl')} … />
 */
export function vocabularyOptions<K extends string>(
  vocabulary: { values: readonly K[]; labels: Record<K, Localized> },
  language: Language | ((text: Localized) => string),
): { value: K; label: string }[] {
  const l = typeof language === 'function' ? language : (text: Localized) => text[language];
  return vocabulary.values.map((value) => ({ value, label: l(vocabulary.labels[value]) }));
}

export function SelectField<V extends string>(props: {
  label: string;
  value: V | undefined;
  options: readonly { value: V; label: string }[];
  onChange: (value: V | undefined) => void;
  allowNone?: boolean;
  error?: FieldError;
  name?: string;
}) {
  const id = useId();
  const { t } = useTranslation();
  return (
    <FieldShell label={props.label} error={props.error} id={id}>
      <select
        id={id}
        name={props.name}
        value={props.value ?? ''}
        onChange={(e) => props.onChange((e.target.value || undefined) as V | undefined)}
      >
        {props.allowNone && <option value="">{t('inspector.none')}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField(props: { label: string; checked: boolean; onChange: (checked: boolean) => void; name?: string }) {
  const id = useId();
  return (
    <div className="vl-field vl-field--checkbox">
      <input id={id} name={props.name} type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

export function CheckListField(props: {
  label: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}) {
  const id = useId();
  return (
    <fieldset className="vl-field vl-checklist" aria-labelledby={id}>
      <legend id={id}>{props.label}</legend>
      {props.options.map((option) => (
        <CheckboxField
          key={option.value}
          label={option.label}
          checked={props.selected.includes(option.value)}
          onChange={(checked) =>
            props.onChange(checked ? [...props.selected, option.value] : props.selected.filter((value) => value !== option.value))
          }
        />
      ))}
    </fieldset>
  );
}

/**
 * A list of short texts edited as one field: one per line, or comma-separated.
 * What is typed stays as typed (a trailing comma, an empty line) while it
 * means the same list as the value; after an undo the value wins.
 *
 * @example
 * <ListField label="Labels" values={node.tags} separator="," onChange={(tags) => set('tags', tags)} />
 */
export function ListField(props: {
  label: string;
  values: readonly string[];
  separator: ',' | '\n';
  onChange: (values: string[]) => void;
  error?: FieldError;
}) {
  const parse = (text: string) =>
    text
      .split(props.separator)
      .map((item) => item.trim())
      .filter(Boolean);
  const joined = props.values.join(props.separator === ',' ? ', ' : '\n');
  const [draft, setDraft] = useState(joined);
  const shown = parse(draft).join('\u0000') === props.values.join('\u0000') ? draft : joined;
  return (
    <TextField
      label={props.label}
      value={shown}
      multiline={props.separator === '\n'}
      error={props.error}
      onChange={(text) => {
        setDraft(text);
        props.onChange(parse(text));
      }}
    />
  );
}
