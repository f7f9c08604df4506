import { formatMessage, type Language, type Localized, type MessageParams } from '@veranderlogica/core';

/** Every text the CLI prints, in both languages. */
export const MESSAGES = {
  usage: {
    nl: `Gebruik: veranderlogica <opdracht> [opties]

Opdrachten:
  validate <bestand>… [--json]                Controleer een of meer veranderlogica's; exitcode 0 zonder fouten, 1 met fouten, 2 als een bestand niet te lezen is (het ergste telt)
  export <bestand> --format <formaat> [-o uit] Exporteer in een van de formaten hieronder
  new --template <naam> [-o uit] [--force]    Maak een nieuwe veranderlogica uit een sjabloon (--force: overschrijf een bestaand bestand)
  templates                                   Toon de sjablonen
  stats <bestand> [--json]                    Toon kerncijfers
  schema [-o uit]                             Print het JSON Schema van het bestandsformaat
  diff <a.json> <b.json> [--json]             Wat is er inhoudelijk veranderd (kaarten, verbindingen, indicatoren, partners; de indeling telt niet); exitcode 0 zonder wijzigingen, 1 met
  diff <plan.json> --since <versie>           Hetzelfde, tussen een bewaarde versie en het plan nu
  version <plan.json> --name "<naam>" [-o uit] Bewaar het plan zoals het nu is als benoemde versie in het bestand (zonder -o: in plan.json)
  versions <plan.json> [--json]               Toon de bewaarde versies
  import-measurements <plan.json> <metingen.xlsx|.csv> [-o uit.json] [--columns indicator=…,date=…,value=…]
                                              Lees metingen in uit het ingevulde werkboek of een csv; toont wat erbij komt, wat verandert en elke foute cel;
                                              zonder -o verandert er niets; exitcode 1 als er regels geweigerd zijn
  text <bestand>                              De veranderlogica als regels tekst, voor git (diff.veranderlogica.textconv)
  serve [plan.json] [--port 1234] [--data ./data] [--host 127.0.0.1] [--trust-proxy 10.0.0.2,10.0.0.3]
                                              Start de editor en de live werksessie-ruimte op één poort (met plan.json: open meteen een ruimte).
                                              DATABASE_URL: PostgreSQL in plaats van SQLite; REDIS_URL: meerdere processen; VERANDERLOGICA_KEY: sleutel om ruimtes te openen;
                                              --trust-proxy: de adressen van de reverse proxy's waarvan X-Forwarded-For de bezoeker noemt

Opties:
  --lang nl|en     Taal van meldingen en exports (standaard: nl, of VERANDERLOGICA_LANG)
  --delimiter ;    Scheidingsteken voor csv (standaard ,)
  --since <versie> Rapport: "Wat is er veranderd sinds" deze versie (standaard de laatste)
  -h, --help       Deze hulp
  -v, --version    Versie

Formaten:
{formats}
`,
    en: `Usage: veranderlogica <command> [options]

Commands:
  validate <file>… [--json]                   Check one or more veranderlogica files; exit code 0 without errors, 1 with errors, 2 when a file cannot be read (the worst counts)
  export <file> --format <format> [-o out]    Export in one of the formats below
  new --template <name> [-o out] [--force]    Create a new veranderlogica from a template (--force: overwrite an existing file)
  templates                                   List the templates
  stats <file> [--json]                       Show key figures
  schema [-o out]                             Print the JSON Schema of the file format
  diff <a.json> <b.json> [--json]             What changed in content (cards, connections, indicators, partners; the layout does not count); exit code 0 without changes, 1 with
  diff <plan.json> --since <version>          The same, between a kept version and the plan now
  version <plan.json> --name "<name>" [-o out] Keep the plan as it is now as a named version in the file (without -o: in plan.json)
  versions <plan.json> [--json]               List the kept versions
  import-measurements <plan.json> <measurements.xlsx|.csv> [-o out.json] [--columns indicator=…,date=…,value=…]
                                              Read measurements from the filled-in workbook or a CSV; shows what is added, what changes and every wrong cell;
                                              without -o nothing changes; exit code 1 when rows were refused
  text <file>                                 The veranderlogica as lines of text, for git (diff.veranderlogica.textconv)
  serve [plan.json] [--port 1234] [--data ./data] [--host 127.0.0.1] [--trust-proxy 10.0.0.2,10.0.0.3]
                                              Start the editor and the live workshop room on one port (with plan.json: open a room at once).
                                              DATABASE_URL: PostgreSQL instead of SQLite; REDIS_URL: several processes; VERANDERLOGICA_KEY: key to open rooms;
                                              --trust-proxy: addresses of the reverse proxies whose X-Forwarded-For names the visitor

Options:
  --lang nl|en     Language of messages and exports (default: nl, or VERANDERLOGICA_LANG)
  --delimiter ;    Field separator for csv (default ,)
  --since <version> Report: "What has changed since" this version (default the latest)
  -h, --help       This help
  -v, --version    Version

Formats:
{formats}
`,
  },
  noVersion: {
    nl: 'Geen versie "{version}" in dit plan. Bewaarde versies: {versions}.',
    en: 'No version "{version}" in this plan. Kept versions: {versions}.',
  },
  noVersions: { nl: 'Dit plan heeft nog geen bewaarde versies.', en: 'This plan has no kept versions yet.' },
  versionNeedsName: {
    nl: 'Geef de versie een naam: veranderlogica version plan.json --name "Vastgesteld door de raad, 2025".',
    en: 'Give the version a name: veranderlogica version plan.json --name "Adopted by the council, 2025".',
  },
  versionMade: { nl: 'Versie "{name}" bewaard ({id}).', en: 'Version "{name}" kept ({id}).' },
  importNeedsFiles: {
    nl: 'import-measurements leest een plan en een bestand met metingen: veranderlogica import-measurements plan.json metingen.xlsx -o plan.json.',
    en: 'import-measurements reads a plan and a file of measurements: veranderlogica import-measurements plan.json measurements.xlsx -o plan.json.',
  },
  badColumns: {
    nl: 'Kan "{part}" niet lezen als kolomkeuze; schrijf bijvoorbeeld --columns "indicator=Naam,date=Jaar,value=Score" (delen: {fields}).',
    en: 'Cannot read "{part}" as a column mapping; write for example --columns "indicator=Name,date=Year,value=Score" (parts: {fields}).',
  },
  importSummary: {
    nl: '{added} metingen erbij, {changed} gewijzigd, {unchanged} ongewijzigd, {empty} nog in te vullen.',
    en: '{added} measurements added, {changed} changed, {unchanged} unchanged, {empty} still to fill in.',
  },
  importRefused: { nl: '{count} regels of cellen geweigerd:', en: '{count} rows or cells refused:' },
  importRow: { nl: 'regel {row}', en: 'row {row}' },
  importColumn: { nl: 'kolom {column}', en: 'column {column}' },
  importDryRun: {
    nl: 'Er is niets veranderd; geef -o plan.json om de metingen op te slaan.',
    en: 'Nothing was changed; give -o plan.json to store the measurements.',
  },
  diffNeedsTwo: {
    nl: 'diff vergelijkt twee bestanden, of een plan met een versie: veranderlogica diff <oud.json> <nieuw.json>, of diff <plan.json> --since <versie>.',
    en: 'diff compares two files, or a plan with a version: veranderlogica diff <old.json> <new.json>, or diff <plan.json> --since <version>.',
  },
  unknownCommand: {
    nl: 'Onbekende opdracht "{command}". Zie veranderlogica --help.',
    en: 'Unknown command "{command}". See veranderlogica --help.',
  },
  badOption: { nl: 'Ongeldige optie: {reason}. Zie veranderlogica --help.', en: 'Invalid option: {reason}. See veranderlogica --help.' },
  missingFile: {
    nl: 'Geef een bestand op, bijvoorbeeld: veranderlogica {command} examples/voorbeeldregio.json',
    en: 'Name a file, for example: veranderlogica {command} examples/voorbeeldregio.json',
  },
  cannotRead: { nl: 'Kan {file} niet lezen: {reason}', en: 'Cannot read {file}: {reason}' },
  cannotWrite: { nl: 'Kan {file} niet schrijven: {reason}', en: 'Cannot write {file}: {reason}' },
  notFound: { nl: 'bestand bestaat niet', en: 'no such file' },
  isDirectory: { nl: 'dit is een map', en: 'this is a directory' },
  noAccess: { nl: 'geen toegang', en: 'permission denied' },
  unreadable: { nl: '{file} is geen geldige veranderlogica:', en: '{file} is not a valid veranderlogica:' },
  valid: { nl: '{file}: geen fouten', en: '{file}: no errors' },
  invalid: { nl: '{file}: {count, plural, one {# fout} other {# fouten}}', en: '{file}: {count, plural, one {# error} other {# errors}}' },
  counts: {
    nl: '{warnings, plural, one {# waarschuwing} other {# waarschuwingen}}, {tips, plural, one {# tip} other {# tips}}',
    en: '{warnings, plural, one {# warning} other {# warnings}}, {tips, plural, one {# tip} other {# tips}}',
  },
  migrated: { nl: 'Let op: {note}', en: 'Note: {note}' },
  moreErrors: {
    nl: '… en nog {count, plural, one {# fout} other {# fouten}}',
    en: '… and {count, plural, one {# more error} other {# more errors}}',
  },
  badLanguage: { nl: 'Onbekende taal "{language}"; kies nl of en.', en: 'Unknown language "{language}"; choose nl or en.' },
  binaryNeedsOutput: {
    nl: 'Een .{extension}-bestand gaat niet naar het scherm; geef een bestand op met -o, bijvoorbeeld -o plan.{extension}.',
    en: 'A .{extension} file cannot go to the screen; name a file with -o, for example -o plan.{extension}.',
  },
  noBrowser: {
    nl: 'Voor een pdf is Chromium nodig en dat is hier niet gevonden. Installeer het (Debian, Ubuntu: apt-get install chromium), geef het pad op in VERANDERLOGICA_CHROMIUM, of exporteer --format html en druk dat af als pdf.',
    en: 'A PDF needs Chromium, and none was found here. Install it (Debian, Ubuntu: apt-get install chromium), give its path in VERANDERLOGICA_CHROMIUM, or export --format html and print that to PDF.',
  },
  badFormat: { nl: 'Onbekend formaat "{format}"; kies uit: {choices}.', en: 'Unknown format "{format}"; choose one of: {choices}.' },
  missingFormat: { nl: 'Geef een formaat op met --format ({choices}).', en: 'Name a format with --format ({choices}).' },
  badTemplate: {
    nl: 'Onbekend sjabloon "{template}"; kies uit: {choices}.',
    en: 'Unknown template "{template}"; choose one of: {choices}.',
  },
  missingTemplate: { nl: 'Geef een sjabloon op met --template ({choices}).', en: 'Name a template with --template ({choices}).' },
  badDelimiter: { nl: 'Scheidingsteken moet , ; of tab zijn.', en: 'The delimiter must be , ; or tab.' },
  wrote: { nl: '{file} geschreven.', en: 'Wrote {file}.' },
  overInput: {
    nl: 'Schrijf de export niet over het bestand dat gelezen wordt ({file}); kies een ander -o.',
    en: 'The export must not overwrite the file being read ({file}); choose another -o.',
  },
  exists: {
    nl: '{file} bestaat al; kies een andere naam of overschrijf met --force.',
    en: '{file} already exists; choose another name or overwrite with --force.',
  },
  newInvalid: { nl: 'Dit document zou ongeldig zijn:', en: 'This document would be invalid:' },
  tooLarge: { nl: '{file} is te groot: hoogstens {mb} MB.', en: '{file} is too large: at most {mb} MB.' },
  unexpected: { nl: 'Onverwachte fout: {reason}', en: 'Unexpected error: {reason}' },
  statsTitle: { nl: 'Kerncijfers van {title}', en: 'Key figures of {title}' },
} as const satisfies Record<string, Localized>;

/**
 * One of the CLI's messages in a language, its placeholders filled by the
 * core's message formatter (the same as for findings and the editor).
 *
 * @example
 * say('invalid', { file: 'plan.json', count: 2 }, 'nl'); // 'plan.json: 2 fouten'
 */
export function say(key: keyof typeof MESSAGES, params: MessageParams, language: Language): string {
  return formatMessage(MESSAGES[key][language], params, language);
}
