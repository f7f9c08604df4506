import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from './messages.js';

const { nl, en } = DICTIONARIES;
import { createTranslator, localize } from './translate.js';

describe('dictionaries', () => {
  it('have the same keys in Dutch and English, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(nl[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('fill placeholders', () => {
    expect(createTranslator('nl')('palette.add', { kind: 'Doel' })).toBe('Doel toevoegen');
    expect(createTranslator('en')('validation.count', { errors: 1, warnings: 2, infos: 3 })).toBe('1 error, 2 warnings, 3 tips');
    expect(createTranslator('nl')('node.votes', { count: 1 })).toBe('1 stem');
    expect(createTranslator('nl')('coverage.cell', { area: 'preventie', group: 'Jongeren', count: 2 })).toBe(
      'preventie, Jongeren: 2 interventies',
    );
  });

  it('localize gives a dictionary text in both languages', () => {
    expect(localize('file.saved', { name: 'aanpak.json' })).toMatchObject({
      nl: 'Opgeslagen als aanpak.json.',
      en: 'Saved as aanpak.json.',
    });
  });
});

describe('the pseudo-locale qps', () => {
  it('shows every catalogue text accented, a third longer, between ⟦ and ⟧, its placeholders filled', async () => {
    const { pseudoLocalize, PSEUDO_OPEN, PSEUDO_CLOSE } = await import('./pseudo.js');
    const text = createTranslator('qps')('validation.count', { errors: 1, warnings: 2, infos: 3 });
    expect(text.startsWith(PSEUDO_OPEN) && text.endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(text).toContain('1 éŕŕöŕ');
    expect(text.length).toBeGreaterThan('1 error, 2 warnings, 3 tips'.length * 1.3);
    expect(pseudoLocalize('')).toBe('');
    // Every key has a pseudo text, none left as it was.
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(createTranslator('qps')(key)).not.toBe(en[key]);
  });
});
