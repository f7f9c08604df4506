import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { getTemplate } from '@veranderlogica/core';
import { layoutDocument as layoutWith } from './layout.js';
import { layoutDocument } from './node.js';
import { createWorkerElk, type ElkWorker } from './worker.js';

// elkjs's worker build, run in-process: the same message protocol a browser Web Worker speaks.
const require = createRequire(import.meta.url);
const { Worker: FakeWorker } = require('elkjs/lib/elk-worker.js') as { Worker: new () => ElkWorker };

describe('createWorkerElk', () => {
  it('lays out through the worker protocol, with the same result as in-thread ELK', async () => {
    const document = getTemplate('voorbeeldregio')!.create();
    let created = 0;
    const elk = createWorkerElk(() => {
      created++;
      return new FakeWorker();
    });
    const viaWorker = await layoutWith(elk, document, { timeoutMs: 20_000 });
    expect(created).toBe(1);
    expect(viaWorker).toEqual(await layoutDocument(document));
  });
});
