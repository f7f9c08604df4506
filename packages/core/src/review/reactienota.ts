import { formatDate, formatMessage } from '../i18n/format.js';
import type { Language } from '../i18n/localized.js';
import { formatIndicatorValue } from '../measurements/indicator-value.js';
import type { Comment, Proposal, Suggestion } from '../model/review.js';
import type { Document } from '../model/schema.js';
import { ADOPTING_BODIES, NODE_KINDS, PLAN_STATUSES } from '../model/vocabulary.js';
import { reviewResponses, type PartnerResponse } from './intents.js';
import { TEXTS as ALL } from './locales/index.js';

const T = ALL.nota;

/**
 * One comment thread or suggestion in the reactienota, in words.
 *
 * @example
 * const open: NotaItem[] = reactienota(document).sections.flatMap((section) => section.items.filter((item) => !item.decided));
 */
export interface NotaItem {
  readonly type: 'comment' | 'suggestion';
  readonly id: string;
  readonly created: string;
  readonly author: string;
  /** What it is about: "Interventie: Voorlichting op scholen", or the plan as a whole. */
  readonly about: string;
  /** The comment, or the proposed change with the partner's reason. */
  readonly text: string;
  /** The replies in the thread, or the reason for the decision. */
  readonly answer: string;
  /** What it meant for the plan: taken in, declined, resolved, open. */
  readonly outcome: string;
  readonly decided: boolean;
}

/**
 * The items of one partner (or of authors who spoke for none).
 *
 * @example
 * const ggd: NotaSection | undefined = reactienota(document).sections.find((section) => section.partner === 'GGD');
 */
export interface NotaSection {
  readonly partner: string;
  readonly items: readonly NotaItem[];
}

/**
 * The reactienota (nota van beantwoording): every comment and suggestion, grouped by partner, with the
 * answer, the decision and its reason. Exporters render it (`export --format reactienota`).
 *
 * @example
 * const nota: Reactienota = reactienota(document, { language: 'nl' });
 * console.log(nota.summary);
 */
export interface Reactienota {
  readonly language: Language;
  readonly title: string;
  readonly planTitle: string;
  readonly status: string;
  readonly adoption?: string;
  readonly date: string;
  /** Each round with its deadline in words ("reageren tot en met 29 maart 2026") and who responded. */
  readonly rounds: readonly { readonly title: string; readonly deadline: string; readonly partners: readonly PartnerResponse[] }[];
  readonly sections: readonly NotaSection[];
  readonly summary: string;
  readonly texts: { readonly [K in keyof typeof T]: string };
}

/**
 * The reactienota of a plan in a language, from its comments, suggestions and review rounds (`round`: one round
 * only).
 *
 * @example
 * const nota = reactienota(document, { language: 'nl' });
 * for (const section of nota.sections) console.log(section.partner, section.items.length);
 */
export function reactienota(
  document: Document,
  options: { readonly language?: Language; readonly round?: string; readonly date?: Date } = {},
): Reactienota {
  const l = options.language ?? document.language;
  const inRound = (record: { readonly round?: string | undefined }) => options.round === undefined || record.round === options.round;
  const texts = Object.fromEntries(Object.entries(T).map(([key, value]) => [key, value[l]])) as Reactienota['texts'];
  const about = subjectText(document, l);
  const partnerName = new Map(document.actors.map((actor) => [actor.id, actor.name]));
  const threads = document.comments.filter((comment) => comment.replyTo === undefined && inRound(comment));
  const replies = new Map<string, Comment[]>();
  for (const comment of document.comments)
    if (comment.replyTo !== undefined) replies.set(comment.replyTo, [...(replies.get(comment.replyTo) ?? []), comment]);
  const suggestions = document.suggestions.filter(inRound);

  const items: { readonly partner: string | undefined; readonly item: NotaItem }[] = [
    ...threads.map((thread) => ({
      partner: thread.author.partner,
      item: {
        type: 'comment' as const,
        id: thread.id,
        created: thread.created,
        author: thread.author.name,
        about: about(thread.about),
        text: thread.text,
        answer: (replies.get(thread.id) ?? []).map((reply) => `${reply.author.name}: ${reply.text}`).join('\n') || T.noAnswer[l],
        outcome: thread.status === 'resolved' ? T.commentResolved[l] : T.commentOpen[l],
        decided: thread.status === 'resolved',
      },
    })),
    ...suggestions.map((suggestion) => ({ partner: suggestion.author.partner, item: suggestionItem(document, suggestion, l, about) })),
  ];
  // Partners in the order of the plan's list, those who spoke for none last; each partner's items oldest first.
  const order = [...document.actors.map((actor) => actor.id), undefined];
  const sections = order
    .map((partner) => ({
      partner: partner === undefined ? T.otherAuthors[l] : (partnerName.get(partner) ?? partner),
      items: items
        .filter((entry) =>
          partner === undefined ? entry.partner === undefined || !partnerName.has(entry.partner) : entry.partner === partner,
        )
        .map((entry) => entry.item)
        .sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0)),
    }))
    .filter((section) => section.items.length > 0);
  const rounds = document.reviews
    .filter((round) => options.round === undefined || round.id === options.round)
    .map((round) => ({
      title: round.title,
      deadline: formatMessage(T.deadline[l], { date: formatDate(round.deadline, l) }, l),
      partners: reviewResponses(document, round.id),
    }));
  const count = (status: Suggestion['status']) => suggestions.filter((suggestion) => suggestion.status === status).length;
  return {
    language: l,
    title: T.title[l],
    planTitle: document.title,
    status: PLAN_STATUSES.labels[document.status][l],
    ...(document.adoption && {
      adoption: formatMessage(
        T.adopted[l],
        { date: formatDate(document.adoption.date, l), body: ADOPTING_BODIES.labels[document.adoption.body][l] },
        l,
      ),
    }),
    date: formatDate((options.date ?? new Date()).toISOString().slice(0, 10), l),
    rounds,
    sections,
    summary: formatMessage(
      T.counts[l],
      {
        comments: threads.length,
        suggestions: suggestions.length,
        accepted: count('accepted'),
        declined: count('declined'),
        open: count('open'),
      },
      l,
    ),
    texts,
  };
}

/**
 * Names what a comment is about, in words: a card by its kind and title, a connection by its ends, a group, the
 * plan as a whole, or a part since removed.
 *
 * @example
 * const about = subjectText(document, 'nl');
 * about('int-1'); // 'Interventie: Voorlichting op scholen'
 * about(undefined); // 'Het plan als geheel'
 */
export function subjectText(document: Document, l: Language): (id: string | undefined) => string {
  const nodes = new Map(document.nodes.map((node) => [node.id, node]));
  const edges = new Map(document.edges.map((edge) => [edge.id, edge]));
  const groups = new Map(document.groups.map((group) => [group.id, group]));
  return (id) => {
    if (id === undefined) return T.thePlan[l];
    const node = nodes.get(id);
    if (node) return `${NODE_KINDS.labels[node.kind][l]}: ${node.title}`;
    const edge = edges.get(id);
    if (edge)
      return `${T.connection[l]}: ${nodes.get(edge.source)?.title ?? edge.source} → ${nodes.get(edge.target)?.title ?? edge.target}`;
    const group = groups.get(id);
    if (group) return `${T.group[l]}: ${group.title}`;
    return formatMessage(T.removed[l], { id }, l);
  };
}

/**
 * A proposed change in words, as the reactienota and the review panel say it.
 *
 * @example
 * proposalText(document, { type: 'retitle', id: 'int-1', title: 'Voorlichting op alle scholen' }, 'nl');
 * // 'Nieuwe titel: "Voorlichting op alle scholen"'
 */
export function proposalText(document: Document, proposal: Proposal, l: Language): string {
  const title = (id: string) => document.nodes.find((node) => node.id === id)?.title ?? id;
  switch (proposal.type) {
    case 'retitle':
      return formatMessage(T.retitle[l], { title: proposal.title }, l);
    case 'addNode':
      return formatMessage(T.addNode[l], { kind: NODE_KINDS.labels[proposal.node.kind][l].toLowerCase(), title: proposal.node.title }, l);
    case 'connect':
      return formatMessage(T.connect[l], { source: title(proposal.edge.source), target: title(proposal.edge.target) }, l);
    case 'setTargets': {
      const indicator = document.nodes.find((node) => node.id === proposal.id);
      const of = indicator?.kind === 'indicator' ? indicator : { valueType: 'number' as const, unit: '' };
      const targets = proposal.targets.map((target) => `${formatIndicatorValue(of, target.value, l)} (${formatDate(target.date, l)})`);
      return formatMessage(T.setTargets[l], { targets: targets.join('; ') }, l);
    }
  }
}

function suggestionItem(document: Document, suggestion: Suggestion, l: Language, about: (id: string | undefined) => string): NotaItem {
  const proposal = suggestion.proposal;
  const subject =
    proposal.type === 'retitle' || proposal.type === 'setTargets'
      ? about(proposal.id)
      : proposal.type === 'connect'
        ? about(proposal.edge.source)
        : proposal.edges.length > 0
          ? about(proposal.edges[0]!.source === proposal.node.id ? proposal.edges[0]!.target : proposal.edges[0]!.source)
          : T.thePlan[l];
  const reason = suggestion.reason.trim() ? `\n${T.reasonOfPartner[l]}: ${suggestion.reason.trim()}` : '';
  return {
    type: 'suggestion',
    id: suggestion.id,
    created: suggestion.created,
    author: suggestion.author.name,
    about: subject,
    text: `${T.suggestion[l]}: ${proposalText(document, proposal, l)}${reason}`,
    answer: suggestion.decision?.reason.trim() || T.noAnswer[l],
    outcome:
      suggestion.status === 'accepted'
        ? T.suggestionAccepted[l]
        : suggestion.status === 'declined'
          ? T.suggestionDeclined[l]
          : T.suggestionOpen[l],
    decided: suggestion.status !== 'open',
  };
}
