// Evidence, request ids, the Cloudflare trace, timings and the page's other failed requests.
import { distinctIds } from '../../engine/distinct-ids';
import type { PopupState } from '../../shared/popup-state';

type Failure = Extract<PopupState, { kind: 'failure' }>;

const TRACE_SHOWN = ['colo', 'loc', 'http', 'tls', 'sni', 'warp'];
const ms = (v: number) => (v >= 0 ? `${Math.round(v)} ms` : '—');

export function Details({ state }: { state: Failure }) {
  const d = state.diagnosis;
  const ids = distinctIds(d.requestIds);
  return (
    <>
      <details open>
        <summary>Evidence</summary>
        <ul class="evidence">{d.evidence.map((item, i) => <li key={i}><span class="tag">{item.source}</span> {item.says}</li>)}</ul>
      </details>
      {ids.length > 0 && (
        <details open>
          <summary>Request IDs</summary>
          <dl class="pairs">{ids.map(([k, v]) => <><dt key={`k${k}`}>{k}</dt><dd key={`v${k}`}><code>{v}</code></dd></>)}</dl>
        </details>
      )}
      <details>
        <summary>/cdn-cgi/trace</summary>
        {state.traceStatus === 'pending' && <p class="muted" role="status">Fetching…</p>}
        {state.traceStatus === 'not-applicable' && <p class="muted">Not fetched for this page.</p>}
        {state.traceStatus === 'done' && state.trace === null && <p class="muted">No Cloudflare trace: the site does not look to be behind Cloudflare.</p>}
        {state.trace && (
          <dl class="pairs">{TRACE_SHOWN.filter((k) => state.trace?.[k]).map((k) => <><dt key={`k${k}`}>{k}</dt><dd key={`v${k}`}>{state.trace?.[k]}</dd></>)}</dl>
        )}
      </details>
      {state.timings && (
        <details>
          <summary>Timings</summary>
          <dl class="pairs">
            {(['dns', 'connect', 'ssl', 'wait', 'receive', 'total'] as const).map((k) => <><dt key={`k${k}`}>{k === 'ssl' ? 'TLS' : k === 'wait' ? 'waiting' : k}</dt><dd key={`v${k}`}>{ms(state.timings![k])}</dd></>)}
          </dl>
        </details>
      )}
      {state.failed.length > 0 && (
        <details open={state.scope === 'requests'}>
          <summary>Failed requests on this page ({state.failedTotal})</summary>
          <ul class="failed" data-testid="failed-requests">
            {state.failed.map((f, i) => (
              <li key={i}>
                <span class="tag">{f.status || f.error || 'failed'}</span> <code>{f.method} {f.url}</code>
                <p class="muted">{f.headline}</p>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
