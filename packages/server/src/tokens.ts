import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ROOM_ROLES, type RoomRole } from '@veranderlogica/core/sync';

/** Letters and digits nobody misreads on a projector: no 0/O, 1/I/L. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

/**
 * A short join code for a room, from {@link CODE_ALPHABET}.
 *
 * @example
 * newJoinCode(); // 'K7QMWX'
 */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A join code as people type it: upper case, without spaces or dashes. */
export function normaliseCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '');
}

/** What a token says: which room, which role, until when, and who (an id and an optional name). */
export interface TokenClaims {
  readonly room: string;
  readonly role: RoomRole;
  /** Expiry, ms since 1970. */
  readonly expires: number;
  readonly id: string;
  readonly name: string;
  /** A review link's partner (an id of the plan's actors), round, and whether only its own interventions. */
  readonly partner?: string;
  readonly round?: string;
  readonly scope?: 'plan' | 'own';
}

const ClaimsSchema = z.strictObject({
  room: z.string().max(64),
  role: z.enum(ROOM_ROLES as [RoomRole, ...RoomRole[]]),
  expires: z.number(),
  id: z.string().max(64),
  name: z.string().max(200),
  partner: z.string().max(64).optional(),
  round: z.string().max(64).optional(),
  scope: z.enum(['plan', 'own']).optional(),
});

/** A review link lasts until the day after its round's deadline, and never longer than this many days. */
const REVIEW_DAYS = 120;

/** A plan link for the region lasts a year and a day: the region reads its plans again for each yearly report. */
export const READ_DAYS = 366;

/**
 * How long a token lasts: a facilitator's a working day, a participant's or viewer's one workshop, a review link at
 * most {@link REVIEW_DAYS}, a plan link for the region {@link READ_DAYS}.
 */
export const TOKEN_HOURS: Readonly<Record<RoomRole, number>> = {
  facilitator: 12,
  participant: 6,
  viewer: 6,
  reviewer: REVIEW_DAYS * 24,
  reader: READ_DAYS * 24,
};

const encode = (value: Buffer | string) => Buffer.from(value).toString('base64url');

/**
 * Signs claims with the server's secret (HMAC-SHA256): `<claims>.<signature>`, both base64url.
 *
 * @example
 * const token = signToken(secret, { room, role: 'participant', expires: Date.now() + 3_600_000, id: 'p-1', name: 'Tafel 3' });
 */
export function signToken(secret: Buffer, claims: TokenClaims): string {
  const body = encode(JSON.stringify(claims));
  return `${body}.${encode(createHmac('sha256', secret).update(body).digest())}`;
}

/** Why a token was refused. */
export type TokenRefusal = 'malformed' | 'forged' | 'expired';

/**
 * Checks a token's signature and expiry; gives its claims or why it is refused.
 *
 * @example
 * const checked = verifyToken(secret, token, Date.now());
 * if (!checked.ok) throw new Error(checked.reason);
 */
export function verifyToken(
  secret: Buffer,
  token: string,
  now: number,
): { readonly ok: true; readonly claims: TokenClaims } | { readonly ok: false; readonly reason: TokenRefusal } {
  if (typeof token !== 'string' || token.length > 2_000) return { ok: false, reason: 'malformed' };
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length > 0) return { ok: false, reason: 'malformed' };
  // Compared as written, not as decoded: base64url decoding ignores the last character's spare bits and skips
  // characters it does not know, so a token altered there would decode to the right signature.
  const expected = Buffer.from(createHmac('sha256', secret).update(body).digest('base64url'));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const parsed = ClaimsSchema.safeParse(claims);
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  if (parsed.data.expires <= now) return { ok: false, reason: 'expired' };
  return { ok: true, claims: parsed.data };
}

/** A new random secret for signing tokens. */
export function newSecret(): Buffer {
  return randomBytes(32);
}

/** A new random id (rooms, participants). */
export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(9)
    .toString('base64url')
    .replace(/[^A-Za-z0-9]/g, 'x')}`;
}
