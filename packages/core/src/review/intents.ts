import { applyOperation } from '../edit/apply.js';
import { defineMessage } from '../i18n/format.js';
import type { Operation } from '../edit/operation.js';
import { OperationError } from '../edit/operation-error.js';
import { makeVersion } from '../edit/versions.js';
import { canConnect } from '../edit/can-connect.js';
import type { Localized } from '../i18n/localized.js';
import { createEdge, createNode, usedIds } from '../model/factory.js';
import type { NodeKind } from '../model/vocabulary.js';
import { newId } from '../model/ids.js';
import type { Author, Comment, Proposal, ReviewRound, Suggestion } from '../model/review.js';
import type { Adoption, Document, Edge } from '../model/schema.js';
import { TEXTS as ALL } from './locales/index.js';

const TEXTS = ALL.intents;
const NOT_FOUND = defineMessage<{ id: string }>(TEXTS.notFound);
const DECIDED = defineMessage<{ status: string }>(TEXTS.decided);

/** A fresh id for a record of the review, not used anywhere in the plan. */
const freshId = (document: Document, prefix: string) => {
  const taken = usedIds(document);
  return newId(prefix, (id) => taken.has(id));
};

/**
 * A new comment thread on a card, a connection, a group (`about`: its id) or the plan (`about` left out).
 *
 * @example
 * history.apply(commentOperation(document, { about: 'int-1', author: { name: 'Femke', partner: 'ggd' }, text: 'Wie voert dit uit?' }));
 */
export function commentOperation(
  document: Document,
  comment: { readonly about?: string; readonly author: Author; readonly text: string; readonly round?: string },
  now: Date = new Date(),
): Operation {
  const record: Comment = {
    id: freshId(document, 'comment'),
    ...(comment.about !== undefined && { about: comment.about }),
    ...(comment.round !== undefined && { round: comment.round }),
    author: comment.author,
    created: now.toISOString(),
    text: comment.text,
    status: 'open',
  };
  return { type: 'addComment', comment: record };
}

/**
 * A reply in a thread: it is about what the thread is about, in the thread's round.
 *
 * @example
 * history.apply(replyOperation(document, 'comment-1', { author: { name: 'Beleid' }, text: 'Het CJG, zie de toelichting.' }));
 */
export function replyOperation(
  document: Document,
  threadId: string,
  reply: { readonly author: Author; readonly text: string },
  now: Date = new Date(),
): Operation {
  const thread = document.comments.find((comment) => comment.id === threadId);
  const record: Comment = {
    id: freshId(document, 'comment'),
    ...(thread?.about !== undefined && { about: thread.about }),
    ...(thread?.round !== undefined && { round: thread.round }),
    replyTo: threadId,
    author: reply.author,
    created: now.toISOString(),
    text: reply.text,
    status: 'open',
  };
  return { type: 'addComment', comment: record };
}

/**
 * A partner's proposed change, with the reason for it.
 *
 * @example
 * history.apply(suggestOperation(document, {
 *   author: { name: 'Femke', partner: 'ggd' },
 *   proposal: { type: 'retitle', id: 'int-1', title: 'Voorlichting op alle scholen' },
 *   reason: 'Ook het mbo doet mee.',
 * }));
 */
export function suggestOperation(
  document: Document,
  suggestion: { readonly author: Author; readonly proposal: Proposal; readonly reason?: string; readonly round?: string },
  now: Date = new Date(),
): Operation {
  const record: Suggestion = {
    id: freshId(document, 'suggestion'),
    ...(suggestion.round !== undefined && { round: suggestion.round }),
    author: suggestion.author,
    created: now.toISOString(),
    proposal: suggestion.proposal,
    reason: suggestion.reason ?? '',
    status: 'open',
  };
  return { type: 'addSuggestion', suggestion: record };
}

/**
 * The operations a proposal stands for: what accepting it does to the plan.
 *
 * @example
 * proposalOperations({ type: 'retitle', id: 'int-1', title: 'Nieuw' });
 * // → [{ type: 'updateNode', id: 'int-1', changes: { title: 'Nieuw' } }]
 */
export function proposalOperations(proposal: Proposal): Operation[] {
  switch (proposal.type) {
    case 'retitle':
      return [{ type: 'updateNode', id: proposal.id, changes: { title: proposal.title } }];
    case 'setTargets':
      return [{ type: 'updateNode', id: proposal.id, changes: { targets: proposal.targets } }];
    case 'addNode':
      return [{ type: 'addNode', node: proposal.node }, ...proposal.edges.map((edge): Operation => ({ type: 'connect', edge }))];
    case 'connect':
      return [{ type: 'connect', edge: proposal.edge }];
  }
}

function openSuggestion(document: Document, id: string): Suggestion {
  const suggestion = document.suggestions.find((candidate) => candidate.id === id);
  if (!suggestion) throw OperationError.of('not-found', NOT_FOUND, { id });
  if (suggestion.status !== 'open') throw OperationError.of('invalid-value', DECIDED, { status: suggestion.status });
  return suggestion;
}

/**
 * Taking a suggestion into the plan: its change and the decision, as one batch (one undo step). Refused, with
 * what is in the way, when the change no longer applies (the card it names was removed since).
 *
 * @example
 * history.apply(acceptSuggestion(document, 'suggestion-1', { reason: 'Goed punt.' }));
 */
export function acceptSuggestion(
  document: Document,
  id: string,
  options: { readonly reason?: string; readonly now?: Date } = {},
): Operation {
  const suggestion = openSuggestion(document, id);
  const decide: Operation = {
    type: 'updateSuggestion',
    id,
    changes: { status: 'accepted', decision: { at: (options.now ?? new Date()).toISOString(), reason: options.reason ?? '' } },
  };
  const batch: Operation = { type: 'batch', label: TEXTS.accept, operations: [...proposalOperations(suggestion.proposal), decide] };
  // Tried here, so a change that no longer fits is refused before it reaches the history, with the reason.
  applyOperation(document, batch);
  return batch;
}

/**
 * Declining a suggestion, with the reason the reactienota gives the partner.
 *
 * @example
 * history.apply(declineSuggestion(document, 'suggestion-2', 'Valt buiten de opdracht van dit plan.'));
 */
export function declineSuggestion(document: Document, id: string, reason: string, now: Date = new Date()): Operation {
  openSuggestion(document, id);
  return { type: 'updateSuggestion', id, changes: { status: 'declined', decision: { at: now.toISOString(), reason: reason.trim() } } };
}

/**
 * Starting a review round: the partners asked, the deadline, and the plan's status set to "in review".
 *
 * @example
 * history.apply(startReviewRound(document, { title: 'Consultatie', deadline: '2026-03-29', partners: [{ actor: 'ggd' }] }));
 */
export function startReviewRound(
  document: Document,
  round: Pick<ReviewRound, 'title' | 'deadline'> & {
    readonly partners: readonly { readonly actor: string; readonly scope?: 'plan' | 'own' }[];
  },
  now: Date = new Date(),
): Operation {
  const review: ReviewRound = {
    id: freshId(document, 'round'),
    title: round.title,
    started: now.toISOString(),
    deadline: round.deadline,
    partners: round.partners.map((partner) => ({ actor: partner.actor, scope: partner.scope ?? 'plan' })),
    closed: false,
  };
  return {
    type: 'batch',
    label: TEXTS.startRound,
    operations: [
      { type: 'addReview', review },
      { type: 'updateDocument', changes: { status: 'review' } },
    ],
  };
}

/**
 * Adopting the plan: status "vastgesteld", the date and the body, open rounds closed, and a named version kept
 * of the plan as adopted, all in one step.
 *
 * @example
 * history.apply(adoptPlan(document, { date: '2026-06-25', body: 'council' }));
 */
export function adoptPlan(document: Document, adoption: Adoption, now: Date = new Date()): Operation {
  const adopted: Document = { ...document, status: 'adopted', adoption };
  const language = document.language;
  const name = `${TEXTS.versionName[language]} ${adoption.date}`;
  const version = makeVersion(adopted, { id: freshId(document, 'version'), name, created: now.toISOString() });
  return {
    type: 'batch',
    label: TEXTS.adopt,
    operations: [
      { type: 'updateDocument', changes: { status: 'adopted', adoption } },
      ...document.reviews
        .filter((round) => !round.closed)
        .map((round): Operation => ({ type: 'updateReview', id: round.id, changes: { closed: true } })),
      { type: 'addVersion', version },
    ],
  };
}

/**
 * How one partner of a round responded: what it sent, and whether it sent anything.
 *
 * @example
 * const waiting: PartnerResponse[] = reviewResponses(document, 'round-1').filter((partner) => !partner.responded);
 */
export interface PartnerResponse {
  readonly actor: string;
  readonly name: string;
  readonly scope: 'plan' | 'own';
  readonly comments: number;
  readonly suggestions: number;
  readonly responded: boolean;
}

/**
 * Who of a round's partners responded, and with how much: a comment (a reply included) or a suggestion
 * made in the round counts.
 *
 * @example
 * const waiting = reviewResponses(document, 'round-1').filter((partner) => !partner.responded);
 */
export function reviewResponses(document: Document, roundId: string): PartnerResponse[] {
  const round = document.reviews.find((candidate) => candidate.id === roundId);
  if (!round) return [];
  return round.partners.map(({ actor, scope }) => {
    const comments = document.comments.filter((c) => c.round === roundId && c.author.partner === actor).length;
    const suggestions = document.suggestions.filter((s) => s.round === roundId && s.author.partner === actor).length;
    const name = document.actors.find((candidate) => candidate.id === actor)?.name ?? actor;
    return { actor, name, scope, comments, suggestions, responded: comments + suggestions > 0 };
  });
}

/**
 * Whether a partner with an `own` scope may comment on or propose for this: the plan as a whole, one of the
 * interventions it carries or a connection from one, an indicator of one, or a new card that it carries or that
 * connects to one. A partner asked about the whole plan may respond to anything.
 *
 * @example
 * if (!inReviewScope(document, 'ggd', 'own', { about: 'int-1' })) throw new Error('not yours');
 */
export function inReviewScope(
  document: Document,
  partner: string,
  scope: 'plan' | 'own',
  subject: { readonly about?: string | undefined } | { readonly proposal: Proposal },
): boolean {
  if (scope === 'plan') return true;
  const carried = new Set(
    document.nodes.filter((node) => node.kind === 'intervention' && node.actors.includes(partner)).map((node) => node.id),
  );
  const ownEdge = (id: string) => document.edges.some((edge) => edge.id === id && carried.has(edge.source));
  if (!('proposal' in subject)) return subject.about === undefined || carried.has(subject.about) || ownEdge(subject.about);
  const proposal = subject.proposal;
  switch (proposal.type) {
    case 'retitle':
      return carried.has(proposal.id);
    case 'setTargets':
      return document.edges.some((edge) => edge.source === proposal.id && carried.has(edge.target));
    case 'connect':
      return carried.has(proposal.edge.source);
    case 'addNode':
      return proposal.node.kind === 'intervention'
        ? proposal.node.actors.includes(partner)
        : proposal.edges.some((edge) => carried.has(edge.source) || carried.has(edge.target));
    default:
      return false;
  }
}

/**
 * The plan as it would be with a suggestion taken in: what the compare view shows as its difference. Undefined
 * when the change no longer applies.
 *
 * @example
 * const after = suggestionPreview(document, document.suggestions[0]!);
 * if (after) console.log(formatPlanDiff(planDiff(document, after), 'nl'));
 */
export function suggestionPreview(document: Document, suggestion: Suggestion): Document | undefined {
  try {
    return applyOperation(document, { type: 'batch', operations: proposalOperations(suggestion.proposal) }).document;
  } catch {
    return undefined;
  }
}

/**
 * A suggested new card, connected to the card it is suggested beside (`near`) in whichever direction the model
 * allows (a new indicator measures it, a new outcome follows from it); without `near`, or where no connection is
 * allowed, the card comes alone.
 *
 * @example
 * const proposal = cardProposal(document, { kind: 'indicator', title: 'Meldingen bij Veilig Thuis', near: 'goal-1' });
 */
export function cardProposal(
  document: Document,
  card: { readonly kind: NodeKind; readonly title: string; readonly near?: string | undefined },
): Proposal {
  const taken = usedIds(document);
  const node = createNode(card.kind, { title: card.title }, (id) => taken.has(id));
  taken.add(node.id);
  const near = card.near === undefined ? undefined : document.nodes.find((candidate) => candidate.id === card.near);
  const edges: Edge[] = [];
  if (near) {
    for (const [source, target] of [
      [node, near],
      [near, node],
    ] as const) {
      try {
        edges.push(createEdge(source, target, {}, (id) => taken.has(id)));
        break;
      } catch {
        // Not this way round: try the other.
      }
    }
  }
  return { type: 'addNode', node, edges };
}

/**
 * A suggested connection between two cards, of the kind the model gives it; or why it is not allowed.
 *
 * @example
 * const proposal = connectionProposal(document, 'int-1', 'out-2');
 * if ('reason' in proposal) console.log(proposal.reason.nl);
 */
export function connectionProposal(document: Document, source: string, target: string): Proposal | { readonly reason: Localized } {
  const allowed = canConnect(document, source, target);
  if (!allowed.ok) return { reason: allowed.reason };
  const taken = usedIds(document);
  const edge = { id: newId('edge', (id) => taken.has(id)), kind: allowed.kind, source, target, rationale: '' };
  return { type: 'connect', edge };
}
