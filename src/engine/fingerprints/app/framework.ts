// What one framework contributes to the 'app' fingerprint (../app.ts composes them): the headers
// that show it answered, its request ids, the pages it writes and where those facts come from.
import type { PageRule, RequestIdSource, Signal } from '../../knowledge/fingerprint';

export interface FrameworkRules {
  /** Header signals that show this framework answered (they join the fingerprint's inPath). */
  inPath?: Signal[];
  requestIds?: RequestIdSource[];
  /** Pages the framework writes, recognised by their markup or text. */
  pages: PageRule[];
  /**
   * Rules that rest on a header alone, at low confidence. They are evaluated after every
   * framework's pages: at equal confidence the earlier rule wins, and a page should beat a header.
   */
  headerHints?: PageRule[];
  sources: string[];
}

/** Identity helper that gives the framework files type checking without a runtime cost. */
export const defineFrameworkRules = (rules: FrameworkRules): FrameworkRules => rules;
