import { describe, expect, it } from 'vitest';
import { getTemplate } from '@veranderlogica/core';
import { syntheticDocument } from '@veranderlogica/core/testing';
import { layoutDocument } from './node.js';

describe('layout in Node runs ELK in a worker thread', () => {
  it('stops a layout past its budget for real: the rows take its place, nothing runs on, and the next layout works', async () => {
    const started = performance.now();
    // ELK needs far longer than the budget for 3,000 cards (about 8 s for 1,000 on this kind of machine).
    const result = await layoutDocument(syntheticDocument(3_000), { timeoutMs: 300 });
    const took = performance.now() - started;
    expect(result.fallback).toBe(true);
    expect(Object.keys(result.positions)).toHaveLength(3_000);
    // An ELK left running in this process would keep a core busy: after the fallback the process is quiet.
    const before = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const busy = process.cpuUsage(before);
    expect((busy.user + busy.system) / 1000).toBeLessThan(250);
    expect(took).toBeLessThan(15_000);
    // A new thread lays out the next plan.
    const next = await layoutDocument(getTemplate('voorbeeldregio')!.create());
    expect(next.fallback).toBeFalsy();
    expect(Object.keys(next.positions)).toHaveLength(51);
  });
});
