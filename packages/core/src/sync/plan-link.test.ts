import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDocumentUrl, planLink, readPlanLink } from './plan-link.js';

describe('plan links', () => {
  it('reads back every link it writes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('https://kamer.example.nl', 'http://127.0.0.1:4455'),
        fc.string({ minLength: 1, maxLength: 64 }),
        fc.string({ minLength: 1, maxLength: 300 }),
        (server, room, token) => {
          expect(readPlanLink(planLink({ server, room, token }))).toEqual({ server, room, token });
        },
      ),
    );
  });

  it('says nothing of what is not a plan link, however it is made', () => {
    for (const text of [
      '',
      'kamer.example.nl',
      'https://kamer.example.nl/?room=r',
      'https://kamer.example.nl/#token=t',
      'javascript:alert(1)//?room=r#token=t',
      'file:///etc/passwd?room=r#token=t',
      `https://kamer.example.nl/?room=${'r'.repeat(65)}#token=t`,
      `https://kamer.example.nl/?room=r#token=${'t'.repeat(2_001)}`,
      'x'.repeat(100_000),
      'https://[::1/?room=r#token=t',
    ])
      expect(readPlanLink(text), text.slice(0, 80)).toBeUndefined();
    expect(readPlanLink(42 as unknown as string)).toBeUndefined();
  });

  it('fetches from the rooms API on the link’s own server, with the room id escaped', () => {
    const link = readPlanLink('  https://kamer.example.nl/editor/?room=a%2F..%2Fb&lang=en#token=abc  ')!;
    expect(link).toEqual({ server: 'https://kamer.example.nl', room: 'a/../b', token: 'abc' });
    expect(planDocumentUrl(link)).toBe('https://kamer.example.nl/api/rooms/a%2F..%2Fb/document');
  });
});
