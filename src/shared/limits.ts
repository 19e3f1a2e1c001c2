// Every bound the extension keeps, in one place.

/** Requests kept per tab, across its recent pages. */
export const MAX_ENTRIES_PER_TAB = 2_000;
/** Requests kept across all tabs (storage.session holds 10 MB in Chrome). */
export const MAX_ENTRIES_TOTAL = 6_000;
/** Recent pages (documents) remembered per tab, so back/forward shows the right one. */
export const MAX_PAGES_PER_TAB = 4;
/** Failed sub-requests listed in the popup. */
export const MAX_FAILED_SHOWN = 20;

/** What the collector may send: characters of each field. */
export const COLLECT_LIMITS = {
  html: 64 * 1024,
  text: 16 * 1024,
  title: 512,
  footer: 2 * 1024,
  meta: 32,
  serverTiming: 16,
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
