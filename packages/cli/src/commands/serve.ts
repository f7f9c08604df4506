import type { CliCommand } from '../context.js';
import { UserError } from '../files.js';
import { MESSAGES, say, term } from '../messages.js';
import { serve as run } from '../serve.js';

interface ServeOptions {
  port?: string;
  host?: string;
  data?: string;
  editor?: string;
  trustProxy?: string;
}

/** `serve [plan]`: the editor and the live room on one port; with a plan, a room opened at once. */
export const serve: CliCommand = (program, context) =>
  program
    .command('serve')
    .description(MESSAGES.serveHelp[context.lang])
    .argument(`[${term('plan', context.lang)}]`, MESSAGES.argServePlan[context.lang])
    .option(`-p, --port <${term('port', context.lang)}>`, MESSAGES.optPort[context.lang])
    .option(`--host <${term('address', context.lang)}>`, MESSAGES.optHost[context.lang])
    .option(`--data <${term('directory', context.lang)}>`, MESSAGES.optData[context.lang])
    .option(`--editor <${term('directory', context.lang)}>`, MESSAGES.optEditor[context.lang])
    .option(`--trust-proxy <${term('addresses', context.lang)}>`, MESSAGES.optTrustProxy[context.lang])
    .addHelpText('after', `\n${MESSAGES.serveEnvironment[context.lang]}\n`)
    .action(async (plan: string | undefined, options: ServeOptions) => {
      const given = options.port ?? '1234';
      const port = Number(given);
      if (!/^\d+$/.test(given) || port > 65_535) throw new UserError(say('badOption', { reason: `--port ${given}` }, context.lang));
      context.exitCode = await run({
        port,
        host: options.host ?? '127.0.0.1',
        data: options.data ?? './data',
        editor: options.editor,
        trustProxy: (options.trustProxy ?? '')
          .split(',')
          .map((address) => address.trim())
          .filter(Boolean),
        plan,
        env: context.io.env,
        lang: context.lang,
        print: context.io.stdout,
        ...(context.raw.until ? { until: context.raw.until } : {}),
      });
    });
