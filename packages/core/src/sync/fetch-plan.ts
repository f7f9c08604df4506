import { LIMITS } from '../model/schema.js';
import { planDocumentUrl, type PlanLink } from './plan-link.js';

/**
 * How long a room server may take to answer a plan link, all of it, unless the caller says otherwise.
 *
 * @example
 * const link = readPlanLink('https://kamer.example.nl/?room=room-1#token=abc.def')!;
 * await fetchPlanBytes(link, { timeoutMs: PLAN_FETCH_TIMEOUT_MS / 2 }); // a region read on a slow day waits less
 */
export const PLAN_FETCH_TIMEOUT_MS = 20_000;
/** The most of a refusal's body that is read for the server's reason. */
const REFUSAL_BYTES = 16_384;
/** The longest reason taken from a refusal, per language. */
const REASON_CHARS = 200;

/**
 * Why the plan behind a link was not fetched: the server refused (with its reason per language, as the rooms API
 * gives it, when it gave one), the answer was larger than a plan may be, no full answer came in time, or the server
 * was not reached (its cause: `ECONNREFUSED`, a certificate's reason, a redirect).
 *
 * @example
 * const problem: PlanFetchProblem = { kind: 'refused', status: 403, said: { nl: 'Niet toegestaan.' } };
 */
export type PlanFetchProblem =
  | { readonly kind: 'refused'; readonly status: number; readonly said: Readonly<Partial<Record<string, string>>> }
  | { readonly kind: 'too-large'; readonly maxBytes: number }
  | { readonly kind: 'slow'; readonly seconds: number }
  | { readonly kind: 'unreachable'; readonly cause: string };

/**
 * The bytes of the plan behind a link, to read with `parseDocument`, or why there are none.
 *
 * @example
 * const fetched: PlanFetchResult = await fetchPlanBytes(readPlanLink('https://kamer.example.nl/?room=room-1#token=abc.def')!);
 * if (!fetched.ok) console.error(fetched.problem.kind);
 */
export type PlanFetchResult =
  { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly problem: PlanFetchProblem };

/**
 * Fetches the plan behind a plan link from its room server, the one way the editor's Regio view and the CLI's
 * `region --room` both do: the token as `Authorization: Bearer`, no redirect followed, the whole answer within
 * `timeoutMs`, and the body read no further than a plan may be long, whatever length the server announces. Never
 * throws; the caller says each problem in its own words and reads the bytes as a file.
 *
 * @example
 * const link = readPlanLink('https://kamer.example.nl/?room=room-1#token=abc.def');
 * const fetched = link && (await fetchPlanBytes(link));
 * if (fetched && fetched.ok) console.log(`${fetched.bytes.length} bytes to read with parseDocument`);
 */
export async function fetchPlanBytes(
  link: PlanLink,
  {
    timeoutMs = PLAN_FETCH_TIMEOUT_MS,
    fetch = globalThis.fetch,
  }: { readonly timeoutMs?: number; readonly fetch?: typeof globalThis.fetch } = {},
): Promise<PlanFetchResult> {
  const signal = AbortSignal.timeout(timeoutMs);
  const slow = (): PlanFetchResult => ({ ok: false, problem: { kind: 'slow', seconds: Math.max(1, Math.ceil(timeoutMs / 1000)) } });
  try {
    const response = await fetch(planDocumentUrl(link), { headers: { authorization: `Bearer ${link.token}` }, signal, redirect: 'error' });
    if (!response.ok) {
      const body = await readCapped(response, REFUSAL_BYTES).catch(() => undefined);
      return { ok: false, problem: { kind: 'refused', status: response.status, said: reasonsIn(body) } };
    }
    const bytes = await readCapped(response, LIMITS.maxTextLength);
    if (!bytes) return { ok: false, problem: { kind: 'too-large', maxBytes: LIMITS.maxTextLength } };
    return { ok: true, bytes };
  } catch (error) {
    return signal.aborted ? slow() : { ok: false, problem: { kind: 'unreachable', cause: causeOf(error) } };
  }
}

/** The rooms API's reasons in a refusal (`{ error: { nl, en, … } }`), strings only and cut short; none from anything else. */
function reasonsIn(body: Uint8Array | undefined): Partial<Record<string, string>> {
  if (!body) return {};
  try {
    const error = (JSON.parse(new TextDecoder().decode(body)) as { error?: unknown }).error;
    if (typeof error !== 'object' || error === null) return {};
    const said: Partial<Record<string, string>> = {};
    for (const [language, text] of Object.entries(error)) if (typeof text === 'string') said[language] = text.slice(0, REASON_CHARS);
    return said;
  } catch {
    // Not the rooms API's answer (a proxy's error page): the status says enough.
    return {};
  }
}

/** What a failed fetch says underneath "fetch failed": ECONNREFUSED, ENOTFOUND, a certificate's reason. */
function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const said = cause?.code ?? cause?.message ?? (error as { message?: unknown }).message;
  return typeof said === 'string' ? said.slice(0, REASON_CHARS) : String(error).slice(0, REASON_CHARS);
}

/**
 * A response's body, or `undefined` as soon as it passes `max` bytes (a server need not say its length, or say it
 * truly); the rest is not read.
 */
async function readCapped(response: Response, max: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array();
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return whole;
}
