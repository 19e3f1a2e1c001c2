// Translations of the knowledge, one file per cause and per fingerprint under i18n/<locale>/,
// mirroring the English files: the data test checks that every cause, condition, step, page rule
// and refinement has its line, so a translation cannot silently fall behind.

export interface CauseTranslation {
  id: string;
  title: string;
  why: string;
  /** One line per condition of the cause, in the same order. */
  because: string[];
  /** By step id. */
  steps: Record<string, { title: string; detail: string }>;
}

export interface FingerprintTranslation {
  generator: string;
  /** By page rule id: what it says, and one line per refinement in the same order. */
  pages: Record<string, { says: string; refine?: string[] }>;
}

export const defineCauseTranslation = (t: CauseTranslation): CauseTranslation => t;
export const defineFingerprintTranslation = (t: FingerprintTranslation): FingerprintTranslation => t;
