import fc from 'fast-check';
import { Immer, enablePatches, type Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import { applyPatchList } from './patches.js';

enablePatches();
const immer = new Immer({ autoFreeze: true });

describe('applyPatchList', () => {
  it('adds, replaces and removes in arrays and objects without touching the input', () => {
    const input = { list: [1, 2, 3], record: { a: 1, b: 2 }, keep: { x: 1 } };
    const patches: Patch[] = [
      { op: 'remove', path: ['list', 0] },
      { op: 'add', path: ['list', 1], value: 9 },
      { op: 'replace', path: ['record', 'a'], value: 5 },
      { op: 'remove', path: ['record', 'b'] },
      { op: 'add', path: ['record', 'c'], value: 3 },
    ];
    const frozen = immer.produce(input, () => {});
    const output = applyPatchList(frozen, patches);
    expect(output).toEqual({ list: [2, 9, 3], record: { a: 5, c: 3 }, keep: { x: 1 } });
    expect(frozen).toEqual({ list: [1, 2, 3], record: { a: 1, b: 2 }, keep: { x: 1 } });
    expect(output.keep).toBe(frozen.keep);
  });

  it('agrees with immer for patches that immer produced, forwards and back', () => {
    const value = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        fc.integer(),
        fc.array(tie('tree'), { maxLength: 4 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('tree'), { maxKeys: 3 }),
      ),
    })).tree;
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('p', 'q'), value),
        fc.array(fc.tuple(fc.nat(), fc.integer()), { maxLength: 5 }),
        (start, edits) => {
          const [next, patches, inverse] = immer.produceWithPatches(start, (draft: Record<string, unknown>) => {
            for (const [n, v] of edits) {
              const keys = Object.keys(draft);
              const target = keys.length ? draft[keys[n % keys.length]!] : undefined;
              if (Array.isArray(target)) {
                if (n % 3 === 0 && target.length) target.splice(n % target.length, 1);
                else target.splice(target.length ? n % target.length : 0, 0, v);
              } else draft[`k${n % 4}`] = v;
            }
          });
          expect(applyPatchList(start, patches)).toEqual(next);
          expect(applyPatchList(next, inverse)).toEqual(start);
        },
      ),
      { numRuns: 300 },
    );
  });
});
