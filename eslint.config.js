// Lint: typescript-eslint's type-aware rules catch what tests miss (floating promises, unsafe any);
// core stays free of DOM, React and Node built-ins so it runs anywhere.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'packages/viewer/bundle/**',
      '**/node_modules/**',
      'coverage/**',
      'storybook-static/**',
      '**/*.d.ts',
      'apps/editor/e2e/screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.tsx', 'apps/editor/src/**/*.ts', 'packages/ui/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The core runs in browsers too: no Node built-ins.' },
            { group: ['react', 'react-dom', '@xyflow/*'], message: 'The core knows nothing of React.' },
          ],
        },
      ],
    },
  },
  {
    // Every text a user reads comes from a catalogue in `packages/locales` (Dutch by concern in `nl/`, every other
    // language one file), and no code names a language: a text in every language is made with `inEveryLanguage`,
    // and what differs by language (its locale, its words) is read from the catalogue. So a new language is one file.
    files: ['packages/*/src/**/*.{ts,tsx}', 'apps/editor/src/**/*.{ts,tsx}'],
    ignores: [
      '**/*.test.{ts,tsx}',
      '**/*.stories.tsx',
      '**/stories-support.ts*',
      'packages/*/src/testing/**',
      'packages/*/src/test-support/**',
      'packages/locales/src/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ObjectExpression:has(> Property[key.name="nl"]):has(> Property[key.name="en"])',
          message:
            'A text in Dutch and English belongs in the catalogues (packages/locales: nl/<concern>.ts and en.ts), used by its key; a text made in every language is inEveryLanguage((language) => …).',
        },
        {
          selector: 'BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(nl|en)$/]',
          message: 'Code does not branch on a language: read what differs from the catalogue (languageInfo(language), TEXTS…[language]).',
        },
        {
          selector: 'CallExpression[callee.name="bilingual"]',
          message: 'bilingual() is for texts outside the project (plug-ins, tests); the project keeps its texts in the catalogues.',
        },
        {
          selector: 'TSLiteralType > Literal[value=/^(nl|en)$/]',
          message: 'A language is the type Language, not a list of codes.',
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', '**/test-support/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node }, parserOptions: { projectService: false, project: null } },
  },
  {
    // Browser tests wait for states (a poll, a selector, viewSettled), never for a fixed time.
    files: ['apps/editor/e2e/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'waitForTimeout', message: 'Wait for a state (expect.poll, waitForFunction, viewSettled), not for a fixed time.' },
      ],
    },
  },
  {
    // Benchmarks that drive a browser: their page.evaluate callbacks run in the page.
    files: ['apps/editor/bench/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
