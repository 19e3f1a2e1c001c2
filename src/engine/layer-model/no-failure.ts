// A 503 that is not a failure: the site says it is closed for maintenance, or that this visitor is
// sending too many requests. Both are on purpose ("nothing is broken"); the page's own words say
// which, and a Retry-After header makes it surer. A page that also speaks of a failure (a stack
// trace, "bad gateway") is a failure that happens to mention maintenance, and is left alone.
import type { EvidenceItem } from '../diagnosis';
import type { Messages } from '../i18n/messages';
import type { PreparedResponse } from '../match/signals';
import type { Failure } from '../vocabulary';
import { visibleText } from './body-shape';
import { FAILURE_WORDS, MAINTENANCE_WORDS, RATE_LIMIT_WORDS } from './wording';

export interface OnPurpose {
  failure: Extract<Failure, 'maintenance' | 'rate-limited'>;
  confidence: number;
  evidence: EvidenceItem[];
}

/** Statuses a maintenance or throttling page comes with. */
const ON_PURPOSE_STATUSES = new Set([503, 429]);

const firstIn = (text: string, words: readonly string[]) => words.find((word) => text.includes(word));

export function onPurpose(response: PreparedResponse, m: Messages): OnPurpose | undefined {
  if (!ON_PURPOSE_STATUSES.has(response.status)) return undefined;
  // What the page says to its reader: a word in a script, a style or a class name says nothing.
  const text = `${response.title} ${visibleText(response.body)}`;
  if (firstIn(text, FAILURE_WORDS) !== undefined) return undefined;
  const retryAfter = response.headers.get('retry-after')?.[0];
  const retry: EvidenceItem[] = retryAfter ? [{ source: 'header retry-after', says: m.layerModel.retryAfter(retryAfter.slice(0, 40)) }] : [];
  const bonus = retryAfter ? 0.15 : 0;
  const rate = firstIn(text, RATE_LIMIT_WORDS);
  if (rate !== undefined || response.status === 429) {
    const evidence = rate !== undefined ? [{ source: 'body', says: m.layerModel.rateLimited(rate) }] : [];
    return { failure: 'rate-limited', confidence: 0.45 + bonus, evidence: [...evidence, ...retry] };
  }
  const maintenance = firstIn(text, MAINTENANCE_WORDS);
  if (maintenance !== undefined) {
    return { failure: 'maintenance', confidence: 0.5 + bonus, evidence: [{ source: 'body', says: m.layerModel.maintenance(maintenance) }, ...retry] };
  }
  return undefined;
}
