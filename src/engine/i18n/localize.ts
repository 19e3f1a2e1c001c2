// The knowledge in one language: the engine's sentences, and the causes' and fingerprints' text
// from their translations (English where a line has none). Built once per locale, on first use.
import type { Cause } from '../knowledge/cause';
import type { Fingerprint, PageRule } from '../knowledge/fingerprint';
import type { CauseTranslation, FingerprintTranslation } from '../knowledge/translation';
import type { Locale } from './locale';
import { messagesFor, type Messages } from './messages';

export interface Translations {
  causes: readonly CauseTranslation[];
  fingerprints: readonly FingerprintTranslation[];
}

export interface LocalText {
  locale: Locale;
  m: Messages;
  causes: readonly Cause[];
  ruleSays(fingerprint: Fingerprint, rule: PageRule): string;
  refineSays(fingerprint: Fingerprint, rule: PageRule, index: number): string;
}

function localCause(cause: Cause, t: CauseTranslation | undefined): Cause {
  if (!t) return cause;
  return {
    ...cause,
    title: t.title,
    why: t.why,
    when: cause.when.map((condition, i) => ({ ...condition, because: t.because[i] ?? condition.because })),
    steps: cause.steps.map((step) => ({ ...step, ...(t.steps[step.id] ?? {}) })),
  };
}

export function localText(locale: Locale, causes: readonly Cause[], translations: Translations | undefined): LocalText {
  const causeText = new Map(translations?.causes.map((t) => [t.id, t]));
  const pageText = new Map<string, { says: string; refine?: string[] }>();
  for (const t of translations?.fingerprints ?? []) for (const [id, text] of Object.entries(t.pages)) pageText.set(`${t.generator}/${id}`, text);
  return {
    locale,
    m: messagesFor(locale),
    causes: causes.map((cause) => localCause(cause, causeText.get(cause.id))),
    ruleSays: (fingerprint, rule) => pageText.get(`${fingerprint.generator}/${rule.id}`)?.says ?? rule.says,
    refineSays: (fingerprint, rule, index) => pageText.get(`${fingerprint.generator}/${rule.id}`)?.refine?.[index] ?? rule.refine?.[index]?.says ?? '',
  };
}
