// Lint, plus the boundaries between the contexts (eslint-zones.js): the engine imports nothing from
// the extension, the CLI, preact, the polyfill or Node, so it runs unchanged in the worker, the
// popup, Node and tests; each context reaches the others only through messages or src/shared.
import tseslint from 'typescript-eslint';
import { zoneBlocks } from './eslint-zones.js';

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
  // Which folder may import which: the table is in eslint-zones.js (docs/architecture.md prints it).
  ...zoneBlocks(),
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'chrome', 'browser', 'document', 'window', 'fetch'],
    },
  },
);
