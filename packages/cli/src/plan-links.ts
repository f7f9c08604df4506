import { LIMITS, type Document } from '@veranderlogica/core';
import { planDocumentUrl, readPlanLink } from '@veranderlogica/core/sync';
import type { CommandContext } from './context.js';
import { documentFrom, UserError } from './files.js';
import { say } from './messages.js';

/** How long a room server may take to answer a plan link, all of it, before the plan is skipped. */
const PLAN_LINK_TIMEOUT_MS = 20_000;

/**
 * The plan behind a plan link for the region (`https://…/?room=…#token=…`), fetched from its room server, read as
 * a file is, and refused with a message naming the room: a link that is not one, a server that does not answer or
 * answers too slowly, a refusal (with the server's reason), an answer larger than a plan may be, or a plan that
 * does not read.
 */
export async function fetchPlan(text: string, context: CommandContext, timeoutMs = PLAN_LINK_TIMEOUT_MS): Promise<Document> {
  const { lang } = context;
  const link = readPlanLink(text);
  if (!link) throw new UserError(say('planLinkBad', { link: text.slice(0, 120) }, lang));
  const where = `${link.server} (${link.room})`;
  const signal = AbortSignal.timeout(timeoutMs);
  let bytes: Uint8Array;
  try {
    const response = await fetch(planDocumentUrl(link), { headers: { authorization: `Bearer ${link.token}` }, signal, redirect: 'error' });
    if (!response.ok) {
      const body = await readCapped(response, 16_384).catch(() => new Uint8Array());
      let reason = `HTTP ${response.status}`;
      try {
        const said = (JSON.parse(new TextDecoder().decode(body)) as { error?: Partial<Record<string, unknown>> }).error?.[lang];
        if (typeof said === 'string') reason = `${said.slice(0, 200)} (${response.status})`;
      } catch {
        // not the rooms API's answer: the status says enough
      }
      throw new UserError(say('planLinkRefused', { where, reason }, lang));
    }
    bytes = await readCapped(response, LIMITS.maxTextLength);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const reason =
      error instanceof TooLarge
        ? say('planLinkTooLarge', { max: Math.round(LIMITS.maxTextLength / 1_048_576) }, lang)
        : signal.aborted
          ? say('planLinkSlow', { seconds: Math.max(1, Math.ceil(timeoutMs / 1000)) }, lang)
          : causeOf(error);
    throw new UserError(say('planLinkUnreachable', { where, reason }, lang));
  }
  return documentFrom(bytes, where, context);
}

class TooLarge extends Error {}

/** What a failed fetch says underneath "fetch failed": ECONNREFUSED, ENOTFOUND, a certificate's reason. */
function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const said = cause?.code ?? cause?.message ?? (error as { message?: unknown }).message;
  return typeof said === 'string' ? said.slice(0, 200) : String(error).slice(0, 200);
}

/** A response's body, refused as soon as it passes `max` bytes (a server need not say its length, or say it truly). */
async function readCapped(response: Response, max: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > max) {
      await response.body.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(chunk);
  }
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return whole;
}
