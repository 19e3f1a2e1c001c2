// Whether the answer came out of a cache: each CDN and cache says so in its own header, in its own
// words. The words are data (one table per header); the reading keeps to one rule for lists
// (shielding, tiered caches and chained CDNs list one entry per cache): an entry that says the
// cache served a copy wins, since the answer then came from that cache whatever the others did.
// A bare Age header says so too: RFC 9111 §5.1 (https://www.rfc-editor.org/rfc/rfc9111#section-5.1):
// its presence means the response was not generated or validated by the origin for this request.
import type { EvidenceItem } from './diagnosis';
import type { Header } from './evidence';
import type { Messages } from './i18n/messages';

export const CACHE_STATES = ['hit', 'miss', 'stale', 'bypass', 'dynamic', 'error', 'unknown'] as const;
/** hit: a stored copy; stale: a stored copy past its freshness; miss: fetched for this request; bypass: the cache was skipped; dynamic: not cacheable, made for this request; error: the cache layer reports an error. */
export type CacheState = (typeof CACHE_STATES)[number];

export interface CacheStatus {
  /** The lower-case name of the header that said it ("cf-cache-status", "x-cache", "age"). */
  header: string;
  status: CacheState;
  /** Seconds the answer had been stored (the Age header), when sent. */
  age?: number;
  /** The header's value as sent (bounded). */
  raw: string;
}

/** Words (upper-cased, the first word of each list entry) → state. */
type Words = Readonly<Record<string, CacheState>>;

interface CacheHeader {
  header: string;
  words: Words;
  source: string;
}

const CLOUDFLARE_WORDS: Words = {
  HIT: 'hit', REVALIDATED: 'hit', MISS: 'miss', EXPIRED: 'miss', STALE: 'stale', UPDATING: 'stale',
  BYPASS: 'bypass', DYNAMIC: 'dynamic', NONE: 'unknown', UNKNOWN: 'unknown', 'NONE/UNKNOWN': 'unknown',
};

// nginx's $upstream_cache_status, which sites expose as X-Cache-Status.
const NGINX_WORDS: Words = {
  HIT: 'hit', REVALIDATED: 'hit', MISS: 'miss', EXPIRED: 'miss', STALE: 'stale', UPDATING: 'stale', BYPASS: 'bypass',
};

const AKAMAI_WORDS: Words = {
  HIT: 'hit', REFRESHHIT: 'hit', HITSTALE: 'stale', MISS: 'miss', NOTCACHEABLE: 'bypass',
  CONSTRUCTED: 'dynamic', REDIRECT: 'dynamic', ERROR: 'error',
};

// X-Cache is written by many products; their words do not collide, so one table reads them all.
const X_CACHE_WORDS: Words = {
  // Fastly (HIT / MISS per node), Varnish and Squid ("HIT from host"), Alibaba CDN's first word.
  HIT: 'hit', MISS: 'miss',
  // CloudFront ("Hit from cloudfront"), the x-edge-result-type words.
  REFRESHHIT: 'hit', ORIGINSHIELDHIT: 'hit', ERROR: 'error', LIMITEXCEEDED: 'error', CAPACITYEXCEEDED: 'error',
  REDIRECT: 'dynamic', FUNCTIONGENERATEDRESPONSE: 'dynamic',
  // Akamai's debug words and Azure Front Door / Azure CDN's (TCP_HIT, TCP_REMOTE_HIT from the regional cache).
  TCP_HIT: 'hit', TCP_MEM_HIT: 'hit', TCP_IMS_HIT: 'hit', TCP_REFRESH_HIT: 'hit', TCP_REMOTE_HIT: 'hit', TCP_NEGATIVE_HIT: 'hit',
  TCP_REFRESH_FAIL_HIT: 'stale', TCP_MISS: 'miss', TCP_REFRESH_MISS: 'miss', TCP_DENIED: 'error',
  PRIVATE_NOSTORE: 'bypass', CONFIG_NOCACHE: 'bypass', UNCACHEABLE: 'bypass',
};

const BUNNY_WORDS: Words = { HIT: 'hit', MISS: 'miss' };

/** Most specific first: a vendor's own header before the shared X-Cache, which any cache may write. */
export const CACHE_HEADERS: readonly CacheHeader[] = [
  { header: 'cf-cache-status', words: CLOUDFLARE_WORDS, source: 'https://developers.cloudflare.com/cache/concepts/cache-responses/' },
  {
    header: 'akamai-cache-status',
    words: AKAMAI_WORDS,
    source: 'https://techdocs.akamai.com/property-mgr/docs/return-cache-status ("{status} from child, {status} from parent")',
  },
  { header: 'cache-status', words: {}, source: 'https://www.rfc-editor.org/rfc/rfc9211 (read by readRfc9211, not by words)' },
  { header: 'x-cache-status', words: NGINX_WORDS, source: 'https://nginx.org/en/docs/http/ngx_http_upstream_module.html#var_upstream_cache_status' },
  {
    header: 'cdn-cache',
    words: BUNNY_WORDS,
    source: 'https://docs.bunny.net/cdn/logging (cache status HIT or MISS); CDN-Cache on public bunny.net captures, e.g. https://github.com/php/infrastructure/issues/58',
  },
  {
    header: 'x-cache',
    words: X_CACHE_WORDS,
    source: [
      'https://www.fastly.com/documentation/reference/http/http-headers/X-Cache/ (any entry but MISS: served from cache)',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html (x-edge-result-type)',
      'https://learn.microsoft.com/en-us/azure/cdn/cdn-msft-http-debug-headers',
      'https://techdocs.akamai.com/edge-diagnostics/docs/pragma-headers (akamai-x-cache-on: TCP_HIT, TCP_MISS…)',
    ].join(' ; '),
  },
];

const MAX_RAW = 200;
/** An Age above this is not a real one (RFC 9111 caps delta-seconds at 2^31). */
const MAX_AGE = 2 ** 31;
/** Where states compete in a list: a stored copy says the most about where the answer came from. */
const RANK: Record<CacheState, number> = { hit: 0, stale: 1, error: 2, miss: 3, bypass: 4, dynamic: 5, unknown: 6 };

const firstValue = (headers: readonly Header[], name: string): string | undefined =>
  headers.find((h) => h.name.toLowerCase() === name)?.value;

function readAge(value: string | undefined): number | undefined {
  const text = value?.trim();
  if (text === undefined || !/^\d{1,10}$/.test(text)) return undefined;
  const age = Number(text);
  return age <= MAX_AGE ? age : undefined;
}

/** The best state among a list's entries; undefined when no entry uses a known word. */
function bestOf(states: readonly CacheState[]): CacheState | undefined {
  return states.length === 0 ? undefined : [...states].sort((a, b) => RANK[a] - RANK[b])[0];
}

function readWords(value: string, words: Words): CacheState | undefined {
  const states: CacheState[] = [];
  for (const entry of value.split(',').slice(0, 16)) {
    const word = entry.trim().split(/\s+/, 1)[0]!.toUpperCase();
    if (Object.hasOwn(words, word)) states.push(words[word]!);
  }
  return bestOf(states);
}

/**
 * RFC 9211's Cache-Status: one member per cache, `name; hit` when it served a stored copy (a
 * negative `ttl` means past its freshness), else `name; fwd=<why>` when it went forward.
 */
function readRfc9211(value: string): CacheState | undefined {
  const states: CacheState[] = [];
  for (const member of value.split(',').slice(0, 16)) {
    const params = member.split(';').slice(1).map((p) => p.trim().toLowerCase());
    const fwd = params.find((p) => p.startsWith('fwd='))?.slice(4);
    const ttl = Number(params.find((p) => p.startsWith('ttl='))?.slice(4));
    if (params.includes('hit')) states.push(Number.isFinite(ttl) && ttl < 0 ? 'stale' : 'hit');
    else if (fwd === 'bypass' || fwd === 'method') states.push('bypass');
    else if (fwd !== undefined) states.push('miss');
  }
  return bestOf(states);
}

/** What the response's cache headers say about it; undefined when no cache spoke. */
export function readCacheStatus(headers: readonly Header[]): CacheStatus | undefined {
  const age = readAge(firstValue(headers, 'age'));
  const said: CacheStatus[] = [];
  for (const { header, words } of CACHE_HEADERS) {
    const value = firstValue(headers, header);
    if (value === undefined) continue;
    const raw = value.slice(0, MAX_RAW);
    const status = (header === 'cache-status' ? readRfc9211(raw) : readWords(raw, words)) ?? 'unknown';
    said.push({ header, status, raw, ...(age !== undefined && { age }) });
  }
  // A CDN in front of another (Cloudflare before CloudFront) may say DYNAMIC where the inner one served
  // its copy: the copy is what the visitor got.
  const best = said.find((s) => s.status === 'hit' || s.status === 'stale') ?? said.find((s) => s.status !== 'unknown') ?? said[0];
  if (best !== undefined) return best;
  return age !== undefined && age > 0 ? { header: 'age', status: 'hit', age, raw: String(age) } : undefined;
}

/** The evidence line a cache's word makes, in the diagnosis's language. */
export function describeCache(cache: CacheStatus, m: Messages): EvidenceItem {
  const c = m.popCache.cache;
  if (cache.header === 'age') return { source: 'header age', says: c.age(cache.age ?? 0) };
  const stored = cache.age !== undefined && cache.age > 0 && (cache.status === 'hit' || cache.status === 'stale') ? c.storedFor(cache.age) : '';
  return { source: `header ${cache.header}`, says: `${c[cache.status](cache.header, cache.raw)}${stored}` };
}
