import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from './csp.js';
import { SERVER_MESSAGES, type ServerMessageCode } from './messages.js';

/** How long a request may take to send its headers, and its body (ms): a slow client is cut off, not waited for. */
export const REQUEST_TIMEOUT_MS = 10_000;

/**
 * Headers on every answer: the editor's Content-Security-Policy (`csp.ts`: its own scripts, no inline script or
 * eval) and no framing by other sites, no referrer, a browsing context of its own, and no camera, microphone or location.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'x-content-type-options': 'nosniff',
};

/** A refusal: its status, its message by code, and what else the answer carries. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ServerMessageCode,
    /** More for the answer's body (`needsKey`: the editor asks for the key). */
    readonly extra: Record<string, unknown> = {},
    /** More headers (`retry-after`). */
    readonly headers: Record<string, string> = {},
  ) {
    super(SERVER_MESSAGES[code].en);
  }
}

/** A JSON answer with the security headers, never cached. */
export function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(text);
}

/** A request's body as text: refused past `limit` bytes (413), cut off when it trickles (408). */
export async function readBody(request: IncomingMessage, limit: number, timeoutMs = REQUEST_TIMEOUT_MS): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, 'tooLarge');
  const chunks: Buffer[] = [];
  let size = 0;
  // A body that trickles in is cut off after REQUEST_TIMEOUT_MS, not waited for.
  const timer = setTimeout(() => request.destroy(new Error('slow body')), timeoutMs);
  try {
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > limit) throw new HttpError(413, 'tooLarge');
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(408, 'tooSlow');
  } finally {
    clearTimeout(timer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A path segment decoded, or a 400 for a malformed escape (`%E0%A4%A`) instead of a crash. */
export function decodePath(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new HttpError(400, 'badAddress');
  }
}

/** The token of an `Authorization: Bearer …` header, or ''. */
export function bearer(request: IncomingMessage): string {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : '';
}

/** An address as one spelling: an IPv4 address mapped into IPv6 (`::ffff:10.0.0.1`) as plain IPv4. */
export function plainAddress(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
}

/** One line of JSON per refusal or failure, without a stack trace unless `VERANDERLOGICA_DEBUG` is set. */
export function logLine(quiet: boolean | undefined, fields: Record<string, unknown>): void {
  if (quiet) return;
  console.error(JSON.stringify({ time: new Date().toISOString(), ...fields }));
}

/** Answers a refusal with its message in both languages, and any other failure as a 500 that says nothing inside. */
export function answerFailure(request: IncomingMessage, response: ServerResponse, error: unknown, quiet: boolean | undefined): void {
  const path = (request.url ?? '').slice(0, 200);
  if (error instanceof HttpError) {
    logLine(quiet || error.status < 400, {
      event: 'refused',
      status: error.status,
      method: request.method,
      path,
      address: request.socket.remoteAddress,
      reason: error.message,
    });
    if (!response.headersSent)
      send(response, error.status, { error: SERVER_MESSAGES[error.code], code: error.code, ...error.extra }, error.headers);
    return;
  }
  logLine(quiet, {
    event: 'error',
    method: request.method,
    path,
    reason: String(error).slice(0, 300),
    ...(process.env.VERANDERLOGICA_DEBUG && { stack: (error as Error).stack }),
  });
  if (!response.headersSent) send(response, 500, { error: SERVER_MESSAGES.serverError });
}
