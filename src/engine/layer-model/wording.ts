// Words that say a 503 is on purpose: the site is down for maintenance, or this visitor is being
// slowed down. Data for ./no-failure.ts, matched in the normalised title and body (lower-case, one
// space), in the languages Faultline speaks and the ones maintenance pages are most often written
// in. A phrase must say the reason by itself: "temporarily unavailable" or "try again later" are
// what every failure page says too, so they are not here.

export const MAINTENANCE_WORDS: readonly string[] = [
  'maintenance', 'scheduled downtime', 'planned downtime', 'be back soon', "we'll be back", 'we will be back',
  "we’ll be back", 'back online shortly', 'upgrade in progress', 'down for an upgrade', 'being upgraded',
  'site is being updated', 'undergoing maintenance',
  '维护', '升级中', '系统升级', 'メンテナンス', '점검', 'wartung', 'mantenimiento', 'manutenzione', 'manutenção',
];

export const RATE_LIMIT_WORDS: readonly string[] = [
  'too many requests', 'rate limit', 'rate-limit', 'ratelimit', 'request limit', 'slow down', 'throttl',
  'exceeded the limit', 'quota exceeded', '请求过于频繁', '访问过于频繁', '访问频率', '请求频率',
];

/** Words of a failure, which a page saying "maintenance" in passing also carries. */
export const FAILURE_WORDS: readonly string[] = [
  'bad gateway', 'gateway timeout', 'internal server error', 'upstream', 'exception', 'traceback', 'stack trace',
  'fatal error', 'connection refused', 'timed out', 'capacity problems', 'unable to service your request',
];

/**
 * Sentences of a proxy telling that the server behind it failed, and how. They name no product
 * ("no healthy upstream" is Envoy's, and copied by many), but they do name the failed hop.
 */
export const UPSTREAM_FAILURE_WORDS: readonly { words: string; failure?: 'no-healthy-upstream' | 'timeout' | 'refused' | 'invalid-response' }[] = [
  { words: 'no healthy upstream', failure: 'no-healthy-upstream' },
  { words: 'no available server', failure: 'no-healthy-upstream' },
  { words: 'no server is available', failure: 'no-healthy-upstream' },
  { words: 'upstream connect error', failure: 'refused' },
  { words: 'upstream request timeout', failure: 'timeout' },
  { words: 'upstream timed out', failure: 'timeout' },
  { words: 'backend fetch failed', failure: 'invalid-response' },
  { words: 'invalid response from the upstream', failure: 'invalid-response' },
  { words: 'invalid response was received from the upstream', failure: 'invalid-response' },
  { words: 'incomplete response received from application', failure: 'invalid-response' },
  { words: 'application failed to respond' },
  { words: 'error occurred while trying to proxy' },
  { words: 'could not connect to the upstream', failure: 'refused' },
  { words: 'upstream server', },
];
