import { createDocument } from '../model/factory.js';
import { edgeKindFor } from '../model/connections.js';
import {
  ActorSchema,
  EdgeSchema,
  GroupSchema,
  NodeSchema,
  SourceSchema,
  TargetGroupSchema,
  type Group,
  type Document,
  type DocumentInput,
  type Edge,
  type ToCNode,
} from '../model/schema.js';
import type { NodeKind } from '../model/vocabulary.js';

type Fields = Record<string, unknown>;

/**
 * Writes template content as a readable list: nodes with readable ids,
 * edges whose kind follows from the connection rules. Throws on a forbidden
 * connection so a template cannot ship broken.
 */
export class TemplateBuilder {
  readonly nodes: ToCNode[] = [];
  readonly edges: Edge[] = [];
  readonly groups: Group[] = [];
  readonly #byId = new Map<string, ToCNode>();
  readonly #document: Partial<DocumentInput>;

  constructor(document: Partial<DocumentInput>) {
    this.#document = document;
  }

  node(kind: NodeKind, id: string, title: string, fields: Fields = {}): string {
    const node = NodeSchema.parse({ ...fields, id, kind, title });
    this.nodes.push(node);
    this.#byId.set(id, node);
    return id;
  }

  goal(id: string, title: string, fields: Fields = {}) {
    return this.node('goal', id, title, fields);
  }
  outcome(id: string, title: string, fields: Fields = {}) {
    return this.node('outcome', id, title, fields);
  }
  mechanism(id: string, title: string, fields: Fields = {}) {
    return this.node('mechanism', id, title, fields);
  }
  intervention(id: string, title: string, fields: Fields = {}) {
    return this.node('intervention', id, title, fields);
  }
  indicator(id: string, title: string, fields: Fields = {}) {
    return this.node('indicator', id, title, fields);
  }
  assumption(id: string, title: string, fields: Fields = {}) {
    return this.node('assumption', id, title, fields);
  }

  /** A strategy, speerpunt, bouwsteen or theme. */
  group(id: string, title: string, fields: Fields = {}): string {
    this.groups.push(GroupSchema.parse({ ...fields, id, title }));
    return id;
  }

  /** Puts nodes in a group; throws for an unknown group or node, or a kind the schema gives no group. */
  inGroup(group: string, ...ids: string[]): this {
    if (!this.groups.some((g) => g.id === group)) throw new Error(`Template group ${group}: unknown`);
    for (const id of ids) {
      const node = this.#byId.get(id);
      if (!node) throw new Error(`Template group ${group}: unknown node ${id}`);
      const grouped = NodeSchema.parse({ ...node, group });
      this.nodes[this.nodes.indexOf(node)] = grouped;
      this.#byId.set(id, grouped);
    }
    return this;
  }

  /** Connects a chain of nodes: `link('a', 'b', 'c')` makes a → b → c. */
  link(...ids: string[]): this {
    for (let i = 0; i + 1 < ids.length; i++) this.edge(ids[i]!, ids[i + 1]!);
    return this;
  }

  edge(source: string, target: string, fields: Fields = {}): this {
    const s = this.#byId.get(source);
    const t = this.#byId.get(target);
    if (!s || !t) throw new Error(`Template edge ${source} → ${target}: unknown node`);
    const kind = edgeKindFor(s.kind, t.kind);
    if (!kind) throw new Error(`Template edge ${source} → ${target}: ${s.kind} → ${t.kind} is not allowed`);
    this.edges.push(EdgeSchema.parse({ ...fields, id: `${source}--${target}`, kind, source, target }));
    return this;
  }

  build(extra: { actors?: Fields[]; targetGroups?: Fields[]; sources?: Fields[] } = {}): Document {
    return createDocument({
      ...this.#document,
      nodes: this.nodes,
      edges: this.edges,
      groups: this.groups,
      sources: (extra.sources ?? []).map((source) => SourceSchema.parse(source)),
      actors: (extra.actors ?? []).map((actor) => ActorSchema.parse(actor)),
      targetGroups: (extra.targetGroups ?? []).map((group) => TargetGroupSchema.parse(group)),
    });
  }
}
