import { type Document } from '@veranderlogica/core';
import { fetchPlanBytes, PLAN_FETCH_TIMEOUT_MS, readPlanLink, type PlanFetchProblem } from '@veranderlogica/core/sync';
import type { CommandContext } from './context.js';
import { documentFrom, UserError } from './files.js';
import { say } from './messages.js';

/**
 * The plan behind a plan link for the region (`https://…/?room=…#token=…`), fetched from its room server, read as
 * a file is, and refused with a message naming the room: a link that is not one, a server that does not answer or
 * answers too slowly, a refusal (with the server's reason), an answer larger than a plan may be, or a plan that
 * does not read.
 */
export async function fetchPlan(text: string, context: CommandContext, timeoutMs = PLAN_FETCH_TIMEOUT_MS): Promise<Document> {
  const { lang } = context;
  const link = readPlanLink(text);
  if (!link) throw new UserError(say('planLinkBad', { link: text.slice(0, 120) }, lang));
  const where = `${link.server} (${link.room})`;
  const fetched = await fetchPlanBytes(link, { timeoutMs });
  if (!fetched.ok) throw new UserError(refusal(fetched.problem, where, context));
  return documentFrom(fetched.bytes, where, context);
}

function refusal(problem: PlanFetchProblem, where: string, { lang }: CommandContext): string {
  switch (problem.kind) {
    case 'refused': {
      const said = problem.said[lang];
      return say('planLinkRefused', { where, reason: said ? `${said} (${problem.status})` : `HTTP ${problem.status}` }, lang);
    }
    case 'too-large':
      return say(
        'planLinkUnreachable',
        { where, reason: say('planLinkTooLarge', { max: Math.round(problem.maxBytes / 1_048_576) }, lang) },
        lang,
      );
    case 'slow':
      return say('planLinkUnreachable', { where, reason: say('planLinkSlow', { seconds: problem.seconds }, lang) }, lang);
    case 'unreachable':
      return say('planLinkUnreachable', { where, reason: problem.cause }, lang);
  }
}
