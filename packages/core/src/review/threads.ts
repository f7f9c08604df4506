import type { Comment } from '../model/review.js';
import type { Document } from '../model/schema.js';

/**
 * A comment thread: its first comment and the replies to it, oldest first.
 *
 * @example
 * const unanswered = commentThreads(document).filter((thread: CommentThread) => thread.replies.length === 0);
 */
export interface CommentThread {
  readonly comment: Comment;
  readonly replies: readonly Comment[];
}

/**
 * The plan's comment threads, newest first, filtered by status, by the partner that started them, or by what
 * they are about.
 *
 * @example
 * const open = commentThreads(document, { status: 'open' });
 * const onCard = commentThreads(document, { about: 'int-1' });
 */
export function commentThreads(
  document: Pick<Document, 'comments'>,
  filter: { readonly status?: Comment['status']; readonly partner?: string; readonly about?: string } = {},
): CommentThread[] {
  const replies = new Map<string, Comment[]>();
  for (const comment of document.comments)
    if (comment.replyTo !== undefined) replies.set(comment.replyTo, [...(replies.get(comment.replyTo) ?? []), comment]);
  return document.comments
    .filter(
      (comment) =>
        comment.replyTo === undefined &&
        (filter.status === undefined || comment.status === filter.status) &&
        (filter.partner === undefined || comment.author.partner === filter.partner) &&
        (filter.about === undefined || comment.about === filter.about),
    )
    .map((comment) => ({ comment, replies: replies.get(comment.id) ?? [] }))
    .reverse();
}

/**
 * How many open threads each card, connection or group has: what the canvas marks.
 *
 * @example
 * const marks = openCommentCounts(document); // Map { 'int-1' => 2 }
 */
export function openCommentCounts(document: Pick<Document, 'comments'>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const comment of document.comments)
    if (comment.replyTo === undefined && comment.status === 'open' && comment.about !== undefined)
      counts.set(comment.about, (counts.get(comment.about) ?? 0) + 1);
  return counts;
}
