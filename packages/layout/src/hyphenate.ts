// A language's hyphenation comes from the core (`loadHyphenate`), shared with the editor's cards.
export { loadHyphenate, type Hyphenate } from '@veranderlogica/core';
