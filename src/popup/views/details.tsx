// Evidence, request ids, the Cloudflare trace, timings and the page's other failed requests: each
// behind a disclosure, closed, for whoever wants the detail (the verdict and the path say the gist).
import { distinctIds } from '../../engine/distinct-ids';
import { statusPagesFor } from '../../engine/knowledge/status-pages';
import { confidenceWords, t, uiLocale, type MessageKey } from '../../shared/i18n';
import type { PopupState } from '../../shared/popup-state';
import { SiteHistory } from './site-history';

type Failure = Extract<PopupState, { kind: 'failure' }>;

const TRACE_SHOWN = ['colo', 'loc', 'http', 'tls', 'sni', 'warp'];
const TIMING_LABELS: [keyof NonNullable<Failure['timings']>, MessageKey][] = [
  ['dns', 'timingDns'], ['connect', 'timingConnect'], ['ssl', 'timingTls'], ['wait', 'timingWait'], ['receive', 'timingReceive'], ['total', 'timingTotal'],
];
const ms = (v: number) => (v >= 0 ? t('milliseconds', Math.round(v)) : '—');

/** The page's writer as the path names it, else as its header does, else by its id. */
const writerName = (d: Failure['diagnosis']) => d.path.find((hop) => hop.generator === d.generator)?.name ?? d.answeredBy ?? d.generator;

/**
 * Only Cloudflare answers /cdn-cgi/trace: the disclosure is shown when a trace came back or
 * Cloudflare is on the path, not as "no trace" on every other vendor's page.
 */
const traceWorthShowing = (state: Failure) =>
  Boolean(state.trace) || state.diagnosis.generator === 'cloudflare' || state.diagnosis.path.some((hop) => hop.generator === 'cloudflare');

export function Details({ state }: { state: Failure }) {
  const d = state.diagnosis;
  const ids = distinctIds(d.requestIds);
  // Links only, never fetched; the pages of the vendors this path shows, outermost first.
  const statusPages = statusPagesFor([...d.path.map((hop) => hop.generator), d.generator], uiLocale());
  return (
    <>
      <SiteHistory state={state} />
      <details>
        <summary>{t('evidence')} ({d.evidence.length})</summary>
        <p class="muted">{t('writerConfidence', writerName(d), confidenceWords(d.confidence), Math.round(d.confidence * 100))}</p>
        <ul class="evidence">{d.evidence.map((item, i) => <li key={i}><span class="tag">{item.source}</span> {item.says}</li>)}</ul>
      </details>
      {statusPages.length > 0 && (
        <details data-testid="status-pages">
          <summary>{t('statusPages')} ({statusPages.length})</summary>
          <ul class="status-pages">
            {statusPages.map((page) => <li key={page.url}><a href={page.url} target="_blank" rel="noreferrer">{page.vendor}</a></li>)}
          </ul>
          <p class="muted">{t('statusPagesHint')}</p>
        </details>
      )}
      {ids.length > 0 && (
        <details>
          <summary>{t('requestIds')} ({ids.length})</summary>
          <dl class="pairs">{ids.map(([k, v]) => <><dt key={`k${k}`}>{k}</dt><dd key={`v${k}`}><code>{v}</code></dd></>)}</dl>
        </details>
      )}
      {traceWorthShowing(state) && <details>
        <summary>{t('trace')}</summary>
        {state.traceStatus === 'pending' && <p class="muted" role="status">{t('fetching')}</p>}
        {state.traceStatus === 'not-applicable' && <p class="muted">{t('traceNotFetched')}</p>}
        {state.traceStatus === 'done' && state.trace === null && <p class="muted">{t('traceNone')}</p>}
        {state.trace && (
          <dl class="pairs">{TRACE_SHOWN.filter((k) => state.trace?.[k]).map((k) => <><dt key={`k${k}`}>{k}</dt><dd key={`v${k}`}>{state.trace?.[k]}</dd></>)}</dl>
        )}
      </details>}
      {state.timings && (
        <details>
          <summary>{t('timings')}</summary>
          <dl class="pairs">
            {TIMING_LABELS.map(([k, label]) => <><dt key={`k${k}`}>{t(label)}</dt><dd key={`v${k}`}>{ms(state.timings![k])}</dd></>)}
          </dl>
        </details>
      )}
      {state.failed.length > 0 && (
        <details>
          <summary>{t('failedRequests', state.failedTotal)}</summary>
          <ul class="failed" data-testid="failed-requests">
            {state.failed.map((f, i) => (
              <li key={i}>
                <span class="tag">{f.status || f.error || t('networkError')}</span> <code>{f.method} {f.url}</code>
                <p class="muted">{f.headline}</p>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
