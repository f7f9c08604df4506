// The module that lists the languages (src/languages.generated.ts), made from the language files in src/: Dutch, the
// source, in src/nl/, and every other language one file, src/<code>.ts. Kept apart from generate.js so a test can
// check that the written module is current.
import { readdirSync } from 'node:fs';

/** The packages that have texts, each a part of every language's file. */
export const PARTS = ['core', 'layout', 'ui', 'viewer', 'server', 'cli'];

const NOT_LANGUAGES = new Set(['index', 'catalogue', 'languages.generated']);

/** The language codes in display order: Dutch first, then the others by code. */
export function languageCodes(srcDir) {
  const others = readdirSync(srcDir)
    .filter((name) => /^[a-z]{2,3}(-[a-z0-9]+)*\.ts$/i.test(name) && !name.endsWith('.test.ts'))
    .map((name) => name.slice(0, -3))
    .filter((code) => !NOT_LANGUAGES.has(code) && code !== 'nl')
    .sort();
  return ['nl', ...others];
}

const identifier = (code) => code.replace(/-/g, '_');

/** The text of src/languages.generated.ts for these codes. */
export function languagesModule(codes) {
  const lines = [
    '// Written by `npm run generate` (packages/locales/scripts/generate.js) from the language files in this folder:',
    '// do not edit. A new language is a file beside en.ts; generating again lists it here.',
    ...codes.map((code) => `import * as ${identifier(code)} from './${code === 'nl' ? 'nl/index' : code}.js';`),
    '',
    '/**',
    ' * Every language, in display order: Dutch, the source, first.',
    ' *',
    ' * @example',
    " * LANGUAGES.includes('en'); // true",
    ' */',
    `export const LANGUAGES = [${codes.map((code) => `'${code}'`).join(', ')}] as const;`,
  ];
  for (const part of PARTS) {
    lines.push(
      '',
      `/** The ${part} package's texts in every language. */`,
      `export const ${part.toUpperCase()} = { ${codes.map((code) => `${/-/.test(code) ? `'${code}'` : code}: ${identifier(code)}.${part}`).join(', ')} } as const;`,
    );
  }
  return `${lines.join('\n')}\n`;
}
