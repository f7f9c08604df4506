// The kinds of card live one module each in `kinds/`; this path stays for the modules that import it.
export * from './kinds/index.js';
