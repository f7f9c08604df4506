import { useCallback, useEffect, useState } from 'react';
import { applyOperation, type Document, type Operation } from '@veranderlogica/core';

/** What a test reads back: the plan as the component last showed it. */
export interface PlanProbe {
  current: Document | undefined;
}

/**
 * A plan that the core's operations really change, for a component under test: the plan to render, and `apply`
 * for its callbacks. Each operation is applied as the editor would; `probe.current` follows the plan, and `onApply`
 * sees each operation that went out.
 *
 * @example
 * const probe: PlanProbe = { current: undefined };
 * function Lot() {
 *   const { document, apply } = usePlan(start, { probe });
 *   return <ParkingLot document={document} onRemove={(id) => apply({ type: 'removeParkingLotItem', id })} … />;
 * }
 */
export function usePlan(
  start: () => Document,
  options: { readonly probe?: PlanProbe; readonly onApply?: (operation: Operation) => void } = {},
): { readonly document: Document; readonly apply: (operations: Operation | readonly Operation[]) => void } {
  const [document, setDocument] = useState(start);
  const { probe, onApply } = options;
  useEffect(() => {
    if (probe) probe.current = document;
  }, [document, probe]);
  const apply = useCallback(
    (operations: Operation | readonly Operation[]) => {
      const list: readonly Operation[] = Array.isArray(operations) ? operations : [operations as Operation];
      for (const operation of list) onApply?.(operation);
      setDocument((current) => list.reduce((plan, operation) => applyOperation(plan, operation).document, current));
    },
    [onApply],
  );
  return { document, apply };
}
