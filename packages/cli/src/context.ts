import type { Command } from 'commander';
import type { Language } from '@veranderlogica/core';

/** Where the CLI reads its environment and writes its output; injectable for tests. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `serve` stops when this settles (tests); otherwise on Ctrl+C or SIGTERM. */
  readonly until?: Promise<unknown>;
}

/** What every command runs with. */
export interface CommandContext {
  /** The language of messages (and of exports unless the plan's own is kept). */
  readonly lang: Language;
  /** Whether `--lang` was given (an export then speaks it instead of the plan's language). */
  readonly langGiven: boolean;
  /** For people: every text through `terminalText`, so a title cannot clear the screen or forge a line. */
  readonly io: CliIO;
  /** For data (an export to standard output, `--json`): as it is. */
  readonly raw: CliIO;
  /** The command's exit code: 0 done, 1 findings or changes, 2 unreadable or misused. */
  exitCode: number;
}

/**
 * One command of the CLI, in a module of its own: it adds itself to the program, with its arguments, options and
 * help in the context's language, and sets the exit code when it runs.
 *
 * @example
 * export const templates: CliCommand = (program, context) =>
 *   program.command('templates').description(MESSAGES.templatesHelp[context.lang]).action(() => { … });
 */
export type CliCommand = (program: Command, context: CommandContext) => Command;
