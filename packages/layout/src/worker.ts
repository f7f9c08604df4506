import ElkApi from 'elkjs/lib/elk-api.js';
import type { ElkLike } from './layout.js';

/** The parts of a Web Worker elkjs uses; typed here so this package needs no DOM types. */
export interface ElkWorker {
  postMessage(message: unknown): void;
  terminate(): void;
}

/**
 * An ELK that runs in a Web Worker, so the page never blocks. `createWorker`
 * makes the worker from elkjs's worker build; with Vite:
 *
 * @example
 * import ElkWorker from 'elkjs/lib/elk-worker.min.js?worker';
 * const elk = createWorkerElk(() => new ElkWorker());
 * const result = await layoutDocument(elk, document, { timeoutMs: 10_000 });
 */
export function createWorkerElk(createWorker: () => ElkWorker): ElkLike {
  // elkjs is CommonJS and sets `ELK.default = ELK`: `.default` is the constructor under every interop.
  const start = () => new ElkApi.default({ workerFactory: () => createWorker() as never });
  let api: ReturnType<typeof start> | undefined;
  return {
    layout: (graph) => (api ??= start()).layout(graph),
    // A layout past its time: the worker is terminated, and the next layout starts a new one (not before: a worker
    // starting costs a core for a second).
    stop() {
      api?.terminateWorker();
      api = undefined;
    },
  };
}
