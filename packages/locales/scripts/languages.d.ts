/** The packages that have texts, each a part of every language's file. */
export const PARTS: readonly string[];
/** The language codes in display order: Dutch first, then the others by code. */
export function languageCodes(srcDir: string): string[];
/** The text of src/languages.generated.ts for these codes. */
export function languagesModule(codes: readonly string[]): string;
