import type { Language } from '../i18n/localized.js';
import { KINDS_BY_RANK } from '../model/kinds.js';
import { KIND_STYLES } from '../model/style.js';
import type { Document } from '../model/schema.js';
import { EDGE_KINDS, NODE_KIND_PLURALS, NODE_KINDS } from '../model/vocabulary.js';
import { mermaidLabel } from './escape.js';

const label = mermaidLabel;

export interface MermaidOptions {
  readonly language?: Language;
  readonly direction?: 'BT' | 'LR';
}

/**
 * A Mermaid flowchart of the veranderlogica: one subgraph per layer, solid
 * arrows for "leads to", dotted for "measures" and "underlies", and the
 * kinds' colours. Paste it into any Markdown that renders Mermaid.
 *
 * @example
 * const text = toMermaid(document, { language: 'nl' });
 */
export function toMermaid(document: Document, options: MermaidOptions = {}): string {
  const language = options.language ?? document.language;
  const direction = options.direction ?? document.layout?.direction ?? 'BT';
  // Mermaid ids must be simple tokens; document ids may hold '-' and '.', so number the nodes.
  const mermaidId = new Map(document.nodes.map((node, i) => [node.id, `n${i}`]));
  const lines = [`flowchart ${direction}`];
  for (const kind of KINDS_BY_RANK) {
    const nodes = document.nodes.filter((node) => node.kind === kind);
    if (nodes.length === 0) continue;
    lines.push(`  subgraph layer_${kind.replace(/-/g, '_')}[${label(NODE_KIND_PLURALS[kind][language])}]`);
    for (const node of nodes) lines.push(`    ${mermaidId.get(node.id)}[${label(node.title)}]`);
    lines.push('  end');
  }
  for (const edge of document.edges) {
    const source = mermaidId.get(edge.source);
    const target = mermaidId.get(edge.target);
    if (!source || !target) continue;
    lines.push(
      edge.kind === 'leads-to'
        ? `  ${source} --> ${target}`
        : `  ${source} -.->|${label(EDGE_KINDS.labels[edge.kind][language])}| ${target}`,
    );
  }
  for (const kind of KINDS_BY_RANK) {
    const style = KIND_STYLES[kind];
    lines.push(
      `  classDef ${kind} fill:${style.fill},stroke:${style.stroke},color:${style.text}${style.dashed ? ',stroke-dasharray:5 3' : ''}`,
    );
    const ids = document.nodes.filter((node) => node.kind === kind).map((node) => mermaidId.get(node.id));
    if (ids.length > 0) lines.push(`  class ${ids.join(',')} ${kind}`);
  }
  lines.push(`  %% ${NODE_KINDS.labels.goal[language]}: ${document.nodes.filter((n) => n.kind === 'goal').length}`);
  return lines.join('\n') + '\n';
}
