// The hyphen package (Liang's algorithm with TeX's patterns) is CommonJS without types for its files.
declare module 'hyphen/hyphen.js' {
  /** Makes a hyphenation function from a language's patterns. */
  const createHyphenator: (
    patterns: unknown,
    options?: { readonly hyphenChar?: string; readonly minWordLength?: number },
  ) => (text: string) => string;
  export default createHyphenator;
}
declare module 'hyphen/patterns/nl.js' {
  const patterns: unknown;
  export default patterns;
}
declare module 'hyphen/patterns/en-gb.js' {
  const patterns: unknown;
  export default patterns;
}
