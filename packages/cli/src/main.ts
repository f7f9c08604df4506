import { createRequire } from 'node:module';
import { Command, CommanderError, type Argument } from 'commander';
import { isLanguage, type Language, languageInfo, LANGUAGES, terminalText } from '@veranderlogica/core';
import type { CliIO, CommandContext } from './context.js';
import { COMMANDS } from './commands/index.js';
import { formatList } from './commands/export.js';
import { UserError } from './files.js';
import { MESSAGES, say, term } from './messages.js';

export type { CliIO } from './context.js';

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
}

/** The help's headings in the user's language (commander writes them in English). */
const TITLES: Readonly<Record<string, keyof typeof MESSAGES>> = {
  'Usage:': 'titleUsage',
  'Options:': 'titleOptions',
  'Commands:': 'titleCommands',
  'Arguments:': 'titleArguments',
};

/** The languages that ship, as a choice in a sentence: "nl of en", "nl or en", however many there are. */
const languageChoices = (language: Language) =>
  new Intl.ListFormat(languageInfo(language).locale, { type: 'disjunction' }).format(LANGUAGES);

/** `--lang` from anywhere in the arguments (`--lang en`, `--lang=en`), read before the program is built in it. */
function languageOf(argv: readonly string[], fallback: Language): { lang: Language; given: boolean } {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i]!.startsWith('--lang=') ? argv[i]!.slice(7) : undefined;
    if (argv[i] === '--') break;
    if (value === undefined) continue;
    if (!isLanguage(value)) throw new UserError(say('badLanguage', { language: value, choices: languageChoices(fallback) }, fallback));
    return { lang: value, given: true };
  }
  return { lang: fallback, given: false };
}

/** The first argument that names a command, for messages about its arguments. */
function commandOf(argv: readonly string[], program: Command): Command | undefined {
  return program.commands.find((command) => argv.includes(command.name()));
}

/** A mistake commander found in the arguments, said in the user's language in one line. */
function commanderMessage(error: CommanderError, argv: readonly string[], program: Command, lang: Language): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const suggestion = /Did you mean (\S+?)\?/.exec(error.message)?.[1];
  const hint = suggestion ? ' ' + say('didYouMean', { suggestion }, lang) : '';
  const command = commandOf(argv, program)?.name() ?? '';
  switch (error.code) {
    case 'commander.unknownCommand':
      return say('unknownCommand', { command: quoted }, lang) + hint;
    case 'commander.unknownOption':
      return say('badOption', { reason: quoted }, lang) + hint;
    case 'commander.optionMissingArgument':
      return say('optionNeedsValue', { option: quoted.split(/[ ,]+/).find((part) => part.startsWith('--')) ?? quoted }, lang);
    case 'commander.missingArgument':
      if (command === 'import-measurements') return MESSAGES.importNeedsFiles[lang];
      if (command === 'diff') return MESSAGES.diffNeedsTwo[lang];
      return say('missingFile', { command }, lang);
    case 'commander.excessArguments':
      return say('tooManyArguments', { command }, lang);
    default:
      return say('badOption', { reason: error.message.replace(/^error: /, '') }, lang);
  }
}

/** `<name>`, `[name]`, `<name...>`: an argument as the help shows it. */
function argumentTerm(argument: Argument): string {
  const name = argument.name() + (argument.variadic ? '...' : '');
  return argument.required ? `<${name}>` : `[${name}]`;
}

/** A command with its options and arguments as the help shows it, in the user's language. */
function commandTerm(command: Command, lang: Language): string {
  const options = command.options.length > 0 ? `[${term('options', lang)}]` : '';
  return [command.name(), options, ...command.registeredArguments.map(argumentTerm)].filter(Boolean).join(' ');
}

/** The program in a language: every command of {@link COMMANDS}, help and errors in that language, output to `io`. */
function program(context: CommandContext): Command {
  const { lang, io } = context;
  // The languages are the ones that ship, whatever their number.
  const langOption = say('optLang', { choices: languageChoices(lang), source: LANGUAGES[0] }, lang);
  const root = new Command('veranderlogica')
    .description(MESSAGES.programHelp[lang])
    .usage(MESSAGES.programUsage[lang])
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: () => undefined,
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100,
    })
    .configureHelp({
      styleTitle: (title) => (TITLES[title] ? MESSAGES[TITLES[title]][lang] : title),
      subcommandTerm: (command) => commandTerm(command, lang),
      commandUsage: (command) =>
        command.parent ? `${command.parent.name()} ${commandTerm(command, lang)}` : `${command.name()} ${command.usage()}`,
    })
    .helpOption('-h, --help', MESSAGES.optHelp[lang])
    .helpCommand(`help [${term('command', lang)}]`, MESSAGES.helpCommand[lang])
    .version(version(), '-v, --version', MESSAGES.optVersion[lang])
    .option(`--lang <${term('language', lang)}>`, langOption)
    .addHelpText('after', formatList(lang));
  for (const add of COMMANDS) add(root, context).option(`--lang <${term('language', lang)}>`, langOption);
  return root;
}

/**
 * Runs the CLI with the given arguments and returns its exit code: 0 done, 1 findings or changes, 2 unreadable or
 * misused. Every command is a module of `commands/` on commander; messages come from `messages.ts`.
 *
 * @example
 * const code = await main(['validate', 'toc.json'], { stdout, stderr, env: process.env });
 */
export async function main(argv: readonly string[], raw: CliIO): Promise<number> {
  // What people read goes through terminalText: a title or key with escape sequences cannot clear the screen or forge
  // a line. Data (an export to standard output, --json) goes out as it is, through raw.stdout.
  const io: CliIO = { ...raw, stdout: (text) => raw.stdout(terminalText(text)), stderr: (text) => raw.stderr(terminalText(text)) };
  const envLang = io.env.VERANDERLOGICA_LANG;
  let lang: Language = isLanguage(envLang) ? envLang : LANGUAGES[0];
  let root: Command | undefined;
  try {
    const chosen = languageOf(argv, lang);
    lang = chosen.lang;
    const context: CommandContext = { lang, langGiven: chosen.given, io, raw, exitCode: 0 };
    root = program(context);
    if (argv.length === 0 || (argv.length === 2 && chosen.given && argv[0] === '--lang')) {
      // No command: the help, and the exit code of a misuse.
      io.stdout(root.helpInformation());
      return 2;
    }
    await root.parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version asked for: shown, done.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      if (error.code === 'commander.help') return 2;
      io.stderr(commanderMessage(error, argv, root!, lang) + '\n');
      return 2;
    }
    if (error instanceof UserError) {
      io.stderr(error.message + '\n');
      return error.exitCode;
    }
    io.stderr(say('unexpected', { reason: error instanceof Error ? error.message : String(error) }, lang) + '\n');
    return 2;
  }
}
