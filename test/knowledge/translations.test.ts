// Every line of the knowledge has its Simplified Chinese counterpart, in the same place: a cause's
// conditions and steps, a fingerprint's rules and refinements. Translations cannot fall behind.
import { describe, expect, it } from 'vitest';
import { CAUSES, FINGERPRINTS } from '../../src/engine';
import { CAUSES_ZH_CN } from '../../src/engine/i18n/zh-CN/causes';
import { FINGERPRINTS_ZH_CN } from '../../src/engine/i18n/zh-CN/fingerprints';

/** Han characters or CJK punctuation: a line that only quotes an English page still reads as Chinese. */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe('zh-CN translations', () => {
  const causes = new Map(CAUSES_ZH_CN.map((t) => [t.id, t]));
  const fingerprints = new Map(FINGERPRINTS_ZH_CN.map((t) => [t.generator, t]));

  it.each(CAUSES.map((c) => [c.id, c] as const))('cause %s is translated line for line', (_id, cause) => {
    const t = causes.get(cause.id);
    expect(t, 'a translation file exists').toBeDefined();
    expect(t!.because).toHaveLength(cause.when.length);
    expect(Object.keys(t!.steps)).toEqual(cause.steps.map((s) => s.id));
    for (const text of [t!.title, t!.why, ...t!.because, ...Object.values(t!.steps).flatMap((s) => [s.title, s.detail])]) {
      expect(text, text).toMatch(CJK);
    }
  });

  it.each(FINGERPRINTS.filter((f) => f.pages.length > 0).map((f) => [f.generator, f] as const))('fingerprint %s is translated line for line', (_id, fingerprint) => {
    const t = fingerprints.get(fingerprint.generator);
    expect(t, 'a translation file exists').toBeDefined();
    expect(Object.keys(t!.pages).sort()).toEqual(fingerprint.pages.map((p) => p.id).sort());
    for (const rule of fingerprint.pages) {
      const line = t!.pages[rule.id]!;
      expect(line.says, line.says).toMatch(CJK);
      expect(line.refine ?? []).toHaveLength(rule.refine?.length ?? 0);
      for (const refined of line.refine ?? []) expect(refined, refined).toMatch(CJK);
    }
  });

  it('has no translation for a unit that does not exist', () => {
    expect([...causes.keys()].filter((id) => !CAUSES.some((c) => c.id === id))).toEqual([]);
    expect([...fingerprints.keys()].filter((g) => !FINGERPRINTS.some((f) => f.generator === g))).toEqual([]);
  });
});
