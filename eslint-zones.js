// Which folder may import which, as data: eslint.config.js turns each zone into one files block of
// no-restricted-imports, test/lint/zones.test.ts lints a wrong and a right import for every zone,
// and docs/architecture.md prints the same table. Specifiers are matched as written (the core rule
// does not resolve them), so a folder is recognised as the first name after the leading ./ and ../.
import { builtinModules } from 'node:module';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const folder = (name) => `^(?:\\.\\.?/)+(?:src/)?${name}(?:/|$)`;
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_')).map(escape).join('|');

/** What each denied target looks like in an import specifier. */
export const TARGETS = {
  engine: folder('engine'),
  background: folder('background'),
  popup: folder('popup'),
  content: folder('content'),
  cli: folder('cli'),
  shared: folder('shared'),
  test: folder('test'),
  harness: folder('harness'),
  scripts: folder('scripts'),
  bench: folder('bench'),
  bin: folder('bin'),
  preact: '^preact(?:/|$)',
  'webextension-polyfill': '^webextension-polyfill(?:/|$)',
  node: `^(?:node:|(?:${nodeBuiltins})(?:/|$))`,
};

const WORKER_VIA_MESSAGES = 'talks to the worker only through messages (src/shared/messages.ts)';

/**
 * `deny` maps a target to the reason it is out of bounds. A zone `within` another also obeys the
 * outer zone's denials (flat config keeps only the last block's options for a rule, so each block
 * carries the whole list). `allowOnly` zones list what they may import; everything else is denied.
 */
export const ZONES = [
  {
    zone: 'src',
    files: ['src/**/*.{ts,tsx}'],
    deny: {
      test: 'what ships never depends on the tests',
      harness: 'the error gallery and launchers are test harness, not product',
      scripts: 'build and maintenance scripts run beside the product, not in it',
      bench: 'the bench measures the product from outside',
      bin: 'the CLI launcher starts src/cli, not the other way round',
    },
  },
  {
    zone: 'engine',
    within: 'src',
    files: ['src/engine/**/*.ts'],
    deny: {
      background: 'the engine is pure and serves every context; the worker calls it',
      popup: 'the engine is pure and serves every context; the popup renders what it returns',
      content: 'the engine is pure; the collector only gathers evidence for it',
      cli: 'the engine is pure and serves every context; the CLI calls it',
      shared: 'the engine is the bottom layer; shared code builds on it, not under it',
      preact: 'the engine is free of UI',
      'webextension-polyfill': 'the engine is free of browser APIs (they are passed in)',
      node: 'the engine does not use Node built-ins, so it runs unchanged in the browser',
    },
  },
  {
    zone: 'knowledge',
    files: [
      'src/engine/causes/*.ts',
      'src/engine/fingerprints/**/*.ts',
      'src/engine/i18n/*/causes/**/*.ts',
      'src/engine/i18n/*/fingerprints/**/*.ts',
    ],
    allowOnly: {
      label: 'anything but the knowledge schema and the vocabulary',
      // Files of its own folder and below (the generated index, a unit split into parts), the schema of
      // the knowledge (src/engine/knowledge/*) and of its translations (src/engine/i18n/translation.ts),
      // and src/engine/vocabulary.ts.
      pattern: '^(?:\\./[\\w-]+(?:/[\\w-]+)*|(?:\\.\\./)+knowledge/[\\w-]+|(?:\\.\\./)+translation|(?:\\.\\./)+vocabulary)$',
      reason: 'knowledge is data checked by its schema; logic belongs in the engine (only src/engine/knowledge/*, src/engine/i18n/translation.ts and src/engine/vocabulary.ts)',
    },
  },
  {
    zone: 'background',
    within: 'src',
    files: ['src/background/**/*.{ts,tsx}'],
    deny: {
      popup: 'the worker answers the popup through messages (src/shared/messages.ts)',
      content: 'the worker injects the collector by file and reads its result as a message',
      cli: 'the CLI is a Node program; share code through src/engine or src/shared',
    },
  },
  {
    zone: 'popup',
    within: 'src',
    files: ['src/popup/**/*.{ts,tsx}'],
    deny: {
      background: `the popup ${WORKER_VIA_MESSAGES}`,
      content: 'the collector runs in the page; the popup sees its evidence through the worker',
      cli: 'the CLI is a Node program; share code through src/engine or src/shared',
    },
  },
  {
    zone: 'content',
    within: 'src',
    files: ['src/content/**/*.{ts,tsx}'],
    deny: {
      engine: 'the collector is injected into pages: it stays tiny and only gathers evidence; the worker diagnoses',
      background: `the collector ${WORKER_VIA_MESSAGES}`,
      popup: 'the collector runs in the page, not in the extension\'s pages',
      cli: 'the CLI is a Node program; the collector runs in a page',
    },
  },
  {
    zone: 'cli',
    within: 'src',
    files: ['src/cli/**/*.{ts,tsx}'],
    deny: {
      background: 'the CLI runs in Node without the extension; share code through src/engine or src/shared',
      popup: 'the CLI runs in Node without the extension; share code through src/engine or src/shared',
      content: 'the CLI runs in Node without the extension; share code through src/engine or src/shared',
    },
  },
  {
    zone: 'analyzer',
    within: 'src',
    files: ['src/analyzer/**/*.{ts,tsx}'],
    deny: {
      background: 'the analyzer reads HAR files in its own worker; it needs nothing of the extension\'s worker',
      content: 'the analyzer reads HAR files, not pages',
      cli: 'the CLI is a Node program; share code through src/engine or src/shared',
      node: 'the analyzer is a web page too (dist/web): no Node built-ins',
    },
  },
  {
    zone: 'shared',
    within: 'src',
    files: ['src/shared/**/*.{ts,tsx}'],
    deny: {
      background: 'shared code serves every context and depends on none of them',
      popup: 'shared code serves every context and depends on none of them',
      content: 'shared code serves every context and depends on none of them',
      cli: 'shared code serves every context and depends on none of them',
    },
  },
];

export const zoneMessage = (zone, target, reason) => `zone ${zone} ↛ ${target}: ${reason}`;

const zoneNamed = (name) => ZONES.find((zone) => zone.zone === name);

/** The no-restricted-imports patterns a zone's files obey: its own and those of the zones it is within. */
export function zonePatterns(zone) {
  if (zone.allowOnly) {
    const { label, pattern, reason } = zone.allowOnly;
    return [{ regex: `^(?!${pattern})`, message: zoneMessage(zone.zone, label, reason) }];
  }
  const outer = zone.within ? zonePatterns(zoneNamed(zone.within)) : [];
  const own = Object.entries(zone.deny).map(([target, reason]) => ({
    regex: TARGETS[target],
    message: zoneMessage(zone.zone, target, reason),
  }));
  return [...outer, ...own];
}

/** One flat-config block per zone, in table order, so a nested zone's block comes after its outer zone's. */
export const zoneBlocks = () =>
  ZONES.map((zone) => ({
    name: `zone/${zone.zone}`,
    files: zone.files,
    rules: { 'no-restricted-imports': ['error', { patterns: zonePatterns(zone) }] },
  }));
