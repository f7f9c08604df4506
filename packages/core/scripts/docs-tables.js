// Markdown tables generated from the code: the connection rules and the validation rules for docs/format.md,
// the export formats for the README.
// `npm run generate` writes them between markers; a test fails when the docs are stale.
import { CONNECTION_RULES, EDGE_KINDS, EXPORT_FORMATS, NODE_KINDS, RULES } from '@veranderlogica/core';

export function connectionRulesTable() {
  const rows = CONNECTION_RULES.map(
    (rule) =>
      `| \`${rule.source}\` (${NODE_KINDS.labels[rule.source].nl.toLowerCase()}) | \`${rule.target}\` (${NODE_KINDS.labels[rule.target].nl.toLowerCase()}) | \`${rule.edge}\` (${EDGE_KINDS.labels[rule.edge].nl}) |`,
  );
  return ['| from | to | edge kind |', '| --- | --- | --- |', ...rows].join('\n');
}

export function validationRulesTable() {
  const rows = RULES.map((rule) => `| \`${rule.code}\` | ${rule.severity} | ${rule.description.en} | ${rule.description.nl} |`);
  return ['| code | severity | checks | controleert |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function fillMarkers(text, name, content) {
  const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!pattern.test(text)) throw new Error(`docs marker ${name} not found`);
  return text.replace(pattern, (_, start, end) => `${start}\n${content}\n${end}`);
}

export function withGeneratedTables(text) {
  return fillMarkers(fillMarkers(text, 'connection-rules', connectionRulesTable()), 'validation-rules', validationRulesTable());
}

/** The export registry as a table: what the CLI's `--format` takes and the editor's export menu lists. */
export function exportFormatsTable() {
  const where = (format) =>
    format.needs.includes('rasterise')
      ? 'editor'
      : format.needs.includes('print')
        ? 'CLI (with Chromium; the editor prints through its print view)'
        : 'CLI, editor';
  const rows = EXPORT_FORMATS.map(
    (format) => `| \`${format.id}\` | \`.${format.extension}\` | ${format.label.en} | ${format.label.nl} | ${where(format)} |`,
  );
  return ['| format | file | what | wat | where |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

export function withReadmeTables(text) {
  return fillMarkers(text, 'export-formats', exportFormatsTable());
}
