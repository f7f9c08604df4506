/**
 * @veranderlogica/core/editing — what an editor on top of the core needs beyond `applyOperation`: the
 * operations behind a drag, a delete, a pin and an inspector change; copy and paste of a fragment; changes to
 * every card in a selection; whether a connection may be drawn; and separating duplicate ids in a damaged file.
 *
 * @module @veranderlogica/core/editing
 */
export { deleteOperations, moveOperation, nodeChangeOperations, pinOperation } from './intents.js';
export { copyFragment, MAX_FRAGMENT_CARDS, pasteOperations, readFragmentChecked } from './fragment.js';
export type { Fragment } from './fragment.js';
export { assignToSelection, connectSelectionTo, selectionValues, setOnSelection } from './selection.js';
export type { SelectionField } from './selection.js';
export { canConnect } from './can-connect.js';
export { separateDuplicateIds } from './duplicate-ids.js';
export { setStrictOperations } from './apply.js';
