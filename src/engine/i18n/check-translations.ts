// Names every line of a translation that is missing, stale (its English changed since it was
// translated: the recorded hash differs) or left over (its English line is gone), by unit and key:
// "zh-CN causes/origin-overloaded steps.check-load.title: English changed (was 1a2b3c4d, now 5e6f7a8b)".
// The data test fails on any of them; scripts/translation-skeletons.ts adds and removes lines.
import type { Cause } from '../knowledge/cause';
import type { Fingerprint } from '../knowledge/fingerprint';
import type { Translations } from './localize';
import { sourceHash } from './source-hash';
import type { TranslatedLine } from './translation';
import { causeLines, causeTranslationLines, fingerprintLines, fingerprintTranslationLines, type SourceLine } from './translation-lines';

/** The problems of one unit ("zh-CN causes/origin-overloaded"), in the English order, then left-overs. */
export function lineProblems(unit: string, source: readonly SourceLine[], translated: ReadonlyMap<string, TranslatedLine>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { key, english } of source) {
    if (seen.has(key)) {
      problems.push(`${unit} ${key}: two English lines have this key (ids must be unique)`);
      continue;
    }
    seen.add(key);
    const line = translated.get(key);
    const now = sourceHash(english);
    if (!line) problems.push(`${unit} ${key}: not translated`);
    else if (line.en !== now) problems.push(`${unit} ${key}: English changed (was ${line.en}, now ${now})`);
    else if (line.text === english) problems.push(`${unit} ${key}: not translated (still the English text)`);
  }
  for (const key of translated.keys()) if (!seen.has(key)) problems.push(`${unit} ${key}: translates a line that no longer exists`);
  return problems;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Every problem of a locale's translations of the knowledge; empty when all is current. */
export function translationProblems(
  locale: string,
  knowledge: { causes: readonly Cause[]; fingerprints: readonly Fingerprint[] },
  translations: Translations,
): string[] {
  const problems: string[] = [];
  const causeText = new Map(translations.causes.map((t) => [t.id, t]));
  for (const cause of knowledge.causes) {
    const unit = `${locale} causes/${cause.id}`;
    const t = causeText.get(cause.id);
    if (t) problems.push(...lineProblems(unit, causeLines(cause), causeTranslationLines(t)));
    else problems.push(`${unit}: no translation file`);
  }
  const generators = groupBy(knowledge.fingerprints, (f) => f.generator);
  const fingerprintText = new Map(translations.fingerprints.map((t) => [t.generator, t]));
  for (const [generator, fingerprints] of generators) {
    const unit = `${locale} fingerprints/${generator}`;
    const lines = fingerprintLines(fingerprints);
    const t = fingerprintText.get(generator);
    if (t) problems.push(...lineProblems(unit, lines, fingerprintTranslationLines(t)));
    else if (lines.length > 0) problems.push(`${unit}: no translation file`);
  }
  for (const id of causeText.keys()) if (!knowledge.causes.some((c) => c.id === id)) problems.push(`${locale} causes/${id}: translates a cause that does not exist`);
  for (const g of fingerprintText.keys()) if (!generators.has(g)) problems.push(`${locale} fingerprints/${g}: translates a fingerprint that does not exist`);
  return problems;
}
