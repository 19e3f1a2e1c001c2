// Turns a tab's capture into what the popup shows: the page's failure, failing requests of a healthy
// page, a healthy page, or "still loading". One function, used for the popup and for the badge.
import { diagnose } from '../engine/diagnose';
import { pageWorthReading } from '../engine/needs-page';
import { MAX_SAMPLES, type Sample } from '../engine/recurrence';
import { isReportable } from '../engine/reportable';
import type { Diagnosis } from '../engine/diagnosis';
import type { Locale } from '../engine/i18n/locale';
import { MAX_FAILED_SHOWN } from '../shared/limits';
import type { FailedRequest, PopupState } from '../shared/popup-state';
import { isFailure, toEvidence } from './entries';
import { mainEntry, pageEvidence } from './page-evidence';
import type { ProbeRecord } from '../shared/probe-record';
import { pageShowing, type EntryView, type PageView, type ReadonlyDeep, type TabView } from './store';

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);


export function failedRequests(page: PageView, locale: Locale = 'en'): { list: FailedRequest[]; total: number; first?: Diagnosis } {
  const failing = page.entries.filter((e) => !(e.id === page.key && e.type === 'main_frame') && isFailure(e));
  let first: Diagnosis | undefined;
  const list = failing.slice(0, MAX_FAILED_SHOWN).map((e) => {
    const d = diagnose(toEvidence(e), { locale });
    first ??= d;
    return { url: e.url, method: e.method, status: e.status, error: e.error, type: e.type, generator: d.generator, blame: d.blame, headline: d.headline };
  });
  return { list, total: failing.length, first };
}

export function traceStatusOf(page: PageView): 'pending' | 'done' | 'not-applicable' {
  if (!isWebUrl(page.url)) return 'not-applicable';
  return page.trace === undefined ? 'pending' : 'done';
}

/** The popup state's own copy of the page's check (the store's record is read-only). */
const probeCopy = (probe: ReadonlyDeep<ProbeRecord>): ProbeRecord => ({
  ...probe,
  results: probe.results.map(({ sample: { path, ...sample }, ...r }) => ({ ...r, sample: { ...sample, ...(path && { path: [...path] }) } })),
});

/** How long the collector gets to report before the verdict stands on headers alone. */
const COLLECT_GRACE_MS = 5_000;

/**
 * The engine needs this main-frame response's page, not only its headers (pageWorthReading: a
 * failure, a block / challenge status, or a status at which a producer its headers name writes a
 * page only its text identifies). The one test for injecting the collector and taking its payload.
 */
export const worthReading = (main: EntryView): boolean => pageWorthReading(main.status, main.error, main.responseHeaders);

function pageEvidenceOf(page: PageView, now: number): 'pending' | 'complete' | 'headers-only' {
  const main = mainEntry(page);
  if (page.collected) return 'complete';
  // A page the collector is not sent to (a plain 404) is not waited for: its headers are all there is.
  if (!main || main.status === 0 || !worthReading(main)) return 'headers-only';
  return now - (main.tEnd ?? main.t0) < COLLECT_GRACE_MS ? 'pending' : 'headers-only';
}

/**
 * The page ended in a way the engine needs the page itself to explain (a failure, a status some
 * vendor's block or challenge page comes with, or a page a producer its headers name writes at that
 * status: worthReading) and the collector has not read it yet. A plain 404 is diagnosed from its
 * headers: no collector, no stored DOM.
 */
export function needsCollection(page: PageView): boolean {
  const main = mainEntry(page);
  return !page.collected && main !== undefined && main.tEnd !== undefined && worthReading(main);
}

/**
 * `history`: the site's earlier loads (and this one, once recorded), oldest first: the engine reads
 * them as evidence (Evidence.recurrence, source 'history') and the popup shows them.
 */
export function buildState(tabId: number, tabUrl: string | undefined, tab: TabView | undefined, now = Date.now(), locale: Locale = 'en', history?: readonly Sample[]): PopupState {
  const url = tabUrl ?? '';
  if (tabUrl !== undefined && !isWebUrl(tabUrl)) return { kind: 'unsupported', tabId, url };
  const page = tab ? pageShowing(tab, tabUrl) : undefined;
  if (!page) return { kind: 'nothing-captured', tabId, url, requestCount: 0 };
  const base = { tabId, url: page.url, requestCount: page.entries.length };
  const main = mainEntry(page);
  if (!main || (main.tEnd === undefined && main.status === 0)) return { ...base, kind: 'loading' };

  // An error page the collector has not read yet may be a block page its headers do not reveal:
  // say "loading", not "no errors", until it has been read (or the grace period is over).
  if (needsCollection(page) && pageEvidenceOf(page, now) === 'pending' && main.status < 500) return { ...base, kind: 'loading' };

  const failed = failedRequests(page, locale);
  // A success is diagnosed too when it is worth reading: a block page some vendors serve as a 200.
  const evidence = main.status >= 400 || main.error !== undefined || worthReading(main) ? pageEvidence(page, main) : undefined;
  const past = history && history.length > 0 ? history.slice(-MAX_SAMPLES) : undefined;
  if (evidence && past) evidence.recurrence = [...(evidence.recurrence ?? []), { source: 'history', samples: past }];
  const probe = page.probe && probeCopy(page.probe);
  if (evidence && probe && probe.results.length > 0) evidence.recurrence = [...(evidence.recurrence ?? []), { source: 'probe', samples: probe.results.map((r) => r.sample) }];
  const pageDiagnosis = evidence && diagnose(evidence, { locale });
  const common = { trace: page.trace, traceStatus: traceStatusOf(page), failed: failed.list, failedTotal: failed.total };
  if (evidence && pageDiagnosis && isReportable(pageDiagnosis)) {
    const t = evidence.timings;
    const known = (v: number | undefined) => v ?? -1;
    const timings = t && {
      dns: known(t.dns), connect: known(t.connect), ssl: known(t.ssl), wait: known(t.wait), receive: known(t.receive),
      total: main.tEnd !== undefined ? main.tEnd - main.t0 : -1,
    };
    return { ...base, ...common, kind: 'failure', scope: 'page', diagnosis: pageDiagnosis, timings, pageEvidence: pageEvidenceOf(page, now), ...(past && { history: past }), method: main.method, ...(probe && { probe }) };
  }
  if (failed.first) return { ...base, ...common, kind: 'failure', scope: 'requests', diagnosis: failed.first, pageEvidence: 'complete' };
  return { ...base, kind: 'healthy' };
}
