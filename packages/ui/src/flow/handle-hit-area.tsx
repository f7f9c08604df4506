import { useEffect } from 'react';
import { useStore } from '@xyflow/react';

/** The least a handle's hit area measures on the screen (px), at any zoom. */
export const HANDLE_HIT_PX = 24;

/**
 * Keeps every card handle's hit area at least {@link HANDLE_HIT_PX} on the screen, whatever the zoom: at the zoom
 * that shows a whole plan a 12 px handle is 5 px on the screen, too small to catch. (The simple cards of a plan of
 * over 300 cards zoomed out keep theirs within 68 diagram units, so presses between them move the view.) Writes the zoom to one CSS
 * variable on the flow's element (the cards do not re-render on zoom); the stylesheet sizes `.vl-handle::before`
 * from it. Render it once inside `<ReactFlow>`.
 *
 * @example
 * <ReactFlow …><HandleHitArea /></ReactFlow>
 */
export function HandleHitArea(): null {
  const zoom = useStore((state) => state.transform[2]);
  const element = useStore((state) => state.domNode);
  useEffect(() => {
    element?.style.setProperty('--vl-zoom', String(zoom));
  }, [element, zoom]);
  return null;
}
