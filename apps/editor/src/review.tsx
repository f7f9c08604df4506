import { formatMessage, inEveryLanguage, type Localized, OperationError } from '@veranderlogica/core';
import {
  acceptSuggestion,
  adoptPlan,
  commentOperation,
  declineSuggestion,
  replyOperation,
  startReviewRound,
  suggestionPreview,
  type Author,
} from '@veranderlogica/core/review';
import { localize, ReviewPanel, ReviewRounds, useTranslation, type ReviewLink } from '@veranderlogica/ui';
import type { Comparison } from './living.js';
import { roomAddress } from './room/address.js';
import type { RoomConnection } from './room/connection.js';
import type { EditorState, EditorStore } from './store.js';

/** The plan's owner, as a reply or a comment from this editor names them: the plan's first author, or "owner". */
function owner(state: EditorState): Author {
  return { name: state.document.meta.authors[0] ?? localize('review.owner')[state.language] };
}

/**
 * The "Reacties" dock beside the diagram: the partners' comments and suggestions (answer, resolve, accept, decline,
 * show a suggestion's difference on the diagram), and the plan's review rounds and adoption. Every change is a core
 * operation through the store; review links come from the room server, in a live room only.
 */
export function ReviewDock({
  store,
  state,
  room,
  comparison,
  setComparison,
  showInDiagram,
}: {
  readonly store: EditorStore;
  readonly state: EditorState;
  readonly room: RoomConnection | undefined;
  /** The comparison the diagram shows: a suggestion's, while one is shown. */
  readonly comparison: Comparison | undefined;
  readonly setComparison: (comparison: Comparison | undefined) => void;
  readonly showInDiagram: (ids: readonly string[]) => void;
}) {
  const { t } = useTranslation();
  const { document, selected } = state;
  const about = selected.size === 1 ? [...selected][0] : undefined;
  const refused = (error: unknown) => {
    if (!(error instanceof OperationError)) throw error;
    const message = localize('review.refused');
    store.notify(
      inEveryLanguage((language) => formatMessage(message[language], { reason: error.localized[language] }, language)),
      'error',
    );
  };
  const links = async (round: string): Promise<readonly ReviewLink[]> => {
    if (!room) throw new Error(t('rounds.noRoom'));
    const response = await room.post('reviews', { round });
    const body = (await response.json()) as {
      links?: { partner: string; name: string; token: string; expires: number }[];
      error?: Localized;
    };
    if (!response.ok || !body.links) throw new Error(body.error?.[state.language] ?? String(response.status));
    return body.links.map((link) => ({ ...link, url: new URL(roomAddress(room.room, link.token), location.href).href }));
  };
  return (
    <div className="editor-review">
      <ReviewRounds
        document={document}
        today={new Date().toISOString().slice(0, 10)}
        onStart={(round) => store.apply(startReviewRound(store.getState().document, round))}
        onClose={(round) => store.apply({ type: 'updateReview', id: round, changes: { closed: true } })}
        onAdopt={(adoption) => store.apply(adoptPlan(store.getState().document, adoption))}
        onLinks={room ? links : undefined}
      />
      <ReviewPanel
        document={document}
        selected={about}
        previewing={comparison?.suggestion}
        onSelect={(id) => showInDiagram([id])}
        onComment={(text, subject) =>
          store.apply(commentOperation(store.getState().document, { author: owner(state), text, ...(subject && { about: subject }) }))
        }
        onReply={(thread, text) => store.apply(replyOperation(store.getState().document, thread, { author: owner(state), text }))}
        onResolve={(thread, resolved) =>
          store.apply({ type: 'updateComment', id: thread, changes: { status: resolved ? 'resolved' : 'open' } })
        }
        onAccept={(id) => {
          try {
            store.apply(acceptSuggestion(store.getState().document, id));
            if (comparison?.suggestion === id) setComparison(undefined);
          } catch (error) {
            refused(error);
          }
        }}
        onDecline={(id, reason) => {
          store.apply(declineSuggestion(store.getState().document, id, reason));
          if (comparison?.suggestion === id) setComparison(undefined);
        }}
        onPreview={(id) => {
          const current = store.getState().document;
          const suggestion = current.suggestions.find((candidate) => candidate.id === id);
          const after = suggestion && suggestionPreview(current, suggestion);
          if (!suggestion || !after) return setComparison(undefined);
          setComparison({
            name: t('review.previewName', { name: suggestion.author.name }),
            before: current,
            after,
            suggestion: suggestion.id,
          });
        }}
      />
    </div>
  );
}
