import { inEveryLanguage, type Language, LANGUAGES, type Localized } from './localized.js';
import { TEXTS } from './locales/index.js';

/**
 * A value a message can show. Numbers are formatted for the language
 * (`22,5` in Dutch), texts in both languages pick the right one, a named
 * thing (`{ title }`) is quoted or called "(zonder titel)", and a list is
 * joined as a sentence ("A, B en C").
 */
export type MessageValue =
  string | number | Localized | { readonly title: string } | readonly (string | number | Localized | { readonly title: string })[];

/**
 * The values a message fills in, by placeholder name.
 *
 * @example
 * const params: MessageParams = { count: 3, title: 'Minder seksueel geweld' };
 */
export type MessageParams = Readonly<Record<string, MessageValue>>;

/**
 * A message in every language, with the names and types of its placeholders
 * in its type, so a call with a missing or mistyped value does not compile.
 * Texts use a small ICU subset:
 * - `{name}`: the value (formatted by its type)
 * - `{count, plural, one {# kaart} other {# kaarten}}`: plural forms by `Intl.PluralRules`; `#` is the number
 * - `{kind, select, goal {…} other {…}}`: a branch by value
 * - `{share, percent}`: a fraction as a percentage (`0,225` → "22,5 %")
 * - `{day, date}`: an ISO date written out ("27 november 2026")
 * - `{ids, path}`: a list joined with arrows ("A → B → A")
 * - `{name, raw}`: a title as it is, not quoted, or a number without grouping (a year: 2026)
 */
export interface Message<P extends MessageParams = MessageParams> extends Localized {
  /** Carries the parameter type only; never set. */
  readonly __params?: P;
}

/**
 * Declares a message with typed placeholders.
 *
 * @example
 * const votes = defineMessage<{ count: number }>({
 *   nl: '{count, plural, one {# stem} other {# stemmen}}',
 *   en: '{count, plural, one {# vote} other {# votes}}',
 * });
 * renderMessage(votes, { count: 1 }, 'nl'); // '1 stem'
 */
export function defineMessage<P extends MessageParams = Record<string, never>>(texts: Localized): Message<P> {
  return texts;
}

const LOCALES: Record<Language, string> = TEXTS.format.locales;
const UNTITLED: Localized = TEXTS.format.untitled;

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Language, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2, ...options });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * What the project knows of a language, from its catalogue: its own name, the words to switch to it (in itself), its
 * Intl locale and its hyphenation patterns' name.
 *
 * @example
 * languageInfo('nl'); // { name: 'Nederlands', switchTo: 'Zet de interface in het Nederlands', locale: 'nl-NL', hyphenation: 'nl' }
 */
export function languageInfo(language: Language): { name: string; switchTo: string; locale: string; hyphenation: string } {
  return {
    name: TEXTS.self.name[language],
    switchTo: TEXTS.self.switchTo[language],
    locale: LOCALES[language],
    hyphenation: TEXTS.self.hyphenation[language],
  };
}

/**
 * A number as people write it in the language: `1.234,5` in Dutch,
 * `1,234.5` in English. Non-finite numbers are written as words.
 *
 * @example
 * formatNumber(22.5, 'nl'); // '22,5'
 */
export function formatNumber(value: number, language: Language): string {
  if (Number.isNaN(value)) return TEXTS.format.notANumber[language];
  if (!Number.isFinite(value)) return (value > 0 ? TEXTS.format.infinity : TEXTS.format.minusInfinity)[language];
  return numberFormat(language).format(value);
}

/**
 * A fraction as a percentage in the language's style: "22,5 %" in Dutch, "22.5%" in English.
 *
 * @example
 * formatPercent(0.225, 'nl'); // '22,5 %'
 */
export function formatPercent(fraction: number, language: Language): string {
  const number = formatNumber(Math.round(fraction * 1000) / 10, language);
  return withPercentSign(number, language);
}

/** A number already written as a percentage, with the percent sign as the language sets it: "22,5 %", "22.5%". */
export function withPercentSign(number: string, language: Language): string {
  return TEXTS.format.percent[language].replace('{number}', number);
}

/**
 * An ISO date (YYYY-MM-DD) written out: "27 november 2026", "27 November 2026".
 *
 * @example
 * formatDate('2026-11-27', 'nl'); // '27 november 2026'
 */
export function formatDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * A list as a sentence: "A, B en C", "A, B and C".
 *
 * @example
 * formatList(['GGD', 'politie', 'school'], 'nl'); // 'GGD, politie en school'
 */
export function formatList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' }).format(items);
}

type ListValue = Extract<MessageValue, readonly unknown[]>;
const isList = (value: MessageValue | undefined): value is ListValue => Array.isArray(value);

function isLocalized(value: unknown): value is Localized {
  return typeof value === 'object' && value !== null && LANGUAGES.every((language) => language in value);
}

/** One value as text: numbers formatted, texts picked, named things quoted. */
function show(value: MessageValue | undefined, language: Language): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, language);
  if (typeof value === 'string') return value;
  if (isList(value))
    return formatList(
      value.map((item) => show(item, language)),
      language,
    );
  if (isLocalized(value)) return value[language];
  const title = (value as { title: string }).title.trim();
  return title ? `"${title}"` : UNTITLED[language];
}

const pluralRules = new Map<Language, Intl.PluralRules>();
function plural(language: Language, n: number): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(LOCALES[language])));
  return rules.select(n);
}

/** Finds the brace that closes the one at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Parses `one {…} other {…}` into branches. */
function branches(text: string): Map<string, string> {
  const result = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const key = text.slice(i, open).trim();
    const end = closing(text, open);
    if (end < 0) break;
    result.set(key, text.slice(open + 1, end));
    i = end + 1;
  }
  return result;
}

function formatPlaceholder(body: string, params: MessageParams, language: Language): string {
  const first = body.indexOf(',');
  const name = (first < 0 ? body : body.slice(0, first)).trim();
  const value = params[name];
  if (first < 0) return show(value, language);
  const rest = body.slice(first + 1);
  const second = rest.indexOf(',');
  const type = (second < 0 ? rest : rest.slice(0, second)).trim();
  const options = second < 0 ? '' : rest.slice(second + 1);
  switch (type) {
    case 'plural': {
      const n = typeof value === 'number' ? value : Number(value);
      const forms = branches(options);
      const form = forms.get(`=${n}`) ?? forms.get(plural(language, n)) ?? forms.get('other') ?? '';
      // `#` is replaced in the template, before values are filled in, so a '#' in a title stays.
      return fill(form.replace(/#/g, formatNumber(n, language)), params, language);
    }
    case 'select': {
      const forms = branches(options);
      return fill(
        forms.get(typeof value === 'string' || typeof value === 'number' ? String(value) : '') ?? forms.get('other') ?? '',
        params,
        language,
      );
    }
    case 'percent':
      return typeof value === 'number' ? formatPercent(value, language) : show(value, language);
    case 'date':
      return typeof value === 'string' ? formatDate(value, language) : show(value, language);
    case 'path':
      return isList(value) ? value.map((item) => show(item, language)).join(' → ') : show(value, language);
    case 'raw':
      if (typeof value === 'number') return String(value);
      return typeof value === 'object' && value !== null && 'title' in value ? value.title : show(value, language);
    default:
      return show(value, language);
  }
}

function fill(template: string, params: MessageParams, language: Language): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const end = closing(template, open);
    if (end < 0) {
      out += template.slice(open);
      break;
    }
    out += formatPlaceholder(template.slice(open + 1, end), params, language);
    i = end + 1;
  }
  return out;
}

/**
 * Renders a message template with values, in one language. This is the one
 * formatter for the core's findings and errors, the command line and the
 * editor's interface.
 *
 * @example
 * formatMessage('{count, plural, one {# fout} other {# fouten}}', { count: 2 }, 'nl'); // '2 fouten'
 */
export function formatMessage(template: string, params: MessageParams, language: Language): string {
  return fill(template, params, language);
}

/**
 * Renders a typed message in one language.
 *
 * @example
 * renderMessage(MESSAGE, { name: 'Doel' }, 'en');
 */
export function renderMessage<P extends MessageParams>(message: Message<P>, params: P, language: Language): string {
  return fill(message[language], params, language);
}

/**
 * Renders a typed message in every language, for texts stored before the language is known.
 *
 * @example
 * const text: Localized = localizeMessage(MESSAGE, { count: 3 });
 */
export function localizeMessage<P extends MessageParams>(message: Message<P>, params: P): Localized {
  return inEveryLanguage((language) => renderMessage(message, params, language));
}
