import { useEffect, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import {
  BUILDING_STEPS,
  captureSources,
  captureTargets,
  ideaOperations,
  participantsAsPartners,
  sortIdea,
  stepGuide,
  stepHighlight,
  stepTodos,
  topicOf,
} from '@veranderlogica/core/workshop';
import { documentAreas, newId, usedIds, type Document, type NodeKind, type WorkshopStep } from '@veranderlogica/core';
import {
  FactsPanel,
  IdeasLane,
  ParkingLot,
  ListField,
  QuickCapture,
  RoundTimer,
  VotingPanel,
  useTranslation,
  WorkshopStepper,
  type CaptureFields,
  type CaptureLink,
  localize,
} from '@veranderlogica/ui';
import { freePosition, provisionalPosition } from '@veranderlogica/layout';
import { Partners, TargetGroups } from './panels.js';
import type { EditorState, EditorStore } from './store.js';

export interface WorkshopPanelProps {
  readonly store: EditorStore;
  readonly state: EditorState;
  readonly onCapture: (kind: NodeKind, text: string, fields: CaptureFields, link: CaptureLink) => void;
  /** Puts the dot voting on the screen for the room. */
  readonly onShowVotes: () => void;
}

/**
 * The facilitator's column in workshop mode: the stepper with guidance, quick
 * capture for the step's kind, the tools the step needs (facts and target
 * groups, voting, partners), the round timer and the parking lot. Every
 * change goes through the store as a core operation.
 */
export function WorkshopPanel({ store, state, onCapture, onShowVotes }: WorkshopPanelProps) {
  const { t, lMaybe } = useTranslation();
  const { document } = state;
  const step: WorkshopStep = document.workshop?.step ?? 'problem';
  const guide = stepGuide(step, document);
  // The participating organisations that are not partners yet: one click makes them partners.
  const newPartners = step === 'problem' ? participantsAsPartners(document) : [];
  // Voters in the room: not part of the veranderlogica, so it stays out of the document, but this browser
  // remembers it per document (a reload in the middle of voting keeps the budget).
  const votersKey = `veranderlogica:voters:${document.id}`;
  const [voters, setVoters] = useState(() => {
    const stored = Number(localStorage.getItem(votersKey));
    return Number.isInteger(stored) && stored >= 1 && stored <= 500 ? stored : Math.max(document.workshop?.participants.length ?? 0, 8);
  });
  useEffect(() => {
    try {
      localStorage.setItem(votersKey, String(voters));
    } catch {
      // Without storage the count holds for this visit.
    }
  }, [voters, votersKey]);
  const fresh = (prefix: string) => {
    const taken = usedIds(store.getState().document);
    return newId(prefix, (id) => taken.has(id));
  };

  return (
    <div className="editor-workshop">
      {guide.captureKinds.map((kind) => (
        <QuickCapture
          key={kind}
          kind={kind}
          areas={documentAreas(document)}
          targets={captureTargets(document, kind).map((node) => ({ id: node.id, title: node.title }))}
          // Step 4 finds mechanisms for interventions that already exist: "komt van…" links them back.
          sources={kind === 'mechanism' ? captureSources(document, kind).map((node) => ({ id: node.id, title: node.title })) : undefined}
          example={lMaybe(topicOf(document).examples[kind])}
          groups={document.groups.map((group) => group.title)}
          partners={document.actors.map((actor) => actor.name)}
          onCapture={(text, fields, link) => onCapture(kind, text, fields, link)}
        />
      ))}
      <IdeasLane
        document={document}
        onAdd={(text) => {
          const operations = ideaOperations(store.getState().document, text);
          if (operations.length) store.apply(operations, { label: localize('undo.ideas') });
        }}
        onSort={(id, kind) => {
          // A key or the list: the card goes into free space in the row of its kind.
          const current = store.getState().document;
          const at = freePosition(current, provisionalPosition(current, kind), kind);
          store.apply(sortIdea(current, id, kind, at), { label: localize('undo.sortIdea') });
        }}
        onRemove={(id) => store.apply({ type: 'removeIdea', id })}
      />
      <WorkshopStepper
        document={document}
        step={step}
        onStep={(next) =>
          // Choosing a step is navigation, not content: Ctrl+Z undoes the room's last card, not the step change.
          store.apply({ type: 'updateWorkshop', changes: { step: next } }, { record: false })
        }
      />
      {step === 'problem' && (
        <>
          <section className="vl-panel">
            <ListField
              label={t('workshop.participants')}
              separator={'\n'}
              values={document.workshop?.participants ?? []}
              onChange={(participants) =>
                store.apply({ type: 'updateWorkshop', changes: { participants } }, { coalesce: 'workshop:participants' })
              }
            />
            {newPartners.length > 0 && (
              <button
                type="button"
                className="vl-button"
                onClick={() =>
                  store.apply(participantsAsPartners(store.getState().document), {
                    label: localize('undo.participantsAsPartners'),
                  })
                }
              >
                {t('workshop.participantsAsPartners', { count: newPartners.length })}
              </button>
            )}
          </section>
          <FactsPanel
            document={document}
            onProblem={(problem) =>
              store.apply({ type: 'updateDocument', changes: { context: { problem } } }, { coalesce: 'document:problem' })
            }
            onAdd={() => store.apply({ type: 'addFact', fact: { id: fresh('fact'), statement: '', source: '' } })}
            onChange={(id, changes) =>
              store.apply({ type: 'updateFact', id, changes }, { coalesce: `fact:${id}:${Object.keys(changes).join()}` })
            }
            onRemove={(id) => store.apply({ type: 'removeFact', id })}
          />
          <TargetGroups store={store} document={document} />
        </>
      )}
      {step === 'prioritise' && (
        <VotingPanel
          document={document}
          participants={voters}
          onShowBoard={onShowVotes}
          onVote={(id, delta) => store.apply({ type: 'vote', id, delta }, { coalesce: `votes:${id}` })}
          onSetVotes={(id, votes) => store.apply({ type: 'setVotes', id, votes }, { coalesce: `votes:${id}` })}
          onPriority={(id, priority) => store.apply({ type: 'updateNode', id, changes: { priority } })}
          onSettings={({ dotsPerParticipant, participants }) => {
            if (dotsPerParticipant !== undefined)
              store.apply({ type: 'updateWorkshop', changes: { dotsPerParticipant } }, { coalesce: 'workshop:dots' });
            if (participants !== undefined) setVoters(participants);
          }}
        />
      )}
      {step === 'partners-and-measures' && <Partners store={store} document={document} />}
      <RoundTimer persistKey="veranderlogica:timer" />
      <ParkingLot
        document={document}
        onAdd={(text) => store.apply({ type: 'addParkingLotItem', item: { id: fresh('vraag'), text, resolved: false } })}
        onChange={(id, changes) => store.apply({ type: 'updateParkingLotItem', id, changes })}
        onRemove={(id) => store.apply({ type: 'removeParkingLotItem', id })}
      />
    </div>
  );
}

const WORKSHOP_KEY = 'veranderlogica:workshop';

/**
 * Whether this browser shows the workshop column: a preference of the browser, remembered; the step itself is
 * stored in the plan.
 *
 * @example
 * const [workshop, setWorkshop] = useWorkshopPreference();
 */
export function useWorkshopPreference(): [boolean, Dispatch<SetStateAction<boolean>>] {
  const [workshop, setWorkshop] = useState(() => localStorage.getItem(WORKSHOP_KEY) === 'on');
  useEffect(() => localStorage.setItem(WORKSHOP_KEY, workshop ? 'on' : 'off'), [workshop]);
  return [workshop, setWorkshop];
}

/**
 * While the room builds the plan (steps 1–4): the step's layers to stand out, and per card what is left to do (the
 * full check waits one click away).
 *
 * @example
 * const { highlighted, building, todos } = useStepMarks(document, workshop);
 */
export function useStepMarks(document: Document, workshop: boolean) {
  const step = document.workshop?.step ?? 'problem';
  const highlighted = useMemo(() => (workshop ? stepHighlight(document, step) : undefined), [document, step, workshop]);
  const building = workshop && BUILDING_STEPS.includes(step);
  const todos = useMemo(() => (building ? stepTodos(document, step) : undefined), [building, document, step]);
  return { highlighted, building, todos };
}
