import { useCallback, useState } from 'react';
import type { NodeChange } from '@xyflow/react';

/**
 * Keeps the sizes React Flow measures for each card. A controlled flow must
 * hand them back with the nodes, or React Flow treats cards as unmeasured
 * (an empty minimap); the editor also passes them to the auto-layout.
 *
 * @example
 * const [sizes, onDimensions] = useMeasuredSizes();
 * <ReactFlow onNodesChange={(changes) => onDimensions(changes)} … />
 */
export function useMeasuredSizes(): [ReadonlyMap<string, { width: number; height: number }>, (changes: NodeChange[]) => void] {
  const [sizes, setSizes] = useState<ReadonlyMap<string, { width: number; height: number }>>(new Map());
  const onChanges = useCallback((changes: NodeChange[]) => {
    const measured = changes.filter((change) => change.type === 'dimensions' && change.dimensions);
    if (measured.length === 0) return;
    setSizes((previous) => {
      let next: Map<string, { width: number; height: number }> | undefined;
      for (const change of measured) {
        if (change.type !== 'dimensions' || !change.dimensions) continue;
        const { width, height } = change.dimensions;
        const before = previous.get(change.id);
        if (before && before.width === width && before.height === height) continue;
        next ??= new Map(previous);
        next.set(change.id, { width, height });
      }
      return next ?? previous;
    });
  }, []);
  return [sizes, onChanges];
}
