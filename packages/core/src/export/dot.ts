import type { Language } from '../i18n/localized.js';
import { CHAIN_ORDER } from '../model/kinds.js';
import { KIND_STYLES } from '../model/style.js';
import type { Document } from '../model/schema.js';
import { EDGE_KINDS, NODE_KINDS } from '../model/vocabulary.js';
import { dotString } from './escape.js';

/**
 * Breaks a title into lines of about `width` characters for node labels.
 *
 * @example
 * wrap('Minder seksueel geweld in de regio', 14); // ['Minder', 'seksueel', 'geweld in de', 'regio']
 */
export function wrap(text: string, width = 28): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface DotOptions {
  readonly language?: Language;
  readonly direction?: 'BT' | 'LR';
}

/**
 * A Graphviz DOT digraph: nodes in the kinds' colours, a rank per layer,
 * dashed edges for "measures" and "underlies". Render with `dot -Tsvg`.
 *
 * @example
 * const text = toDot(document);
 */
export function toDot(document: Document, options: DotOptions = {}): string {
  const language = options.language ?? document.language;
  const direction = options.direction ?? document.layout?.direction ?? 'BT';
  const nodeIds = new Set(document.nodes.map((node) => node.id));
  const lines = [
    `digraph ${dotString(document.title || 'veranderlogica')} {`,
    `  rankdir=${direction};`,
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=12];',
    '  edge [color="#4b5563"];',
  ];
  for (const node of document.nodes) {
    const style = KIND_STYLES[node.kind];
    const text = `${NODE_KINDS.labels[node.kind][language]}\n${wrap(node.title || '…').join('\n')}`;
    const dashed = style.dashed ? ', style="rounded,filled,dashed"' : '';
    lines.push(
      `  ${dotString(node.id)} [label=${dotString(text)}, fillcolor="${style.fill}", color="${style.stroke}", fontcolor="${style.text}"${dashed}];`,
    );
  }
  for (const kind of CHAIN_ORDER) {
    const ids = document.nodes.filter((node) => node.kind === kind).map((node) => dotString(node.id));
    if (ids.length > 1) lines.push(`  { rank=same; ${ids.join('; ')}; }`);
  }
  for (const edge of document.edges) {
    if (!nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    const attributes =
      edge.kind === 'leads-to' ? '' : ` [style=dashed, label=${dotString(EDGE_KINDS.labels[edge.kind][language])}, fontsize=10]`;
    lines.push(`  ${dotString(edge.source)} -> ${dotString(edge.target)}${attributes};`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}
