// A refinement has no id of its own: it is keyed by the signals it tests, which stay put when a
// sibling is inserted or the English is reworded, and change only when it tests something else
// (then it is a different refinement and needs a new translation anyway).
import type { Refinement, Signal } from '../knowledge/fingerprint';

// Underscores are kept: "tls_error" and "tls error" are different markers.
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9_]+/g, '-').replace(/^-+|-+$/g, '');

function signalKey(signal: Signal): string {
  if ('bodyEmpty' in signal) return 'body-empty';
  if ('statusText' in signal) return `status-text-${slug(signal.statusText)}`;
  if ('body' in signal) return `body-${slug(signal.body)}`;
  if ('title' in signal) return `title-${slug(signal.title)}`;
  const tests = [
    signal.is !== undefined && `is-${slug(signal.is)}`,
    signal.has !== undefined && `has-${slug(signal.has)}`,
    signal.starts !== undefined && `starts-${slug(signal.starts)}`,
  ].filter((part) => part !== false);
  return ['header', slug(signal.header), ...tests].join('-');
}

/** e.g. "title-524", "header-x-envoy-overloaded-is-true", "body-a--body-b" for two signals. */
export const refinementKey = (refinement: Pick<Refinement, 'when'>): string => refinement.when.map(signalKey).join('--');
