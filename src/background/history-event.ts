// One page load as the site error history keeps it, and the rules of what may be kept: the time,
// the status, who wrote the answer, who is to blame, whether it failed, the generators of its path
// and the answering node. Never a URL (the site is its origin, the key), a query, a body or a header
// value other than a node id. Pure: the worker's recorder (history.ts) and the tests use it.
import { z } from 'zod';
import { diagnose } from '../engine/diagnose';
import type { Diagnosis } from '../engine/diagnosis';
import type { Locale } from '../engine/i18n/locale';
import type { Sample } from '../engine/recurrence';
import type { PopupState } from '../shared/popup-state';
import { MAX_EVENTS_PER_SITE } from '../shared/history-keys';
import { toEvidence } from './entries';
import type { EntryView } from './store';

export const HistoryEvent = z.object({
  /** When the load started (the main frame's first event, ms since the epoch): one load, one time. */
  at: z.number().finite().min(0),
  status: z.number().int().min(0).max(999),
  /** Time to the answer's headers (or to the error), -1 when unknown. */
  ms: z.number().finite().min(-1).max(86_400_000),
  generator: z.string().max(64),
  blame: z.string().max(64),
  failed: z.boolean(),
  /** The path's generators, outermost first: its signature, what "a new layer appeared" compares. */
  path: z.array(z.string().max(64)).max(16),
  node: z.string().max(128).optional(),
}).strict();
export type HistoryEvent = z.infer<typeof HistoryEvent>;

/** One site's stored events, oldest first. A record that does not parse reads as no events. */
export const SiteRecord = z.object({ events: z.array(HistoryEvent).max(MAX_EVENTS_PER_SITE) }).strict();
export type SiteRecord = z.infer<typeof SiteRecord>;
export const SiteIndex = z.record(z.string().max(512), z.number().finite().min(0));

export function readSite(value: unknown): HistoryEvent[] {
  const parsed = SiteRecord.safeParse(value);
  return parsed.success ? parsed.data.events : [];
}

export function readIndex(value: unknown): Record<string, number> {
  const parsed = SiteIndex.safeParse(value);
  return parsed.success ? parsed.data : {};
}

/** The site a page belongs to: its origin (scheme, host, port), nothing of its path or query. */
export function siteOf(url: string): string | undefined {
  try {
    const { protocol, origin } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? origin : undefined;
  } catch {
    return undefined;
  }
}

/** Appends `event` unless that load is already there (same start time), keeping the newest `max`. */
export function appendEvent(events: readonly HistoryEvent[], event: HistoryEvent, max = MAX_EVENTS_PER_SITE): HistoryEvent[] {
  if (events.some((e) => e.at === event.at)) return [...events];
  const next = [...events, event].sort((a, b) => a.at - b.at);
  return next.length > max ? next.slice(next.length - max) : next;
}

/** The sites to drop so that at most `max` stay: the least recently seen first. */
export function sitesBeyond(index: Record<string, number>, max: number): string[] {
  const sites = Object.entries(index);
  if (sites.length <= max) return [];
  return sites.sort((a, b) => a[1] - b[1]).slice(0, sites.length - max).map(([site]) => site);
}

const signature = (d: Diagnosis): string[] => d.path.map((hop) => hop.generator).slice(0, 16);

/**
 * The event of a settled page load: the page's own diagnosis when the page failed, else a reading
 * of its headers (a good answer's path is what a later failure's path is compared with). Loads of
 * states that carry no verdict (loading, unsupported) are not events.
 */
export function eventOfLoad(main: EntryView, state: PopupState, locale: Locale, node?: string): HistoryEvent | undefined {
  if (state.kind !== 'failure' && state.kind !== 'healthy') return undefined;
  const failed = state.kind === 'failure' && state.scope === 'page';
  const d = failed ? state.diagnosis : diagnose(toEvidence(main), { locale });
  const end = main.tHeaders ?? main.tEnd;
  return {
    at: Math.max(0, main.t0),
    status: main.status,
    ms: end !== undefined ? Math.min(86_400_000, Math.max(0, end - main.t0)) : -1,
    generator: d.generator,
    blame: d.blame,
    failed,
    path: signature(d),
    ...(node !== undefined && { node: node.slice(0, 128) }),
  };
}

/** The events as the engine's samples (Evidence.recurrence, source 'history'). */
export const samplesOf = (events: readonly HistoryEvent[]): Sample[] =>
  events.map((e) => ({ at: e.at, status: e.status, ms: e.ms, failed: e.failed, path: e.path, ...(e.node !== undefined && { node: e.node }) }));
