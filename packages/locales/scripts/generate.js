// Writes src/languages.generated.ts from the language files in src/ (see languages.js).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { languageCodes, languagesModule } from './languages.js';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const codes = languageCodes(src);
writeFileSync(`${src}languages.generated.ts`, languagesModule(codes));
console.log(`wrote packages/locales/src/languages.generated.ts: ${codes.join(', ')}`);
