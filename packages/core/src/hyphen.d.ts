// The hyphen package (Liang's algorithm with TeX's patterns) is CommonJS without types for its files.
declare module 'hyphen/hyphen.js' {
  /** Makes a hyphenation function from a language's patterns. */
  const createHyphenator: (
    patterns: unknown,
    options?: { readonly hyphenChar?: string; readonly minWordLength?: number },
  ) => (text: string) => string;
  export default createHyphenator;
}
// Every language's patterns, one module each.
declare module 'hyphen/patterns/*' {
  const patterns: unknown;
  export default patterns;
}
