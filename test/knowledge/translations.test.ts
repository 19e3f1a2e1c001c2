// Every line of the knowledge has its Simplified Chinese counterpart, found by id (a condition's or
// step's id, a page rule's id, a refinement's signals), and was translated from the English as it
// is now: each line records the hash of its English, so an edited English line fails here by name.
import { describe, expect, it } from 'vitest';
import { CAUSES, FINGERPRINTS } from '../../src/engine';
import { translationProblems } from '../../src/engine/i18n/check-translations';
import { causeTranslationLines, fingerprintTranslationLines } from '../../src/engine/i18n/translation-lines';
import { CAUSES_ZH_CN } from '../../src/engine/i18n/zh-CN/causes';
import { FINGERPRINTS_ZH_CN } from '../../src/engine/i18n/zh-CN/fingerprints';

/** Han characters or CJK punctuation: a line that only quotes an English page still reads as Chinese. */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

const HOW_TO_REFRESH = [
  'Translations out of step with the English knowledge.',
  'New or removed lines: npx tsx scripts/translation-skeletons.ts zh-CN (new lines hold the English, to be translated).',
  '"English changed": update the Chinese of those lines, then npx tsx scripts/translation-skeletons.ts zh-CN --accept-changed.',
  'New files: node scripts/index-knowledge.mjs.',
].join('\n');

describe('zh-CN translations', () => {
  it('translate every line of every cause and fingerprint from its current English, and nothing else', () => {
    const problems = translationProblems('zh-CN', { causes: CAUSES, fingerprints: FINGERPRINTS }, { causes: CAUSES_ZH_CN, fingerprints: FINGERPRINTS_ZH_CN });
    expect(problems, HOW_TO_REFRESH).toEqual([]);
  });

  it.each([
    ...CAUSES_ZH_CN.map((t) => [`causes/${t.id}`, causeTranslationLines(t)] as const),
    ...FINGERPRINTS_ZH_CN.map((t) => [`fingerprints/${t.generator}`, fingerprintTranslationLines(t)] as const),
  ])('%s reads as Chinese', (_unit, lines) => {
    for (const [key, line] of lines) expect(line.text, key).toMatch(CJK);
  });
});
