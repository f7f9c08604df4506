import { describe, expect, it } from 'vitest';
import { LIMITS } from '../model/schema.js';
import { fetchPlanBytes } from './fetch-plan.js';
import type { PlanLink } from './plan-link.js';

const link: PlanLink = { server: 'https://kamer.example.nl', room: 'room 1', token: 'abc.def' };

/** A fetch that answers with `response`, after checking what it was asked. */
const answering =
  (response: () => Response): typeof fetch =>
  (input, init) => {
    expect((input as string | URL).toString()).toBe('https://kamer.example.nl/api/rooms/room%201/document');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer abc.def');
    expect(init?.redirect).toBe('error');
    return Promise.resolve(response());
  };

/** A body of `chunks` chunks of 1 MiB each, counting how many were pulled. */
function stream(chunks: number, pulled: { count: number }) {
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(1_048_576).fill(32));
    },
  });
}

describe('fetchPlanBytes', () => {
  it('hands over the bytes of the plan', async () => {
    const fetched = await fetchPlanBytes(link, { fetch: answering(() => new Response('{"format":"veranderlogica"}')) });
    expect(fetched.ok && new TextDecoder().decode(fetched.bytes)).toBe('{"format":"veranderlogica"}');
  });

  it('gives the rooms API’s reason per language, strings only and cut short, and none from an error page', async () => {
    const refused = await fetchPlanBytes(link, {
      fetch: answering(() => Response.json({ error: { nl: 'Niet toegestaan.', en: 'x'.repeat(5_000), code: 7 } }, { status: 403 })),
    });
    expect(refused).toEqual({
      ok: false,
      problem: { kind: 'refused', status: 403, said: { nl: 'Niet toegestaan.', en: 'x'.repeat(200) } },
    });
    const page = await fetchPlanBytes(link, { fetch: answering(() => new Response('<h1>Bad gateway</h1>', { status: 502 })) });
    expect(page).toEqual({ ok: false, problem: { kind: 'refused', status: 502, said: {} } });
    // A refusal of gigabytes is not read for its reason.
    const pulled = { count: 0 };
    const endless = await fetchPlanBytes(link, { fetch: answering(() => new Response(stream(Infinity, pulled), { status: 500 })) });
    expect(endless).toEqual({ ok: false, problem: { kind: 'refused', status: 500, said: {} } });
    expect(pulled.count).toBeLessThan(3);
  });

  it('stops reading at the largest plan a file may be, whatever length the server announced', async () => {
    const pulled = { count: 0 };
    const chunks = Math.ceil(LIMITS.maxTextLength / 1_048_576) + 5;
    const fetched = await fetchPlanBytes(link, {
      fetch: answering(() => new Response(stream(chunks, pulled), { headers: { 'content-length': '12' } })),
    });
    expect(fetched).toEqual({ ok: false, problem: { kind: 'too-large', maxBytes: LIMITS.maxTextLength } });
    expect(pulled.count).toBeLessThanOrEqual(chunks - 3);
  });

  it('gives up on an answer that does not come in time, and on a body that stalls', async () => {
    const never: typeof fetch = (_, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error)));
    expect(await fetchPlanBytes(link, { fetch: never, timeoutMs: 50 })).toEqual({ ok: false, problem: { kind: 'slow', seconds: 1 } });
    // A body that stops coming: the fetch errors it when its signal aborts, as browsers and Node do.
    const slowBody: typeof fetch = (_, init) => {
      const stalled = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(10));
          init?.signal?.addEventListener('abort', () => controller.error(init.signal!.reason));
        },
      });
      return Promise.resolve(new Response(stalled));
    };
    expect(await fetchPlanBytes(link, { fetch: slowBody, timeoutMs: 50 })).toEqual({ ok: false, problem: { kind: 'slow', seconds: 1 } });
  });

  it('says why a server was not reached, and never throws', async () => {
    const refusedConnection: typeof fetch = () =>
      Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }));
    expect(await fetchPlanBytes(link, { fetch: refusedConnection })).toEqual({
      ok: false,
      problem: { kind: 'unreachable', cause: 'ECONNREFUSED' },
    });
    const thrown: typeof fetch = () => {
      throw new Error('redirect mode is set to error');
    };
    expect(await fetchPlanBytes(link, { fetch: thrown })).toEqual({
      ok: false,
      problem: { kind: 'unreachable', cause: 'redirect mode is set to error' },
    });
  });
});
