// Every @example of the public surface, gathered into one TypeScript file that is type-checked, so an example
// that no longer matches the code fails a test instead of misleading a reader.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The entry points of the package: subpath and source file. */
export const ENTRY_POINTS = {
  '@veranderlogica/core': '../src/index.ts',
  '@veranderlogica/core/editing': '../src/edit/index.ts',
  '@veranderlogica/core/workshop': '../src/workshop/index.ts',
  '@veranderlogica/core/measurements': '../src/measurements/index.ts',
  '@veranderlogica/core/review': '../src/review/index.ts',
  '@veranderlogica/core/region': '../src/region/index.ts',
  '@veranderlogica/core/sync': '../src/sync/index.ts',
};

export const OPTIONS = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
};

export function entryFile(entry) {
  return fileURLToPath(new URL(ENTRY_POINTS[entry], import.meta.url));
}

function kindOf(symbol) {
  const { flags } = symbol;
  if (flags & ts.SymbolFlags.Class) return 'class';
  if (flags & ts.SymbolFlags.Function) return 'function';
  if (flags & ts.SymbolFlags.Variable) return 'const';
  if (flags & ts.SymbolFlags.Interface) return 'interface';
  if (flags & ts.SymbolFlags.TypeAlias) return 'type';
  return 'other';
}

/** Every exported name of every entry point, with its kind and the text of its examples. */
export function entryPoints() {
  const files = Object.keys(ENTRY_POINTS).map(entryFile);
  const program = ts.createProgram(files, OPTIONS);
  const checker = program.getTypeChecker();
  return Object.keys(ENTRY_POINTS).map((entry) => {
    const module = checker.getSymbolAtLocation(program.getSourceFile(entryFile(entry)));
    const names = checker
      .getExportsOfModule(module)
      .map((symbol) => {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        const examples = target
          .getJsDocTags(checker)
          .filter((tag) => tag.name === 'example')
          .map((tag) => ts.displayPartsToString(tag.text));
        return { name: symbol.name, kind: kindOf(target), examples };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    return { entry, names };
  });
}
