import { formatMessage, type Language, type Localized, type MessageParams } from '@veranderlogica/core';

/** Every text the CLI prints, in both languages. */
export const MESSAGES = {
  programHelp: {
    nl: 'Controleer, exporteer, vergelijk en meet veranderlogica’s, en draai de live werksessie-ruimte.',
    en: 'Check, export, compare and measure veranderlogica files, and run the live workshop room.',
  },
  programUsage: { nl: '<opdracht> [opties]', en: '<command> [options]' },
  titleUsage: { nl: 'Gebruik:', en: 'Usage:' },
  titleOptions: { nl: 'Opties:', en: 'Options:' },
  titleCommands: { nl: 'Opdrachten:', en: 'Commands:' },
  titleArguments: { nl: 'Argumenten:', en: 'Arguments:' },
  formatsTitle: { nl: 'Formaten:', en: 'Formats:' },
  optHelp: { nl: 'toon de hulp', en: 'show the help' },
  helpCommand: { nl: 'toon de hulp bij een opdracht', en: 'show the help for a command' },
  optVersion: { nl: 'toon de versie', en: 'show the version' },
  optLang: {
    nl: 'taal van meldingen en exports: nl of en (standaard nl, of VERANDERLOGICA_LANG)',
    en: 'language of messages and exports: nl or en (default nl, or VERANDERLOGICA_LANG)',
  },
  optJson: { nl: 'als JSON, voor scripts', en: 'as JSON, for scripts' },
  optOutput: { nl: 'schrijf naar dit bestand (zonder: naar het scherm)', en: 'write to this file (without: to the screen)' },
  argFiles: { nl: 'een of meer veranderlogica’s (.json)', en: 'one or more veranderlogica files (.json)' },
  argPlan: { nl: 'de veranderlogica (.json)', en: 'the veranderlogica (.json)' },
  validateHelp: {
    nl: 'controleer een of meer veranderlogica’s; exitcode 0 zonder fouten, 1 met fouten, 2 als een bestand niet te lezen is (het ergste telt)',
    en: 'check one or more veranderlogica files; exit code 0 without errors, 1 with errors, 2 when a file cannot be read (the worst counts)',
  },
  exportHelp: { nl: 'exporteer in een van de formaten hieronder', en: 'export in one of the formats below' },
  optFormat: { nl: 'het formaat (zie Formaten)', en: 'the format (see Formats)' },
  optDelimiter: { nl: 'scheidingsteken voor csv: , ; of tab (standaard ,)', en: 'field separator for csv: , ; or tab (default ,)' },
  optSince: {
    nl: 'rapport: "Wat is er veranderd sinds" deze versie (standaard de laatste)',
    en: 'report: "What has changed since" this version (default the latest)',
  },
  newHelp: { nl: 'maak een nieuwe veranderlogica uit een sjabloon', en: 'create a new veranderlogica from a template' },
  optTemplate: { nl: 'het sjabloon (zie: veranderlogica templates)', en: 'the template (see: veranderlogica templates)' },
  optTitle: { nl: 'de titel van het plan', en: 'the plan’s title' },
  optForce: { nl: 'overschrijf een bestaand bestand', en: 'overwrite an existing file' },
  templatesHelp: { nl: 'toon de sjablonen', en: 'list the templates' },
  statsHelp: { nl: 'toon kerncijfers', en: 'show key figures' },
  schemaHelp: { nl: 'print het JSON Schema van het bestandsformaat', en: 'print the JSON Schema of the file format' },
  diffHelp: {
    nl: 'wat is er inhoudelijk veranderd (kaarten, verbindingen, indicatoren, partners; de indeling telt niet), tussen twee bestanden of tussen een bewaarde versie en het plan nu; exitcode 0 zonder wijzigingen, 1 met',
    en: 'what changed in content (cards, connections, indicators, partners; the layout does not count), between two files or between a kept version and the plan now; exit code 0 without changes, 1 with',
  },
  argBefore: { nl: 'het oude plan (of het plan, met --since)', en: 'the old plan (or the plan, with --since)' },
  argAfter: { nl: 'het nieuwe plan', en: 'the new plan' },
  optDiffSince: { nl: 'vergelijk met deze bewaarde versie (naam of id)', en: 'compare with this kept version (name or id)' },
  versionHelp: {
    nl: 'bewaar het plan zoals het nu is als benoemde versie in het bestand',
    en: 'keep the plan as it is now as a named version in the file',
  },
  argVersionName: { nl: 'de naam van de versie (of --name)', en: 'the version’s name (or --name)' },
  optVersionName: {
    nl: 'de naam, bijvoorbeeld "Vastgesteld door de raad, 2025"',
    en: 'the name, for example "Adopted by the council, 2025"',
  },
  optVersionOutput: { nl: 'schrijf naar dit bestand (zonder: in het plan zelf)', en: 'write to this file (without: into the plan itself)' },
  versionsHelp: { nl: 'toon de bewaarde versies', en: 'list the kept versions' },
  importHelp: {
    nl: 'lees metingen in uit het ingevulde werkboek of een csv; toont wat erbij komt, wat verandert en elke foute cel; exitcode 1 als er regels geweigerd zijn',
    en: 'read measurements from the filled-in workbook or a CSV; shows what is added, what changes and every wrong cell; exit code 1 when rows were refused',
  },
  argMeasurements: { nl: 'het werkboek (.xlsx) of de csv met metingen', en: 'the workbook (.xlsx) or CSV of measurements' },
  optImportOutput: {
    nl: 'schrijf het plan met de metingen hierheen (zonder: er verandert niets)',
    en: 'write the plan with the measurements here (without: nothing changes)',
  },
  optColumns: {
    nl: 'welke kolom wat is: indicator=…,date=…,value=… (wordt onthouden in het plan)',
    en: 'which column is what: indicator=…,date=…,value=… (remembered in the plan)',
  },
  textHelp: {
    nl: 'de veranderlogica als regels tekst, voor git (diff.veranderlogica.textconv)',
    en: 'the veranderlogica as lines of text, for git (diff.veranderlogica.textconv)',
  },
  serveHelp: {
    nl: 'start de editor en de live werksessie-ruimte op één poort (met een plan: open meteen een ruimte)',
    en: 'start the editor and the live workshop room on one port (with a plan: open a room at once)',
  },
  argServePlan: { nl: 'een plan om meteen een ruimte uit te openen', en: 'a plan to open a room from at once' },
  optPort: { nl: 'de poort (standaard 1234)', en: 'the port (default 1234)' },
  optHost: {
    nl: 'het adres (standaard 127.0.0.1; 0.0.0.0 voor het netwerk van de zaal, dan vraagt een ruimte openen een sleutel)',
    en: 'the address (default 127.0.0.1; 0.0.0.0 for the venue’s network, then opening a room needs a key)',
  },
  optData: { nl: 'de map voor SQLite (standaard ./data)', en: 'the directory for SQLite (default ./data)' },
  optEditor: { nl: 'de gebouwde editor (standaard apps/editor/dist)', en: 'the built editor (default apps/editor/dist)' },
  optTrustProxy: {
    nl: 'de adressen van de reverse proxy’s waarvan X-Forwarded-For de bezoeker noemt, met komma’s',
    en: 'the addresses of the reverse proxies whose X-Forwarded-For names the visitor, comma-separated',
  },
  serveEnvironment: {
    nl: 'Omgeving:\n  DATABASE_URL        PostgreSQL in plaats van SQLite\n  REDIS_URL           meerdere processen achter één load balancer\n  VERANDERLOGICA_KEY  de sleutel om ruimtes te openen',
    en: 'Environment:\n  DATABASE_URL        PostgreSQL instead of SQLite\n  REDIS_URL           several processes behind one load balancer\n  VERANDERLOGICA_KEY  the key to open rooms',
  },
  serveRunning: {
    nl: 'Veranderlogica draait op {url}\n  opslag: {storage}{redis, select, yes {, Redis tussen processen} other {}}',
    en: 'Veranderlogica runs at {url}\n  storage: {storage}{redis, select, yes {, Redis between processes} other {}}',
  },
  serveKey: {
    nl: '  ruimtes openen vraagt deze sleutel: {key}\n  editor met sleutel: {url}/?key={key}',
    en: '  opening rooms needs this key: {key}\n  editor with the key: {url}/?key={key}',
  },
  serveNoEditor: {
    nl: '  (de editor is nog niet gebouwd: npm run build -w @veranderlogica/editor; alleen de ruimtes draaien)',
    en: '  (the editor has not been built: npm run build -w @veranderlogica/editor; only the rooms run)',
  },
  serveRoom: {
    nl: 'Ruimte geopend uit {plan}\n  code voor deelnemers: {code}   ({url}/?join={code})\n  facilitator: {url}/?room={room}#token={token}\n  scherm (beamer): {url}/?room={room}&screen#token={viewer}\n',
    en: 'Room opened from {plan}\n  code for participants: {code}   ({url}/?join={code})\n  facilitator: {url}/?room={room}#token={token}\n  screen (projector): {url}/?room={room}&screen#token={viewer}\n',
  },
  serveStopped: { nl: 'Gestopt; alle ruimtes zijn opgeslagen.', en: 'Stopped; every room has been stored.' },
  statsConnections: { nl: 'Verbindingen', en: 'Connections' },
  statsPartners: { nl: 'Partners', en: 'Partners' },
  statsTargetGroups: { nl: 'Doelgroepen', en: 'Target groups' },
  statsChains: { nl: 'Ketens', en: 'Chains' },
  statsGaps: { nl: 'Witte vlekken', en: 'Gaps' },
  statsOverlaps: { nl: 'Mogelijke dubbelingen', en: 'Possible overlaps' },
  statsIndicatorsComplete: { nl: 'Indicatoren compleet', en: 'Indicators complete' },
  statsErrors: { nl: 'Fouten', en: 'Errors' },
  statsWarnings: { nl: 'Waarschuwingen', en: 'Warnings' },
  didYouMean: { nl: 'Bedoel je {suggestion}?', en: 'Did you mean {suggestion}?' },
  optionNeedsValue: { nl: 'De optie {option} vraagt een waarde.', en: 'The option {option} needs a value.' },
  tooManyArguments: {
    nl: 'Te veel argumenten voor {command}. Zie veranderlogica {command} --help.',
    en: 'Too many arguments for {command}. See veranderlogica {command} --help.',
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

/** The names of arguments and option values in the help (`<bestand>`, `--format <formaat>`). */
export const TERMS = {
  file: { nl: 'bestand', en: 'file' },
  files: { nl: 'bestanden', en: 'files' },
  plan: { nl: 'plan', en: 'plan' },
  measurements: { nl: 'metingen', en: 'measurements' },
  before: { nl: 'oud', en: 'before' },
  after: { nl: 'nieuw', en: 'after' },
  name: { nl: 'naam', en: 'name' },
  format: { nl: 'formaat', en: 'format' },
  version: { nl: 'versie', en: 'version' },
  template: { nl: 'sjabloon', en: 'template' },
  title: { nl: 'titel', en: 'title' },
  delimiter: { nl: 'teken', en: 'delimiter' },
  mapping: { nl: 'kolommen', en: 'mapping' },
  port: { nl: 'poort', en: 'port' },
  address: { nl: 'adres', en: 'address' },
  directory: { nl: 'map', en: 'directory' },
  addresses: { nl: 'adressen', en: 'addresses' },
  language: { nl: 'taal', en: 'language' },
  options: { nl: 'opties', en: 'options' },
  command: { nl: 'opdracht', en: 'command' },
} as const satisfies Record<string, Localized>;

/**
 * A name in the help, in a language.
 *
 * @example
 * `<${term('file', 'nl')}>`; // '<bestand>'
 */
export function term(key: keyof typeof TERMS, language: Language): string {
  return TERMS[key][language];
}
