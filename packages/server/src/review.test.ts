import { describe, expect, it } from 'vitest';
import { applyOperation, type Document } from '@veranderlogica/core';
import { acceptSuggestion, startReviewRound } from '@veranderlogica/core/review';
import { strategyPlan } from '@veranderlogica/core/testing';
import type { RoomServer } from './server.js';
import { facilitatorPost, joinRoom, openRoom, roomServers, until } from './test-support.js';

const { start, stop, connect, dataDirectory } = roomServers('vl-review-');

const day = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * day).toISOString().slice(0, 10);

/** A plan out for review with two partners: the first asked about the whole plan, the second about its own interventions. */
function planInReview(): { document: Document; whole: string; own: string; ownCard: string; otherCard: string } {
  let document = strategyPlan(3);
  const [whole, own] = document.actors;
  const interventions = document.nodes.filter((node) => node.kind === 'intervention');
  const ownCard = interventions[0]!;
  const otherCard = interventions[1]!;
  // The second partner carries the first intervention only.
  for (const card of interventions) {
    const actors = card.id === ownCard.id ? [own!.id] : card.actors.filter((actor) => actor !== own!.id);
    document = applyOperation(document, { type: 'updateNode', id: card.id, changes: { actors } }).document;
  }
  document = applyOperation(
    document,
    startReviewRound(document, {
      title: 'Consultatie',
      deadline: inDays(14),
      partners: [{ actor: whole!.id }, { actor: own!.id, scope: 'own' }],
    }),
  ).document;
  return { document, whole: whole!.id, own: own!.id, ownCard: ownCard.id, otherCard: otherCard.id };
}

async function reviewLinks(server: RoomServer, room: string, token: string, round: string) {
  const response = await facilitatorPost(server.url, room, token, 'reviews', { round });
  expect(response.status).toBe(200);
  return ((await response.json()) as { links: { partner: string; token: string; expires: number; scope: string }[] }).links;
}

describe('review links', () => {
  it('a partner reads, comments and suggests through its link, but cannot write the plan; the owner decides', async () => {
    const server = await start();
    const setup = planInReview();
    const opened = await openRoom(server.url, setup.document);
    const owner = await connect(server, opened.room, opened.token, 'owner');
    const round = owner.document.reviews[0]!.id;
    const links = await reviewLinks(server, opened.room, opened.token, round);
    expect(links.map((link) => [link.partner, link.scope])).toEqual([
      [setup.whole, 'plan'],
      [setup.own, 'own'],
    ]);
    // Valid until the day after the deadline.
    expect(links[0]!.expires).toBe(Date.parse(`${inDays(14)}T23:59:59Z`) + day);

    const partner = await connect(server, opened.room, links[0]!.token, 'ggd');
    expect(partner.document.title).toBe(setup.document.title);
    expect(await partner.command({ type: 'comment', about: setup.otherCard, text: 'Wie betaalt dit?', author: 'Femke' })).toMatchObject({
      ok: true,
    });
    expect(
      await partner.command({
        type: 'suggest',
        proposal: { type: 'retitle', id: setup.otherCard, title: 'Nieuwe titel' },
        reason: 'Korter.',
      }),
    ).toMatchObject({ ok: true });
    await until(
      () => owner.document.comments.length === 1 && owner.document.suggestions.length === 1,
      'the comment and the suggestion at the owner',
    );
    expect(owner.document.comments[0]).toMatchObject({ about: setup.otherCard, round, author: { name: 'Femke', partner: setup.whole } });

    // Writing the plan directly reaches no one: a comment sent after it arrives, the change does not.
    partner.apply({ type: 'updateDocument', changes: { title: 'Gekaapt' } });
    expect(await partner.command({ type: 'comment', text: 'Na de poging.' })).toMatchObject({ ok: true });
    await until(() => owner.document.comments.some((comment) => comment.text === 'Na de poging.'), 'the later comment at the owner');
    expect(owner.document.title).toBe(setup.document.title);
    // Nor does a workshop command, and the plan cannot be downloaded with the link.
    expect(await partner.command({ type: 'addCard', title: 'x' })).toMatchObject({
      ok: false,
      reason: { nl: expect.stringContaining('reviewlink') },
    });
    const download = await fetch(`${server.url}/api/rooms/${opened.room}/document`, {
      headers: { authorization: `Bearer ${links[0]!.token}` },
    });
    expect(download.status).toBe(403);
    // Nor may it ask for review links.
    expect((await facilitatorPost(server.url, opened.room, links[0]!.token, 'reviews', { round })).status).toBe(403);

    // The owner accepts the suggestion and answers the comment; the partner sees both.
    owner.apply(acceptSuggestion(owner.document, owner.document.suggestions[0]!.id, { reason: 'Goed idee.' }));
    await until(
      () => partner.document.nodes.find((node) => node.id === setup.otherCard)?.title === 'Nieuwe titel',
      'the accepted title at the partner',
    );
    expect(partner.document.suggestions[0]!.status).toBe('accepted');
  });

  it('a partner limited to its own interventions is refused elsewhere; a participant cannot comment at all', async () => {
    const server = await start();
    const setup = planInReview();
    const opened = await openRoom(server.url, setup.document);
    const owner = await connect(server, opened.room, opened.token, 'owner');
    const links = await reviewLinks(server, opened.room, opened.token, owner.document.reviews[0]!.id);
    const police = await connect(server, opened.room, links[1]!.token, 'police');
    expect(await police.command({ type: 'comment', about: setup.otherCard, text: 'Niet van ons.' })).toMatchObject({
      ok: false,
      reason: { en: expect.stringContaining('your own organisation') },
    });
    expect(await police.command({ type: 'suggest', proposal: { type: 'retitle', id: setup.otherCard, title: 'x' } })).toMatchObject({
      ok: false,
    });
    expect(await police.command({ type: 'comment', about: setup.ownCard, text: 'Klopt.' })).toMatchObject({ ok: true });
    expect(await police.command({ type: 'comment', text: 'Verder geen opmerkingen.' })).toMatchObject({ ok: true });
    await until(() => owner.document.comments.length === 2, 'two comments at the owner');
    const thread = owner.document.comments[0]!.id;
    expect(await police.command({ type: 'comment', replyTo: thread, text: 'Aanvulling.' })).toMatchObject({ ok: true });
    // A hostile reply, to a thread that is not there, and a text past the format's limit.
    expect(await police.command({ type: 'comment', replyTo: 'nope', text: 'x' })).toMatchObject({ ok: false });
    expect(await police.command({ type: 'comment', text: 'x'.repeat(20_001) })).toMatchObject({ ok: false });

    const code = (await (
      await fetch(`${server.url}/api/rooms/${opened.room}`, { headers: { authorization: `Bearer ${opened.token}` } })
    ).json()) as { code: string };
    const joined = await joinRoom(server.url, code.code, 'Deelnemer');
    const participant = await connect(server, opened.room, joined.token, 'p');
    expect(await participant.command({ type: 'comment', text: 'Mag ik ook?' })).toMatchObject({
      ok: false,
      reason: { nl: expect.stringContaining('reviewlink') },
    });

    // Once the owner closes the round, the links answer that it is closed.
    owner.apply({ type: 'updateReview', id: owner.document.reviews[0]!.id, changes: { closed: true } });
    await until(() => police.document.reviews[0]?.closed === true, 'the closed round at the partner');
    expect(await police.command({ type: 'comment', text: 'Te laat.' })).toMatchObject({
      ok: false,
      reason: { nl: expect.stringContaining('gesloten') },
    });
  });

  it('refuses a link for another room, an expired link, and links for a round the plan does not have', async () => {
    const data = dataDirectory();
    const server = await start({ data });
    const setup = planInReview();
    const a = await openRoom(server.url, setup.document);
    const b = await openRoom(server.url, setup.document);
    const round = setup.document.reviews[0]!.id;
    const links = await reviewLinks(server, a.room, a.token, round);
    await expect(connect(server, b.room, links[0]!.token)).rejects.toThrow(/refused/);
    expect((await facilitatorPost(server.url, a.room, a.token, 'reviews', { round: 'round-nope' })).status).toBe(404);
    expect((await facilitatorPost(server.url, a.room, a.token, 'reviews', { round: 5 })).status).toBe(400);
    expect((await facilitatorPost(server.url, a.room, a.token, 'reviews', 'x'.repeat(5_000))).status).toBe(400);
    // Three weeks on (the deadline was in two), the link has expired.
    await stop(server);
    const later = await start({ data, now: () => Date.now() + 21 * day });
    await expect(connect(later, a.room, links[0]!.token)).rejects.toThrow(/refused/);
  });
});
