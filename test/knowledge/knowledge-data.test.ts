// Knowledge is data, checked like code: every file matches its schema, its id is its file name,
// every generator of the vocabulary has a fingerprint and fixtures, regexes cannot backtrack.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAUSES, FINGERPRINTS, GENERATORS, OUTCOME_GENERATORS } from '../../src/engine';
import { ON_PURPOSE_FAILURES } from '../../src/engine/vocabulary';
import { CauseSchema, FingerprintSchema } from '../../src/engine/knowledge/schemas';
import { normaliseMarkup } from '../../src/engine/match/normalise';
import { PAGES_DIR, loadPageFixtures } from '../support/page-fixtures';

const ENGINE = join(import.meta.dirname, '..', '..', 'src', 'engine');
const filesIn = (folder: string) =>
  readdirSync(join(ENGINE, folder)).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3)).sort();

/** Nested quantifiers and unbounded repeats of wide classes are how regexes go exponential. */
function isSafePattern(pattern: RegExp): boolean {
  const source = pattern.source;
  if (/\([^)]*[+*][^)]*\)[+*{]/.test(source)) return false;
  if (/\.[*+]/.test(source)) return false;
  return source.length <= 200;
}

/**
 * Generators for which no public capture of a page or header exists (searched in English and
 * Chinese: vendor docs, detection tools' rule sets, public issues). Their file says so; they claim
 * no page rather than invented markup, and they are the only ones allowed to go without fixtures.
 */
const WITHOUT_PUBLIC_EVIDENCE = new Set(['tencent-anti-ddos']);

describe('fingerprints', () => {
  const products = GENERATORS.filter((g) => !(OUTCOME_GENERATORS as readonly string[]).includes(g));

  it('exist for every product generator in the vocabulary, one file each, named by id', () => {
    expect(filesIn('fingerprints')).toEqual([...products].sort());
    for (const fingerprint of FINGERPRINTS) expect(filesIn('fingerprints')).toContain(fingerprint.generator);
  });

  it.each(FINGERPRINTS.map((f) => [f.generator, f] as const))('%s matches the schema', (_id, fingerprint) => {
    const result = FingerprintSchema.safeParse(fingerprint);
    expect(result.success, result.error?.message).toBe(true);
    if (!WITHOUT_PUBLIC_EVIDENCE.has(fingerprint.generator)) expect(fingerprint.pages.length).toBeGreaterThan(0);
    const ruleIds = fingerprint.pages.map((p) => p.id);
    expect(new Set(ruleIds).size, 'rule ids are unique').toBe(ruleIds.length);
  });

  it('write body markers as the normaliser writes pages (quoted attributes, no self-closing slash)', () => {
    const markers = FINGERPRINTS.flatMap((f) => f.pages.flatMap((r) =>
      [...r.all, ...(r.any ?? []), ...(r.not ?? []), ...(r.refine ?? []).flatMap((x) => x.when)]
        .flatMap((signal) => ('body' in signal ? [`${f.generator}: ${signal.body}`] : []))));
    const off = markers.filter((m) => {
      const marker = m.slice(m.indexOf(': ') + 2);
      return normaliseMarkup(marker) !== marker.trim();
    });
    expect(off).toEqual([]);
  });

  it('use only safe, bounded regular expressions', () => {
    for (const fingerprint of FINGERPRINTS) {
      const patterns = [
        ...fingerprint.pages.flatMap((p) => (p.code ? [p.code.pattern] : [])),
        ...(fingerprint.requestIds ?? []).flatMap((r) => ('pattern' in r ? [r.pattern] : [])),
      ];
      for (const pattern of patterns) {
        expect(isSafePattern(pattern), `${fingerprint.generator}: ${pattern}`).toBe(true);
        expect(pattern.flags.includes('g'), `${fingerprint.generator}: stateful /g pattern ${pattern}`).toBe(false);
      }
    }
  });

  it('list a success status only for a page that stops the visitor on purpose', () => {
    const off: string[] = [];
    for (const fingerprint of FINGERPRINTS) {
      for (const rule of fingerprint.pages) {
        for (const status of (rule.status ?? []).filter((s) => s < 400)) {
          const verdict = { blame: rule.blame, failure: rule.failure, ...rule.byStatus?.[status] };
          if (verdict.blame !== 'none' || !(ON_PURPOSE_FAILURES as readonly string[]).includes(verdict.failure ?? '')) off.push(`${fingerprint.generator}/${rule.id} at ${status}`);
        }
      }
    }
    expect(off).toEqual([]);
  });

  it('have at least two fixtures each', () => {
    const counts = new Map<string, number>();
    for (const f of loadPageFixtures()) counts.set(f.folder, (counts.get(f.folder) ?? 0) + 1);
    const thin = products.filter((g) => (counts.get(g) ?? 0) < 2 && !WITHOUT_PUBLIC_EVIDENCE.has(g));
    expect(thin, `fixtures in ${PAGES_DIR}`).toEqual([]);
    expect(counts.get('none') ?? 0).toBeGreaterThanOrEqual(5);
    expect(counts.get('unknown') ?? 0).toBeGreaterThanOrEqual(3);
  });
});

describe('causes', () => {
  it('are one file each, named by id', () => {
    expect(CAUSES.map((c) => c.id).sort()).toEqual(filesIn('causes'));
  });

  it.each(CAUSES.map((c) => [c.id, c] as const))('%s matches the schema and has next steps', (_id, cause) => {
    const result = CauseSchema.safeParse(cause);
    expect(result.success, result.error?.message).toBe(true);
    expect(cause.steps.length).toBeGreaterThan(0);
    expect(cause.when.some((c) => c.weight > 0), 'a cause must be reachable').toBe(true);
    for (const step of cause.steps) {
      for (const placeholder of step.command?.match(/\{[a-z]+\}/g) ?? []) {
        expect(['{host}', '{url}', '{origin}', '{ip}', '{port}', '{scheme}'], `${cause.id}/${step.id}`).toContain(placeholder);
      }
    }
  });
});
