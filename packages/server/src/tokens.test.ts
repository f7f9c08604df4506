import { describe, expect, it } from 'vitest';
import { signToken, verifyToken } from './tokens.js';

const secret = Buffer.alloc(32, 3);
const claims = { room: 'r-1', role: 'participant' as const, expires: 2_000_000_000_000, id: 'p-1', name: 'Tafel 3' };

describe('room tokens', () => {
  it('accept the token as signed, and refuse it with any character of its signature changed, the last one included', () => {
    const token = signToken(secret, claims);
    expect(verifyToken(secret, token, 0)).toMatchObject({ ok: true, claims });
    const [body, signature] = token.split('.') as [string, string];
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let at = 0; at < signature.length; at++) {
      for (const other of alphabet) {
        if (other === signature[at]) continue;
        // The last character carries two spare bits: a base64url decoder reads 'A' and 'B' there alike.
        const altered = `${body}.${signature.slice(0, at)}${other}${signature.slice(at + 1)}`;
        expect(verifyToken(secret, altered, 0).ok, `${at}: ${other}`).toBe(false);
      }
    }
    expect(verifyToken(secret, `${body}.${signature}!`, 0).ok).toBe(false);
    expect(verifyToken(secret, `${body}.${signature}`, 2_000_000_000_000)).toEqual({ ok: false, reason: 'expired' });
  });
});
