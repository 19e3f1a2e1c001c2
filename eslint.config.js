// Lint, plus the one boundary that matters: the engine imports nothing from the extension, the CLI,
// preact, the polyfill or Node, so it runs unchanged in the worker, the popup, Node and tests.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The popup renders text only; scripts/lint-firefox.mjs accepts the innerHTML in Preact's
    // renderer because of this rule.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]', message: 'No HTML from strings in the popup: render text.' }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['fs', 'path', 'url', 'crypto', 'os', 'http', 'https'].map((name) => ({ name, message: 'The engine does not use Node built-ins.' })),
        patterns: [
          { group: ['preact', 'preact/*', 'webextension-polyfill'], message: 'The engine is free of UI and browser APIs.' },
          { group: ['node:*'], message: 'The engine does not use Node built-ins.' },
          { group: ['**/background/**', '**/popup/**', '**/content/**', '**/cli/**'], message: 'The engine imports nothing from the extension or the CLI.' },
        ],
      }],
      'no-restricted-globals': ['error', 'chrome', 'browser', 'document', 'window', 'fetch'],
    },
  },
);
