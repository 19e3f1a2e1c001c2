// Every lint zone rejects a wrong import with its own message and accepts a right one, through the
// real eslint.config.js; and docs/architecture.md lists the same zones as eslint-zones.js.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZONES, zoneMessage } from '../../eslint-zones.js';

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.js') });

/** A file of each zone, one folder below src/: `../<context>` names another context, `../../<folder>` a folder beside src/. */
const PROBE: Record<string, string> = {
  src: 'src/engine/probe.ts',
  engine: 'src/engine/probe.ts',
  knowledge: 'src/engine/causes/probe.ts',
  background: 'src/background/probe.ts',
  popup: 'src/popup/probe.tsx',
  content: 'src/content/probe.ts',
  cli: 'src/cli/probe.ts',
  shared: 'src/shared/probe.ts',
  analyzer: 'src/analyzer/probe.tsx',
};

/** How a file one folder below src/ (two for knowledge) would import each target. */
const WRONG_SPECIFIER: Record<string, string> = {
  engine: '../engine/diagnose',
  background: '../background/dispatch',
  popup: '../popup/api',
  content: '../content/serialize',
  cli: '../cli/options',
  shared: '../shared/limits',
  test: '../../test/support/pages',
  harness: '../../harness/fixtures',
  scripts: '../../scripts/ensure-deps.mjs',
  bench: '../../bench/run',
  bin: '../../bin/faultline.mjs',
  preact: 'preact/hooks',
  'webextension-polyfill': 'webextension-polyfill',
  node: 'node:fs',
};

const RIGHT_SPECIFIER: Record<string, string> = {
  src: './sibling',
  engine: './vocabulary',
  knowledge: '../knowledge/cause',
  background: '../shared/messages',
  popup: '../shared/messages',
  content: '../shared/limits',
  cli: '../engine',
  shared: '../engine/vocabulary',
  analyzer: '../popup/views/verdict',
};

async function importErrors(file: string, specifier: string) {
  const [result] = await eslint.lintText(`import * as imported from '${specifier}';\nexport { imported };\n`, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

describe('lint zones', () => {
  // Loading typescript-eslint's parser takes most of the first lint; on a busy 2-core machine more
  // than one test's timeout. Load it once here instead of inside the first test.
  beforeAll(() => eslint.lintText('', { filePath: join(ROOT, 'src/popup/probe.tsx') }), 120_000);

  it('name the rule in their message', async () => {
    expect(await importErrors('src/popup/probe.tsx', '../background/dispatch')).toEqual([{
      ruleId: 'no-restricted-imports',
      message: "'../background/dispatch' import is restricted from being used by a pattern. zone popup ↛ background: the popup talks to the worker only through messages (src/shared/messages.ts)",
    }]);
  });

  const wrong = ZONES.flatMap((zone) => Object.entries(zone.deny ?? {}).map(([target, reason]) => ({ zone: zone.zone, target, reason })));
  it.each(wrong)('zone $zone rejects an import of $target', async ({ zone, target, reason }) => {
    const specifier = WRONG_SPECIFIER[target] ?? '';
    expect(specifier).not.toBe('');
    expect(await importErrors(PROBE[zone] ?? '', specifier)).toEqual([{
      ruleId: 'no-restricted-imports',
      message: `'${specifier}' import is restricted from being used by a pattern. ${zoneMessage(zone, target, reason)}`,
    }]);
  });

  it('zone knowledge rejects anything but the schema, the vocabulary and its own folder', async () => {
    const rule = ZONES.find((zone) => zone.zone === 'knowledge')?.allowOnly;
    expect(rule?.label).toBe('anything but the knowledge schema and the vocabulary');
    const message = zoneMessage('knowledge', rule?.label ?? '', rule?.reason ?? '');
    for (const specifier of ['../diagnose', '../match/compile', 'zod', '../../background/dispatch', 'node:fs']) {
      expect(await importErrors('src/engine/fingerprints/probe.ts', specifier)).toEqual([{
        ruleId: 'no-restricted-imports',
        message: `'${specifier}' import is restricted from being used by a pattern. ${message}`,
      }]);
    }
  });

  it.each(ZONES.map((zone) => zone.zone))('zone %s accepts a right import', async (zone) => {
    expect(await importErrors(PROBE[zone] ?? '', RIGHT_SPECIFIER[zone] ?? '')).toEqual([]);
  });

  it('lets knowledge at every depth import the schema, the vocabulary and its own folder', async () => {
    const allowed = [
      ['src/engine/fingerprints/app/probe.ts', '../../knowledge/fingerprint'],
      ['src/engine/fingerprints/probe.ts', './app/django'],
      ['src/engine/fingerprints/probe.ts', '../vocabulary'],
      ['src/engine/i18n/zh-CN/causes/probe.ts', '../../translation'],
      ['src/engine/i18n/zh-CN/causes/probe.ts', '../../../vocabulary'],
    ];
    for (const [file, specifier] of allowed) expect(await importErrors(file ?? '', specifier ?? '')).toEqual([]);
  });

  it('are the table docs/architecture.md prints', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
    for (const zone of ZONES) {
      const bounds = zone.deny ? Object.keys(zone.deny).join(', ') : `${zone.allowOnly?.label ?? ''} (and its own folder)`;
      expect(doc).toContain(`| \`${zone.zone}\` | ${zone.files.map((file) => `\`${file}\``).join(' ')} | ${bounds} |`);
    }
  });
});
