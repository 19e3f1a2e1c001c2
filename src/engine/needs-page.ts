// Whether diagnosing a page needs the page itself (its text, title, markup), not only its headers.
// The worker reads a page only when this says so: reading costs the page a script and the store
// its DOM, so a plain 404 or 400 is left alone. The 4xx pages worth reading come from the
// fingerprints, not from a list kept here: the statuses some vendor blocks or challenges with, and
// the statuses at which a producer the headers show in the path writes a page only its text tells
// apart (Vercel's DEPLOYMENT_NOT_FOUND 404, Heroku's "no such app", nginx's header-too-large 400).
// A vendor added with such a page is read without a change to this file.
import { FINGERPRINTS } from './fingerprints';
import type { Fingerprint, PageRule, Signal } from './knowledge/fingerprint';
import { headerHolds, isHeaderSignal, namingSignals, type HeaderSignal, type PreparedResponse } from './match/signals';
import { isNetFailure } from './net-error';
import { ON_PURPOSE_FAILURES, type Failure } from './vocabulary';

export { isNetFailure };

/** Failures that mean "someone in the path stopped this visitor", whose page says who and why. */
const GATEKEEPING: ReadonlySet<Failure> = new Set<Failure>(['blocked', 'challenge', 'rate-limited']);
const isGatekeeping = (failure: Failure | undefined) => failure !== undefined && GATEKEEPING.has(failure);
/** The same, and planned maintenance: what a page served as a success may be instead of the site. */
const ON_PURPOSE: ReadonlySet<Failure | undefined> = new Set<Failure>(ON_PURPOSE_FAILURES);

/**
 * Statuses every site answers every day (a mistyped link, a bad request): a vendor's block page
 * disguised as one (Barracuda's deny page is a 404) is read only when the headers name the vendor.
 */
const EVERYDAY_STATUSES: ReadonlySet<number> = new Set([400, 404, 410]);

/** More statuses than this in a rule mean "whatever the status", not statuses typical of a block. */
const ANY_STATUS_LIST = 24;

/** A vendor code or markup refinement of the rule can turn any of its statuses into a block. */
const blocksByCodeOrMarkup = (rule: PageRule) =>
  Object.values(rule.byCode ?? {}).some((v) => isGatekeeping(v.failure)) || (rule.refine ?? []).some((r) => isGatekeeping(r.failure));

/**
 * The 4xx statuses at which some fingerprint recognises a block, challenge or rate-limit page:
 * a status a rule declares when its verdict there is one of those, and a status its `byStatus`
 * maps to one. A rule that declares no status (it matches any ≥ 400) names none.
 */
export function gatekeepingStatuses(fingerprints: readonly Fingerprint[]): ReadonlySet<number> {
  const statuses = new Set<number>();
  const add = (status: number) => {
    if (status >= 400 && status < 500 && !EVERYDAY_STATUSES.has(status)) statuses.add(status);
  };
  for (const fingerprint of fingerprints) {
    for (const rule of fingerprint.pages) {
      // A block page kept at whatever status it comes with (an edge's, at every 4xx and 5xx) says
      // nothing about any one status: it is read when the headers name its vendor (pageProducers).
      if ((rule.status?.length ?? 0) > ANY_STATUS_LIST) continue;
      const anyBlock = blocksByCodeOrMarkup(rule);
      for (const status of rule.status ?? []) {
        if (anyBlock || isGatekeeping(rule.byStatus?.[status]?.failure ?? rule.failure)) add(status);
      }
      for (const [status, verdict] of Object.entries(rule.byStatus ?? {})) if (isGatekeeping(verdict.failure)) add(Number(status));
    }
  }
  return statuses;
}

/** A block page declared at a success status, with the header signals its rule requires. */
interface SuccessBlock {
  fingerprint: Fingerprint;
  required: readonly HeaderSignal[];
}

/**
 * Success status → the block, challenge or maintenance pages declared at it (F5 ASM's default block
 * answers 200). Such a page is read only when the headers name its vendor and carry every header
 * its rule requires (Cloudflare marks a challenge with cf-mitigated), so a vendor's ordinary pages
 * are not read.
 */
export function successBlocks(fingerprints: readonly Fingerprint[]): ReadonlyMap<number, readonly SuccessBlock[]> {
  const byStatus = new Map<number, SuccessBlock[]>();
  for (const fingerprint of fingerprints) {
    for (const rule of fingerprint.pages) {
      for (const status of rule.status ?? []) {
        if (status >= 400) continue;
        const verdict = rule.byStatus?.[status]?.failure ?? rule.failure;
        if (!ON_PURPOSE.has(verdict) && !blocksByCodeOrMarkup(rule)) continue;
        const list = byStatus.get(status) ?? [];
        list.push({ fingerprint, required: rule.all.filter(isHeaderSignal) });
        byStatus.set(status, list);
      }
    }
  }
  return byStatus;
}

let builtIn: ReadonlySet<number> | undefined;

/** The built-in fingerprints' gatekeeping statuses, derived on first use. */
export function blockStatuses(): ReadonlySet<number> {
  builtIn ??= gatekeepingStatuses(FINGERPRINTS);
  return builtIn;
}

/** A signal about the page itself (its markup, title or emptiness), which headers alone cannot answer. */
const aboutThePage = (signal: Signal) => !isHeaderSignal(signal);

/**
 * The rule's verdict depends on the page: one of its signals (all, any, not, a refinement's when)
 * reads the body or title, or it takes its vendor code from them. A header-only rule (EdgeOne's
 * 423 loop) gives the same verdict whether the page is read or not.
 */
export function ruleNeedsPage(rule: PageRule): boolean {
  if (rule.code !== undefined) return true;
  const signals = [...rule.all, ...(rule.any ?? []), ...(rule.not ?? []), ...(rule.refine ?? []).flatMap((r) => r.when)];
  return signals.some(aboutThePage);
}

export interface PageProducers {
  /** The fingerprints with a rule that needs the page at this status (declared, or any ≥ 400). */
  at(status: number): readonly Fingerprint[];
}


/**
 * Status → the fingerprints that may have written a page at that status which only its text
 * identifies: those with a rule needing the page (ruleNeedsPage) that declares the status or
 * declares none (any ≥ 400). Fingerprints no header names are left out: headers never show them.
 */
export function pageProducers(fingerprints: readonly Fingerprint[]): PageProducers {
  const byStatus = new Map<number, Fingerprint[]>();
  const anyStatus: Fingerprint[] = [];
  const add = (list: Fingerprint[], fingerprint: Fingerprint) => {
    if (!list.includes(fingerprint)) list.push(fingerprint);
  };
  for (const fingerprint of fingerprints) {
    if (namingSignals(fingerprint).length === 0) continue;
    for (const rule of fingerprint.pages) {
      if (!ruleNeedsPage(rule)) continue;
      if (rule.status === undefined) add(anyStatus, fingerprint);
      else for (const status of rule.status) {
        const list = byStatus.get(status) ?? [];
        add(list, fingerprint);
        byStatus.set(status, list);
      }
    }
  }
  const merged = new Map<number, readonly Fingerprint[]>();
  return {
    at(status) {
      if (status < 400) return [];
      let list = merged.get(status);
      if (list === undefined) {
        const own = byStatus.get(status) ?? [];
        list = [...own, ...anyStatus.filter((f) => !own.includes(f))];
        merged.set(status, list);
      }
      return list;
    },
  };
}

let builtInProducers: PageProducers | undefined;
let builtInSuccessBlocks: ReadonlyMap<number, readonly SuccessBlock[]> | undefined;

/** The built-in fingerprints' page producers by status, derived on first use. */
export function producersAt(status: number): readonly Fingerprint[] {
  builtInProducers ??= pageProducers(FINGERPRINTS);
  return builtInProducers.at(status);
}

/** Bytes up to which a success is read for the block answer of a vendor that sets no header. */
const TINY_SUCCESS_BYTES = 2_048;

/** A small HTML answer: the whole of a headerless vendor's block script, not an ordinary page. */
function isTinyHtml(headers: PreparedResponse['headers']): boolean {
  const length = Number(headers.get('content-length')?.[0] ?? Number.NaN);
  const type = headers.get('content-type')?.[0] ?? '';
  return Number.isFinite(length) && length > 0 && length <= TINY_SUCCESS_BYTES && type.startsWith('text/html');
}

/** A response header as webRequest and the captured entry carry it (a binary value may be missing). */
export interface ResponseHeader {
  name: string;
  value?: string;
}

/** Lower-case name → lower-case values, the form match/prepare.ts gives the header signals. */
function headerMap(headers: readonly ResponseHeader[]): PreparedResponse['headers'] {
  const map = new Map<string, string[]>();
  for (const { name, value } of headers) {
    const key = name.trim().toLowerCase();
    const normalised = (value ?? '').trim().toLowerCase();
    const list = map.get(key);
    if (list) list.push(normalised);
    else map.set(key, [normalised]);
  }
  return map;
}

/**
 * The headers name this fingerprint: one of its inPath signals holds (it proxied the response), or
 * one of its ownHeaders (it stamps them on the pages it writes itself: Heroku's legacy router
 * answers "no such app" with Server: Cowboy and no Via). The engine's own header test, headerHolds.
 */
const namedBy = (fingerprint: Fingerprint, headers: PreparedResponse['headers']) =>
  namingSignals(fingerprint).some((signal) => headerHolds(signal, headers));

/**
 * The page is worth reading: it failed (status ≥ 500, or no response for a network error), or it
 * has a status at which a known vendor writes a block or challenge page its headers may not reveal,
 * or it is a success from a vendor its headers name that serves block pages at that status,
 * or the response headers name a producer (in the path, or by the headers it stamps on its own
 * pages) that writes a page at this status only its text identifies. A plain 404 from an unknown
 * server, or from one with no page at 404, is not read.
 */
export function pageWorthReading(status: number, netError?: string, responseHeaders?: readonly ResponseHeader[]): boolean {
  if (status >= 500) return true;
  if (status === 0) return isNetFailure(netError);
  if (status < 400) {
    if (responseHeaders === undefined || responseHeaders.length === 0) return false;
    builtInSuccessBlocks ??= successBlocks(FINGERPRINTS);
    const blocks = builtInSuccessBlocks.get(status);
    if (blocks === undefined) return false;
    const headers = headerMap(responseHeaders);
    return blocks.some(({ fingerprint, required }) =>
      required.every((signal) => headerHolds(signal, headers)) &&
      (namingSignals(fingerprint).length > 0 ? namedBy(fingerprint, headers) : isTinyHtml(headers)));
  }
  if (blockStatuses().has(status)) return true;
  if (responseHeaders === undefined || responseHeaders.length === 0) return false;
  const producers = producersAt(status);
  if (producers.length === 0) return false;
  const headers = headerMap(responseHeaders);
  return producers.some((fingerprint) => namedBy(fingerprint, headers));
}
