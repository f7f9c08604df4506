import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { languageCodes, languagesModule } from '../scripts/languages.js';
import { CLI, CORE, LANGUAGES, LAYOUT, SERVER, UI, VIEWER, type Catalogue, type Language, type LanguageCatalogue } from './index.js';

/** Every language's whole catalogue, its parts put together. */
const CATALOGUES = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    {
      core: CORE[language],
      layout: LAYOUT[language],
      ui: UI[language],
      viewer: VIEWER[language],
      server: SERVER[language],
      cli: CLI[language],
    },
  ]),
) as unknown as Record<Language, Catalogue & { readonly core: LanguageCatalogue['core'] }>;

/** Every text of a catalogue by its dotted path. */
function texts(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [path, text] of texts(value, `${prefix}${key}.`)) out.set(path, text);
  }
  return out;
}

/**
 * The names of a text's placeholders, in the core's message format: `{name}`, `{day, date}`, and those inside the
 * branches of `{count, plural, one {…} other {…}}` and `{level, select, strategic {…} other {…}}` (not the branches'
 * own words).
 */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  let at = 0;
  const message = (until: string) => {
    while (at < text.length && text[at] !== until) {
      if (text[at] === '{') argument();
      else at++;
    }
  };
  const argument = () => {
    at++;
    const head = /^\s*(\w+)\s*(?:,\s*(\w+)\s*)?/.exec(text.slice(at))!;
    names.add(head[1]!);
    at += head[0].length;
    if (head[2] === 'plural' || head[2] === 'select' || head[2] === 'selectordinal') {
      at++; // the comma before the branches
      while (at < text.length && text[at] !== '}') {
        if (text[at] === '{') {
          at++;
          message('}');
        }
        at++;
      }
    } else while (at < text.length && text[at] !== '}') at++;
    at++;
  };
  message('\u0000');
  return [...names].sort();
}

describe('the catalogues', () => {
  const source = texts(CATALOGUES[LANGUAGES[0]]);

  it('list Dutch first, the source, then every language that has a file (src/languages.generated.ts is current)', () => {
    expect(LANGUAGES[0]).toBe('nl');
    const src = fileURLToPath(new URL('./', import.meta.url));
    const codes = languageCodes(src);
    expect([...LANGUAGES]).toEqual(codes);
    expect(readFileSync(`${src}languages.generated.ts`, 'utf8'), 'run `npm run generate`').toBe(languagesModule(codes));
    expect(source.size).toBeGreaterThan(1500);
  });

  for (const language of LANGUAGES.slice(1)) {
    it(`${language}: every text Dutch has, no other, none empty, with the same placeholders`, () => {
      const translated = texts(CATALOGUES[language]);
      expect([...translated.keys()].sort()).toEqual([...source.keys()].sort());
      for (const [path, text] of translated) {
        expect(text.trim(), path).not.toBe('');
        expect(placeholders(text), path).toEqual(placeholders(source.get(path)!));
      }
    });
  }

  it('give every language its own name, the words to switch to it, a valid Intl locale and its hyphenation', () => {
    for (const language of LANGUAGES) {
      const self = CATALOGUES[language].core.i18n;
      expect(self.self.name).not.toBe('');
      expect(Intl.getCanonicalLocales(self.format.locales)).toHaveLength(1);
      expect(self.self.hyphenation).toMatch(/^[a-z]{2,3}(-[a-z0-9-]+)?$/);
    }
    expect(new Set(LANGUAGES.map((language) => CATALOGUES[language].core.i18n.self.name)).size).toBe(LANGUAGES.length);
  });
});
