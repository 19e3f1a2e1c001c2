// The knowledge in one language: the engine's sentences, and the causes' and fingerprints' text
// from their translations (English where a line has none), found by id, never by position. A stale
// line (its English changed since) still shows its translation: the data test reports it. Built
// once per locale, on first use.
import type { Cause } from '../knowledge/cause';
import type { Fingerprint, PageRule } from '../knowledge/fingerprint';
import type { Locale } from './locale';
import { messagesFor, type Messages } from './messages';
import { refinementKey } from './refinement-key';
import type { CauseTranslation, FingerprintTranslation } from './translation';

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
    title: t.title.text,
    summary: t.summary?.text ?? cause.summary,
    why: t.why.text,
    when: cause.when.map((condition) => ({ ...condition, because: t.because[condition.id]?.text ?? condition.because })),
    steps: cause.steps.map((step) => {
      const text = t.steps[step.id];
      return text ? { ...step, title: text.title.text, detail: text.detail.text } : step;
    }),
  };
}

export function localText(locale: Locale, causes: readonly Cause[], translations: Translations | undefined): LocalText {
  const causeText = new Map(translations?.causes.map((t) => [t.id, t]));
  const pageText = new Map<string, FingerprintTranslation['pages'][string]>();
  for (const t of translations?.fingerprints ?? []) for (const [id, text] of Object.entries(t.pages)) pageText.set(`${t.generator}/${id}`, text);
  return {
    locale,
    m: messagesFor(locale),
    causes: causes.map((cause) => localCause(cause, causeText.get(cause.id))),
    ruleSays: (fingerprint, rule) => pageText.get(`${fingerprint.generator}/${rule.id}`)?.says.text ?? rule.says,
    refineSays: (fingerprint, rule, index) => {
      const refinement = rule.refine?.[index];
      if (!refinement) return '';
      return pageText.get(`${fingerprint.generator}/${rule.id}`)?.refine?.[refinementKey(refinement)]?.text ?? refinement.says;
    },
  };
}
