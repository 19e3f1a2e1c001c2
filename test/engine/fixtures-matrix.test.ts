// Every fixture is attributed to its own folder's generator, with the layer and blame it expects,
// and to no other: no other generator's page rule matches it as strongly.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/engine';
import { loadPageFixtures, PAGES_DIR } from '../support/page-fixtures';

const APP_RULES_DIR = join(import.meta.dirname, '..', '..', 'src', 'engine', 'fingerprints', 'app');

const fixtures = loadPageFixtures();

describe('fixture matrix', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, { folder, fixture, evidence }) => {
    const diagnosis = diagnose(evidence);
    const { expect: want } = fixture;
    expect(want.generator, 'a fixture lives in the folder of the generator it expects').toBe(folder);
    const got = {
      generator: diagnosis.generator,
      layer: diagnosis.layer,
      blame: diagnosis.blame,
      ...(want.failure !== undefined && { failure: diagnosis.failure }),
      ...(want.path !== undefined && { path: diagnosis.path.map((hop) => hop.generator) }),
      ...(want.code !== undefined && { code: diagnosis.code }),
    };
    const wanted = {
      generator: want.generator,
      layer: want.layer,
      blame: want.blame,
      ...(want.failure !== undefined && { failure: want.failure }),
      ...(want.path !== undefined && { path: want.path }),
      ...(want.code !== undefined && { code: want.code }),
    };
    expect(got, JSON.stringify(diagnosis.evidence)).toEqual(wanted);
    for (const [key, value] of Object.entries(want.requestIds ?? {})) expect(diagnosis.requestIds[key]).toBe(value);
  });

  it('groups the app fixtures by frameworks that have their own rules file', () => {
    const entries = readdirSync(join(PAGES_DIR, 'app'), { withFileTypes: true });
    const groups = entries.filter((e) => e.isDirectory()).map((e) => e.name);
    expect(entries.filter((e) => e.isFile()).map((e) => e.name), 'app fixtures live in app/<framework>/').toEqual([]);
    expect(groups.filter((group) => !existsSync(join(APP_RULES_DIR, `${group}.ts`)))).toEqual([]);
  });
});
