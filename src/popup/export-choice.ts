// What an export or a copied report holds (sanitized or not, the client's IP, kinds kept, the
// language): chosen in the share section, read by every button that copies or exports, the quick
// "Copy report" at the top included, so both copy the same report.
import type { RedactionKind } from '../engine/export/redaction-report';
import type { Locale } from '../engine/i18n/locale';
import type { ExportChoice } from '../shared/messages';

export interface ReportChoice extends ExportChoice {
  language: Locale;
}

type Listener = (choice: ReportChoice) => void;

export interface ChoiceStore {
  get(): ReportChoice;
  set(change: Partial<ReportChoice>): void;
  /** Calls `listener` on every change; returns the function that stops it. */
  watch(listener: Listener): () => void;
}

export function createChoiceStore(language: Locale): ChoiceStore {
  let choice: ReportChoice = { includeSensitive: false, showClientIp: false, keep: [] as RedactionKind[], language };
  const listeners = new Set<Listener>();
  return {
    get: () => choice,
    set(change) {
      choice = { ...choice, ...change };
      for (const listener of listeners) listener(choice);
    },
    watch(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The fields the worker's export messages take (the language travels apart). */
export const exportChoiceOf = ({ includeSensitive, showClientIp, keep }: ReportChoice): ExportChoice => ({ includeSensitive, showClientIp, keep });
