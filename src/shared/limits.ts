// Every bound the extension keeps, in one place.

/** Requests kept per tab, across its recent pages. */
export const MAX_ENTRIES_PER_TAB = 2_000;
/** Requests kept across all tabs (storage.session holds 10 MB in Chrome). */
export const MAX_ENTRIES_TOTAL = 6_000;
/**
 * Chrome's storage.session quota (chrome.storage.session.QUOTA_BYTES): every tab's capture shares it.
 * A write that would pass it fails whole.
 */
export const SESSION_QUOTA_BYTES = 10 * 1024 * 1024;
/**
 * The estimated size (store-budget.ts) of what all tabs keep: 8 MB of the 10 MB quota. The 2 MB
 * left covers what the estimate does not count: storage keys, the page lists' chunk numbers,
 * quotes and backslashes inside values escaped once more, text outside ASCII taking more than one
 * byte per character. A write that still fails over quota shrinks the largest tab and retries.
 */
export const MAX_BYTES_TOTAL = 8 * 1024 * 1024;
/**
 * A quarter of the total per tab: four tabs at their fullest fit together, and a tab that fills up
 * trims its own healthy history long before it could crowd the others out.
 */
export const MAX_BYTES_PER_TAB = MAX_BYTES_TOTAL / 4;
/**
 * Characters of one entry's request or of its response header list (names and values). Twice the
 * 16 KB beyond which the header-too-large cause sees headers past every proxy's limit, so that
 * evidence survives; a few KB is usual. Past it the longest values are cut, so the short headers
 * that name the path (server, via, cf-ray) stay whole.
 */
export const MAX_HEADER_CHARS = 32 * 1024;
/** Characters of one header name: the engine reads no more (Evidence's Header). */
export const MAX_HEADER_NAME_CHARS = 256;
/** Recent pages (documents) remembered per tab, so back/forward shows the right one. */
export const MAX_PAGES_PER_TAB = 4;
/** Failed sub-requests listed in the popup. */
export const MAX_FAILED_SHOWN = 20;

/** What the collector may send: characters of each field. */
export const COLLECT_LIMITS = {
  html: 64 * 1024,
  text: 16 * 1024,
  title: 512,
} as const;

export const TRACE_TIMEOUT_MS = 5_000;
export const TRACE_MAX_BYTES = 4_096;

/**
 * Debounce of writes to storage.session: one write per burst of requests, not one per request.
 * Failures and new pages are written within URGENT_PERSIST_DELAY_MS; healthy traffic within
 * PERSIST_DELAY_MS (Chrome stops an idle worker after 30 s, so nothing waits that long).
 */
export const PERSIST_DELAY_MS = 1_000;
export const URGENT_PERSIST_DELAY_MS = 100;
