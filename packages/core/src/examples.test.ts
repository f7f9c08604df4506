import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without types
import { ENTRY_POINTS, entryPoints, OPTIONS } from '../scripts/examples.js';

interface Entry {
  readonly entry: string;
  readonly names: readonly { readonly name: string; readonly kind: string; readonly examples: readonly string[] }[];
}

const HERE = dirname(fileURLToPath(import.meta.url));
const FILE = join(HERE, '__examples__.ts');

// What an example may take as given without writing it out: the plan at hand, its cards, the host's own
// functions (a notice, a file to write) and a Yjs document.
const SCOPE = `
import * as Y from 'yjs';
import { CORE } from '@veranderlogica/locales';
declare const region: Region, plans: Document[], municipality: Document, files: readonly string[];
declare const document: Document, before: Document, after: Document, a: Document, b: Document, adopted: Document, current: Document, opened: Document;
declare const text: string, path: string, clipboardText: string, lang: Language, flag: string, id: string;
declare const operation: Operation, node: ToCNode, indicator: IndicatorNode, edge: Edge, history: History;
declare const goal: NodeOfKind<'goal'>, intervention: NodeOfKind<'intervention'>, mechanism: NodeOfKind<'mechanism'>, outcome: NodeOfKind<'outcome'>;
declare const selected: readonly string[], selectedIds: readonly string[], selection: readonly string[], ids: Set<string>;
declare const cards: readonly { x: number; y: number; width: number; height: number }[];
declare const bytes: Uint8Array, file: File, element: HTMLElement, error: ParseError, fragment: Fragment, at: Position;
declare const store: { readonly document: Document; apply(operation: Operation | readonly Operation[]): void };
declare function use(document: Document): void;
declare function notice(message: string): void;
declare function picture(): Promise<string>;
declare const shared: SharedDocument, command: RoomCommand, card: InboxCard, claims: { readonly id: string }, room: RoomState;
declare const send: OutboxSend, storage: OutboxStorage, change: { readonly changes: readonly Change[] }, serverNow: number;
declare const connection: {
  command(command: RoomCommand, key: string): Promise<RoomCommandAnswer>;
  onConnected(listener: () => void): void;
  sendStateless(text: string): void;
};
declare const provider: { sendStateless(text: string): void };
declare function render(waiting: number): void;
declare function refuse(): void;
declare class WebSocketServer {
  constructor(options: { maxPayload: number });
}
declare const ydoc: Y.Doc;
declare const nl: { readonly summary: 'Samenvatting'; readonly goal: { readonly one: 'doel'; readonly many: 'doelen' } };
declare const en: CatalogueOf<typeof nl>;
declare function readFile(path: string, encoding: 'utf8'): Promise<string>;
declare function writeFile(path: string, text: string): Promise<void>;
declare function show(message: string): void;
declare function showNotice(message: string, where?: string): void;
declare function notify(message: string): void;
declare function toast(message: string): void;
`;

/** Type-checks these files (name to text) beside the real sources; returns each problem with the line it is on. */
function problemsIn(files: ReadonlyMap<string, string>): string[] {
  const options = { ...OPTIONS, noUnusedLocals: false, customConditions: ['veranderlogica-source'], types: ['node'] };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) => {
    const text = files.get(name);
    return text === undefined ? read(name, language, ...rest) : ts.createSourceFile(name, text, language);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && files.has(diagnostic.file.fileName))
    .map((diagnostic) => {
      const lines = files.get(diagnostic.file!.fileName)!.split('\n');
      let line = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line;
      const at = `${diagnostic.file!.fileName.slice(HERE.length + 1)}:${line + 1}`;
      while (line > 0 && !lines[line]!.startsWith('// @')) line -= 1;
      const label = lines[line]!.startsWith('// @') ? lines[line]!.slice(3) : at;
      return `${label}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
    });
}

function sourceOf(entries: readonly Entry[]): string {
  const imports = entries.map(({ entry, names }) => {
    const from = `./${(ENTRY_POINTS as Record<string, string>)[entry]!.replace(/^\.\.\/src\//, '').replace(/\.ts$/, '.js')}`;
    return `import { ${names.map(({ name, kind }) => (kind === 'type' || kind === 'interface' ? `type ${name}` : name)).join(', ')} } from '${from}';`;
  });
  const blocks = entries.flatMap(({ entry, names }) =>
    names.flatMap(({ name, examples }) =>
      examples.map((example) => `// ${entry} ${name}\nasync function example_${name}() {\n${example}\n}\n`),
    ),
  );
  return [...imports, SCOPE, ...blocks].join('\n');
}

describe('the examples in the documentation', () => {
  const entries = (entryPoints as () => Entry[])();

  it('are given for every name of every entry point', () => {
    const missing = entries.flatMap(({ entry, names }) =>
      names.filter(({ examples }) => examples.length === 0).map(({ name }) => `${entry} ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('compile against the code they describe', () => {
    expect(problemsIn(new Map([[FILE, sourceOf(entries)]]))).toEqual([]);
  });

  it('in the READMEs compile too, each TypeScript block as a module of its own', () => {
    const blocks = new Map<string, string>();
    for (const [name, readme] of [
      ['core', '../README.md'],
      ['root', '../../../README.md'],
    ] as const) {
      const text = readFileSync(join(HERE, readme), 'utf8');
      for (const [index, match] of [...text.matchAll(/```ts\n([\s\S]*?)```/g)].entries()) {
        if (match[1]!.includes('@veranderlogica/core'))
          blocks.set(join(HERE, `__readme_${name}_block_${index + 1}__.ts`), `${match[1]!}\nexport {};\n`);
      }
    }
    expect(blocks.size).toBeGreaterThanOrEqual(6);
    expect(problemsIn(blocks)).toEqual([]);
  });
});
