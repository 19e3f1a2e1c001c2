// A cause or a fingerprint, and its translation, as flat lists of keyed lines
// ("steps.check-load.title", "pages.branded-5xx.refine.title-524"): the shape in which the
// translation check compares them. Keys are ids, never positions.
import type { Cause } from '../knowledge/cause';
import type { Fingerprint } from '../knowledge/fingerprint';
import { refinementKey } from './refinement-key';
import type { CauseTranslation, FingerprintTranslation, TranslatedLine } from './translation';

export interface SourceLine {
  key: string;
  english: string;
}

export function causeLines(cause: Cause): SourceLine[] {
  return [
    { key: 'title', english: cause.title },
    { key: 'summary', english: cause.summary },
    { key: 'why', english: cause.why },
    ...cause.when.map((condition) => ({ key: `because.${condition.id}`, english: condition.because })),
    ...cause.steps.flatMap((step) => [
      { key: `steps.${step.id}.title`, english: step.title },
      { key: `steps.${step.id}.detail`, english: step.detail },
    ]),
  ];
}

/** Every page rule of the fingerprints that share one generator (one translation file). */
export function fingerprintLines(fingerprints: readonly Fingerprint[]): SourceLine[] {
  return fingerprints.flatMap((fingerprint) => fingerprint.pages.flatMap((rule) => [
    { key: `pages.${rule.id}.says`, english: rule.says },
    ...(rule.refine ?? []).map((refinement) => ({ key: `pages.${rule.id}.refine.${refinementKey(refinement)}`, english: refinement.says })),
  ]));
}

export function causeTranslationLines(t: CauseTranslation): Map<string, TranslatedLine> {
  const lines = new Map<string, TranslatedLine>([['title', t.title], ['why', t.why]]);
  // Files written before causes had a summary lack it: the check reports it missing by name.
  if (t.summary) lines.set('summary', t.summary);
  for (const [id, line] of Object.entries(t.because)) lines.set(`because.${id}`, line);
  for (const [id, step] of Object.entries(t.steps)) {
    lines.set(`steps.${id}.title`, step.title);
    lines.set(`steps.${id}.detail`, step.detail);
  }
  return lines;
}

export function fingerprintTranslationLines(t: FingerprintTranslation): Map<string, TranslatedLine> {
  const lines = new Map<string, TranslatedLine>();
  for (const [id, page] of Object.entries(t.pages)) {
    lines.set(`pages.${id}.says`, page.says);
    for (const [key, line] of Object.entries(page.refine ?? {})) lines.set(`pages.${id}.refine.${key}`, line);
  }
  return lines;
}
