// Translations of the knowledge, one file per cause and per fingerprint under i18n/<locale>/.
// Every line is found by a stable key (a condition's or step's id, a page rule's id, a refinement's
// signals), never by its position, and carries the hash of the English it was translated from, so
// inserting a line moves nothing and an edited English line is reported stale by name
// (check-translations.ts; scripts/translation-skeletons.ts writes and refreshes the files).

export interface TranslatedLine {
  /** sourceHash() of the English text this translation was made from. */
  en: string;
  text: string;
}

export interface CauseTranslation {
  id: string;
  title: TranslatedLine;
  summary: TranslatedLine;
  why: TranslatedLine;
  /** By condition id. */
  because: Record<string, TranslatedLine>;
  /** By step id. */
  steps: Record<string, { title: TranslatedLine; detail: TranslatedLine }>;
}

export interface FingerprintTranslation {
  generator: string;
  /** By page rule id; refinements by refinementKey(). */
  pages: Record<string, { says: TranslatedLine; refine?: Record<string, TranslatedLine> }>;
}

export const defineCauseTranslation = (t: CauseTranslation): CauseTranslation => t;
export const defineFingerprintTranslation = (t: FingerprintTranslation): FingerprintTranslation => t;
