// Evaluates one fingerprint Signal against a prepared response. Body markers are answered by the
// automaton's hits (computed once per response); everything else is a lookup on bounded strings.
import type { Messages } from '../i18n/messages';
import type { Fingerprint, Signal } from '../knowledge/fingerprint';

export interface PreparedResponse {
  status: number;
  /** Lower-case header name → lower-case values (repeated names kept). */
  headers: ReadonlyMap<string, readonly string[]>;
  /** The same values as sent (trimmed), index for index: what the user is shown and copies. */
  rawHeaders: ReadonlyMap<string, readonly string[]>;
  /** Normalised body (see normalise.ts). */
  body: string;
  title: string;
  /** The body was seen and is empty (a body nobody captured is not empty: see bodyUnseen). */
  bodyEmpty: boolean;
  /** The producer could not see the body (a sub-request through webRequest). */
  bodyUnseen: boolean;
  /** The reason phrase, lower-case, white space folded. */
  statusText: string;
  /** The body has no markup at all: a page pasted or rendered as text (markers matched by their visible text). */
  asText: boolean;
  /**
   * A body without markup that was not sent as text: no Content-Type, or an HTML one. It is a page
   * whose markup was lost on the way (pasted, rendered), so markup-only markers cannot be checked.
   * A body sent as text/plain or JSON never had markup: a marker of markup does not hold in it.
   */
  markupLost: boolean;
  /** hits[markerId] === 1 when the body contains that marker. */
  markerHits: Uint8Array;
}

export type HeaderSignal = Extract<Signal, { header: string }>;

export const isHeaderSignal = (signal: Signal): signal is HeaderSignal => 'header' in signal;

/** The header signals that name a fingerprint: those putting it in the path, and its own. */
export const namingSignals = (fingerprint: Pick<Fingerprint, 'inPath' | 'ownHeaders'>): HeaderSignal[] =>
  [...fingerprint.inPath, ...(fingerprint.ownHeaders ?? [])].filter(isHeaderSignal);

export function headerHolds(signal: HeaderSignal, headers: PreparedResponse['headers']): boolean {
  const values = headers.get(signal.header);
  if (values === undefined) return false;
  if (signal.is === undefined && signal.has === undefined && signal.starts === undefined) return true;
  return values.some(
    (value) =>
      (signal.is === undefined || value === signal.is) &&
      (signal.has === undefined || value.includes(signal.has)) &&
      (signal.starts === undefined || value.startsWith(signal.starts)),
  );
}

/** `markerId` maps a body marker to its index in the automaton. */
export function signalHolds(
  signal: Signal,
  response: PreparedResponse,
  markerId: (marker: string) => number,
): boolean {
  if ('body' in signal) return response.markerHits[markerId(signal.body)] === 1;
  if ('title' in signal) return response.title.includes(signal.title);
  if ('bodyEmpty' in signal) return response.bodyEmpty;
  if ('statusText' in signal) return response.statusText.includes(signal.statusText);
  return headerHolds(signal, response.headers);
}

/** A short human description of a signal that held, quoting what was seen. */
export function describeSignal(signal: Signal, response: PreparedResponse, m: Messages): { source: string; says: string } {
  if ('body' in signal) return { source: 'body', says: m.evidence.pageContains(signal.body) };
  if ('title' in signal) return { source: 'title', says: m.evidence.titleContains(signal.title) };
  if ('bodyEmpty' in signal) return { source: 'body', says: m.evidence.noBody };
  if ('statusText' in signal) return { source: 'status', says: m.evidence.statusTextContains(signal.statusText) };
  const values = response.headers.get(signal.header) ?? [];
  const at = Math.max(0, values.findIndex((v) => headerHolds({ ...signal }, new Map([[signal.header, [v]]]))));
  // Matched on the lower-case value, shown as sent: a request ID is case-sensitive (x-azure-ref is base64).
  const seen = response.rawHeaders.get(signal.header)?.[at] ?? values[at] ?? '';
  const shown = seen.length > 80 ? `${seen.slice(0, 80)}…` : seen;
  return { source: `header ${signal.header}`, says: shown ? m.evidence.headerIs(signal.header, shown) : m.evidence.headerPresent(signal.header) };
}
