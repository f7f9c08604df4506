import { UnreadableFileError, type Table } from '@veranderlogica/core/measurements';
import { inEveryLanguage, type Localized } from '@veranderlogica/core';

/** What the page asks the reading worker. */
export interface ReadRequest {
  file: File;
  csv: boolean;
}
/** What the reading worker answers: the table, or why the file cannot be read. */
export type ReadAnswer = { table: Table } | { error: Localized };

/** A read under way: its outcome, and a way to stop it (the worker is terminated, not merely ignored). */
export interface Reading {
  done: Promise<Table>;
  cancel: () => void;
}

/** Whether a file is read as CSV (by its name or type) rather than as a workbook. */
export function isCsv(file: File): boolean {
  return /\.(csv|tsv|txt)$/i.test(file.name) || file.type === 'text/csv';
}

/** Thrown into `done` when the user stopped the reading. */
export class ReadingCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ReadingCancelled';
  }
}

/**
 * Reads a workbook or CSV of measurements in a Web Worker, so that the editor stays responsive on a large or
 * hostile file, and the user can stop it.
 *
 * @example
 * const reading = readMeasurementsInWorker(file);
 * stopButton.onclick = reading.cancel;
 * const table = await reading.done;
 */
export function readMeasurementsInWorker(file: File): Reading {
  const worker = new Worker(new URL('./read-measurements.worker.ts', import.meta.url), { type: 'module' });
  let settle: { resolve: (table: Table) => void; reject: (reason: Error) => void } | undefined;
  const done = new Promise<Table>((resolve, reject) => (settle = { resolve, reject }));
  const finish = () => {
    worker.terminate();
    settle = undefined;
  };
  worker.onmessage = (event: MessageEvent<ReadAnswer>) => {
    const answer = event.data;
    const { resolve, reject } = settle ?? {};
    finish();
    if ('table' in answer) resolve?.(answer.table);
    else reject?.(new UnreadableFileError(answer.error));
  };
  worker.onerror = (event) => {
    const { reject } = settle ?? {};
    finish();
    event.preventDefault();
    const message = event.message || 'the reader stopped';
    reject?.(new UnreadableFileError(inEveryLanguage(() => message)));
  };
  worker.postMessage({ file, csv: isCsv(file) } satisfies ReadRequest);
  return {
    done,
    cancel: () => {
      const { reject } = settle ?? {};
      finish();
      reject?.(new ReadingCancelled());
    },
  };
}
