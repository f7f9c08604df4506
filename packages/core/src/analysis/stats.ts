import type { Document } from '../model/schema.js';
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../model/vocabulary.js';
import { validate } from '../validate/validate.js';
import { causalChains } from './chains.js';
import { coverageMatrix } from './coverage.js';
import { partnerNetwork } from './partners.js';

export interface DocumentStats {
  readonly nodes: Readonly<Record<NodeKind, number>>;
  readonly edges: Readonly<Record<EdgeKind, number>>;
  readonly totalNodes: number;
  readonly totalEdges: number;
  readonly partners: number;
  readonly targetGroups: number;
  readonly chains: number;
  readonly chainsTruncated: boolean;
  readonly findings: { readonly error: number; readonly warning: number; readonly info: number };
  readonly gaps: number;
  readonly overlaps: number;
  readonly isolatedPartners: number;
  /** Share of indicators with both a target and a source, 0–1 (1 when there are none). */
  readonly indicatorsComplete: number;
  readonly priorities: number;
}

/**
 * Summary figures for a dashboard or the CLI's `stats`.
 *
 * @example
 * const { totalNodes, findings } = documentStats(document);
 */
export function documentStats(document: Document): DocumentStats {
  const nodes = Object.fromEntries(NODE_KINDS.values.map((k) => [k, 0])) as Record<NodeKind, number>;
  const edges = Object.fromEntries(EDGE_KINDS.values.map((k) => [k, 0])) as Record<EdgeKind, number>;
  let indicators = 0;
  let complete = 0;
  let priorities = 0;
  for (const node of document.nodes) {
    nodes[node.kind]++;
    if (node.kind === 'indicator') {
      indicators++;
      if (node.targets.length > 0 && node.source.trim()) complete++;
    }
    if (node.kind === 'intervention' && node.priority) priorities++;
  }
  for (const edge of document.edges) edges[edge.kind]++;
  const findings = { error: 0, warning: 0, info: 0 };
  for (const finding of validate(document)) findings[finding.severity]++;
  const { chains, truncated } = causalChains(document);
  const coverage = coverageMatrix(document);
  return {
    nodes,
    edges,
    totalNodes: document.nodes.length,
    totalEdges: document.edges.length,
    partners: document.actors.length,
    targetGroups: document.targetGroups.length,
    chains: chains.length,
    chainsTruncated: truncated,
    findings,
    gaps: coverage.gaps,
    overlaps: coverage.overlaps,
    isolatedPartners: partnerNetwork(document).isolated.length,
    indicatorsComplete: indicators === 0 ? 1 : complete / indicators,
    priorities,
  };
}
