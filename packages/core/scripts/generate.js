// Writes the generated files that are checked in: the JSON Schema and the worked example.
// Run `npm run generate` after changing the schema or the example; tests fail while they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { documentJsonSchema, getTemplate, serializeDocument } from '@veranderlogica/core';
import { apiReport } from './api-report.js';
import { withGeneratedTables, withReadmeTables } from './docs-tables.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
writeFileSync(`${root}packages/core/schema/veranderlogica.schema.json`, JSON.stringify(documentJsonSchema(), null, 2) + '\n');
const example = getTemplate('voorbeeldregio').create();
const stamp = '2026-11-22T12:00:00.000Z';
writeFileSync(
  `${root}examples/voorbeeldregio.json`,
  serializeDocument({ ...example, id: 'voorbeeldregio', meta: { created: stamp, updated: stamp, authors: ['Veranderlogica'] } }),
);
const formatDoc = `${root}docs/format.md`;
writeFileSync(formatDoc, withGeneratedTables(readFileSync(formatDoc, 'utf8')));
writeFileSync(`${root}packages/core/api.md`, apiReport());
writeFileSync(`${root}README.md`, withReadmeTables(readFileSync(`${root}README.md`, 'utf8')));
console.log(
  'wrote packages/core/schema/veranderlogica.schema.json, examples/voorbeeldregio.json, packages/core/api.md, the tables in docs/format.md and the export formats in README.md',
);
