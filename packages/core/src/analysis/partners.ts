import type { Actor, Document, InterventionNode } from '../model/schema.js';
import type { Area } from '../model/vocabulary.js';

/** What one partner carries in the veranderlogica. */
export interface PartnerSummary {
  readonly actor: Actor;
  readonly interventions: readonly string[];
  readonly areas: readonly Area[];
  readonly indicators: readonly string[];
  /** Partners it shares at least one intervention with. */
  readonly sharesWith: readonly string[];
}

/** A link between two partners who carry interventions together. */
export interface PartnerLink {
  readonly a: string;
  readonly b: string;
  readonly interventions: readonly string[];
}

export interface PartnerNetwork {
  readonly partners: readonly PartnerSummary[];
  readonly links: readonly PartnerLink[];
  /** Partner ids by number of partners they share interventions with, most connected first. */
  readonly centrality: readonly { readonly actor: string; readonly degree: number }[];
  /** Partners that share no intervention with anyone. */
  readonly isolated: readonly string[];
}

/**
 * Who carries what (the sociale kaart in the veranderlogica) and how partners
 * are linked through shared interventions (the netwerkfoto).
 *
 * @example
 * const { partners, isolated } = partnerNetwork(document);
 */
export function partnerNetwork(document: Document): PartnerNetwork {
  const carried = new Map<string, string[]>();
  const areas = new Map<string, Set<Area>>();
  const owned = new Map<string, string[]>();
  const linkMap = new Map<string, string[]>();
  for (const node of document.nodes) {
    if (node.kind === 'intervention') {
      const actors = [...new Set(node.actors)];
      for (const actor of actors) {
        carried.set(actor, [...(carried.get(actor) ?? []), node.id]);
        areas.set(actor, (areas.get(actor) ?? new Set()).add(node.area));
      }
      for (let x = 0; x < actors.length; x++) {
        for (let y = x + 1; y < actors.length; y++) {
          const key = [actors[x], actors[y]].sort().join('\u0000');
          linkMap.set(key, [...(linkMap.get(key) ?? []), node.id]);
        }
      }
    } else if (node.kind === 'indicator' && node.owner !== undefined) {
      owned.set(node.owner, [...(owned.get(node.owner) ?? []), node.id]);
    }
  }
  const known = new Set(document.actors.map((actor) => actor.id));
  const links: PartnerLink[] = [...linkMap]
    .map(([key, interventions]) => {
      const [a, b] = key.split('\u0000') as [string, string];
      return { a, b, interventions };
    })
    .filter((link) => known.has(link.a) && known.has(link.b));
  const neighbours = new Map<string, Set<string>>();
  for (const { a, b } of links) {
    neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
    neighbours.set(b, (neighbours.get(b) ?? new Set()).add(a));
  }
  const partners = document.actors.map((actor) => ({
    actor,
    interventions: carried.get(actor.id) ?? [],
    areas: [...(areas.get(actor.id) ?? [])],
    indicators: owned.get(actor.id) ?? [],
    sharesWith: [...(neighbours.get(actor.id) ?? [])],
  }));
  const centrality = document.actors
    .map((actor) => ({ actor: actor.id, degree: neighbours.get(actor.id)?.size ?? 0 }))
    .sort((x, y) => y.degree - x.degree);
  return { partners, links, centrality, isolated: centrality.filter((c) => c.degree === 0).map((c) => c.actor) };
}

/**
 * The interventions a partner carries, in document order: what the network picture selects when a partner is
 * clicked, and what "Voert 3 interventies uit" counts.
 *
 * @example
 * interventionsOf(document, 'ggd').map((node) => node.title);
 */
export function interventionsOf(document: Document, actor: string): InterventionNode[] {
  return document.nodes.filter((node): node is InterventionNode => node.kind === 'intervention' && node.actors.includes(actor));
}
