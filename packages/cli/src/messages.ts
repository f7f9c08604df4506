import type { Localized } from '@veranderlogica/core';

/** Every text the CLI prints, in both languages. */
export const MESSAGES = {
  usage: {
    nl: `Gebruik: veranderlogica <opdracht> [opties]

Opdrachten:
  validate <bestand> [--json]                 Controleer een veranderlogica; exitcode 0 zonder fouten, 1 met fouten, 2 als het bestand niet te lezen is
  export <bestand> --format <formaat> [-o uit] Exporteer als html of md (rapport), csv of xlsx (meetplan), svg (diagram), mermaid of dot
  new --template <naam> [-o uit]              Maak een nieuwe veranderlogica uit een sjabloon
  templates                                   Toon de sjablonen
  stats <bestand> [--json]                    Toon kerncijfers
  schema [-o uit]                             Print het JSON Schema van het bestandsformaat

Opties:
  --lang nl|en     Taal van meldingen en exports (standaard: nl, of VERANDERLOGICA_LANG)
  --delimiter ;    Scheidingsteken voor csv (standaard ,)
  -h, --help       Deze hulp
  -v, --version    Versie
`,
    en: `Usage: veranderlogica <command> [options]

Commands:
  validate <file> [--json]                    Check a veranderlogica; exit code 0 without errors, 1 with errors, 2 when the file cannot be read
  export <file> --format <format> [-o out]    Export as html or md (report), csv or xlsx (measurement plan), svg (diagram), mermaid or dot
  new --template <name> [-o out]              Create a new veranderlogica from a template
  templates                                   List the templates
  stats <file> [--json]                       Show key figures
  schema [-o out]                             Print the JSON Schema of the file format

Options:
  --lang nl|en     Language of messages and exports (default: nl, or VERANDERLOGICA_LANG)
  --delimiter ;    Field separator for csv (default ,)
  -h, --help       This help
  -v, --version    Version
`,
  },
  unknownCommand: { nl: 'Onbekende opdracht "{0}". Zie veranderlogica --help.', en: 'Unknown command "{0}". See veranderlogica --help.' },
  badOption: { nl: 'Ongeldige optie: {0}. Zie veranderlogica --help.', en: 'Invalid option: {0}. See veranderlogica --help.' },
  missingFile: {
    nl: 'Geef een bestand op, bijvoorbeeld: veranderlogica {0} examples/voorbeeldregio.json',
    en: 'Name a file, for example: veranderlogica {0} examples/voorbeeldregio.json',
  },
  cannotRead: { nl: 'Kan {0} niet lezen: {1}', en: 'Cannot read {0}: {1}' },
  cannotWrite: { nl: 'Kan {0} niet schrijven: {1}', en: 'Cannot write {0}: {1}' },
  notFound: { nl: 'bestand bestaat niet', en: 'no such file' },
  isDirectory: { nl: 'dit is een map', en: 'this is a directory' },
  noAccess: { nl: 'geen toegang', en: 'permission denied' },
  unreadable: { nl: '{0} is geen geldige veranderlogica:', en: '{0} is not a valid veranderlogica:' },
  valid: { nl: '{0}: geen fouten', en: '{0}: no errors' },
  invalid: { nl: '{0}: {1} fout(en)', en: '{0}: {1} error(s)' },
  counts: { nl: '{0} waarschuwing(en), {1} tip(s)', en: '{0} warning(s), {1} tip(s)' },
  migrated: { nl: 'Let op: {0}', en: 'Note: {0}' },
  badLanguage: { nl: 'Onbekende taal "{0}"; kies nl of en.', en: 'Unknown language "{0}"; choose nl or en.' },
  binaryNeedsOutput: {
    nl: 'Een .xlsx-bestand gaat niet naar het scherm; geef een bestand op met -o, bijvoorbeeld -o meetplan.xlsx.',
    en: 'An .xlsx file cannot go to the screen; name a file with -o, for example -o meetplan.xlsx.',
  },
  badFormat: { nl: 'Onbekend formaat "{0}"; kies uit: {1}.', en: 'Unknown format "{0}"; choose one of: {1}.' },
  missingFormat: { nl: 'Geef een formaat op met --format ({0}).', en: 'Name a format with --format ({0}).' },
  badTemplate: { nl: 'Onbekend sjabloon "{0}"; kies uit: {1}.', en: 'Unknown template "{0}"; choose one of: {1}.' },
  missingTemplate: { nl: 'Geef een sjabloon op met --template ({0}).', en: 'Name a template with --template ({0}).' },
  badDelimiter: { nl: 'Scheidingsteken moet , ; of tab zijn.', en: 'The delimiter must be , ; or tab.' },
  wrote: { nl: '{0} geschreven.', en: 'Wrote {0}.' },
  unexpected: { nl: 'Onverwachte fout: {0}', en: 'Unexpected error: {0}' },
  statsTitle: { nl: 'Kerncijfers van {0}', en: 'Key figures of {0}' },
} as const satisfies Record<string, Localized>;

/** Fills {0}, {1}, … in a message. */
export function format(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(values[Number(i)] ?? ''));
}
