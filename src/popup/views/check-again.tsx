// "Check again": the user asks the worker for a few plain GETs of the failed page and sees each try
// come in (the worker pushes a state after every one), then what they add up to: one node failing
// among healthy ones, a failure every time, or a failure that has passed.
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { PopupState } from '../../shared/popup-state';
import { PROBE_DEFAULT_TRIES, PROBE_MAX_TRIES, PROBE_TIMEOUT_MS, type ProbeRecord, type ProbeTry } from '../../shared/probe-record';
import { cancelCheck, checkAgain, isError } from '../api';
import { checkOutcome } from '../check-summary';
import { durationWords } from '../duration';

type Failure = Extract<PopupState, { kind: 'failure' }>;

const timeWords = { ms: (n: string) => t('milliseconds', n), s: (n: string) => t('seconds', n) };
const seconds = (ms: number) => durationWords(ms, timeWords);
const TRY_CHOICES = Array.from({ length: PROBE_MAX_TRIES }, (_, i) => i + 1);

function outcomeText(results: readonly ProbeTry[]): string {
  const o = checkOutcome(results);
  if (o.kind === 'none-failed') return t('checkNoneFailed', o.tries);
  if (o.kind === 'all-failed') return o.timedOut ? t('checkAllTimedOut', o.tries, seconds(PROBE_TIMEOUT_MS)) : t('checkAllFailed', o.tries, seconds(o.medianMs));
  if (o.oneNode !== undefined) return t('checkSomeFailedOneNode', o.failed, o.tries, o.oneNode);
  return t('checkSomeFailed', o.failed, o.tries);
}

function TryRows({ results }: { results: readonly ProbeTry[] }) {
  return (
    <table class="check-rows" data-testid="check-rows">
      <caption class="muted">{t('checkRowsCaption')}</caption>
      <thead>
        <tr><th scope="col">#</th><th scope="col">{t('checkColStatus')}</th><th scope="col">{t('checkColTime')}</th><th scope="col">{t('checkColNode')}</th><th scope="col">{t('checkColVerdict')}</th></tr>
      </thead>
      <tbody>
        {results.map((r, i) => (
          <tr key={i} data-testid="check-row" data-failed={String(r.sample.failed)} data-node={r.sample.node ?? ''}>
            <td>{i + 1}</td>
            <td>{r.sample.status > 0 ? r.sample.status : (r.sample.netError ?? '—')}</td>
            <td>{r.sample.ms >= 0 ? seconds(r.sample.ms) : '—'}</td>
            <td>{r.sample.node ?? '—'}</td>
            <td>{r.sample.failed ? t('checkRowFailed', r.generator) : t('checkRowOk')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Result({ probe }: { probe: ProbeRecord }) {
  const failed = probe.results.filter((r) => r.sample.failed).length;
  return (
    <div data-testid="check-result" data-tries={probe.results.length} data-failed={failed} data-status={probe.status}>
      {probe.results.length > 0 && <p role="status">{outcomeText(probe.results)}</p>}
      {probe.status === 'cancelled' && <p class="muted">{t('checkCancelled', probe.results.length, probe.tries)}</p>}
      {probe.results.length > 0 && <TryRows results={probe.results} />}
    </div>
  );
}

export function CheckAgain({ state }: { state: Failure }) {
  const [tries, setTries] = useState(PROBE_DEFAULT_TRIES);
  const [asYou, setAsYou] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const probe = state.probe;
  const running = probe?.status === 'running';
  const notGet = state.method !== undefined && state.method.toUpperCase() !== 'GET';

  const start = async () => {
    setError(undefined);
    const answer = await checkAgain(state.tabId, tries, asYou, notGet && confirmed);
    if (isError(answer)) setError(answer.error);
  };
  const stop = async () => {
    const answer = await cancelCheck(state.tabId);
    if (isError(answer)) setError(answer.error);
  };

  return (
    <section class="check-again" data-testid="check-again-section" aria-labelledby="check-again-title">
      <h2 id="check-again-title">{t('checkTitle')}</h2>
      <p class="muted">{t('checkExplain')}</p>
      <div class="check-options">
        <label>{t('checkTries')}{' '}
          <select value={String(tries)} disabled={running} data-testid="check-tries" onChange={(e) => setTries(Number(e.currentTarget.value))}>
            {TRY_CHOICES.map((n) => <option key={n} value={String(n)}>{n}</option>)}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={asYou} disabled={running} data-testid="check-as-you" onChange={(e) => setAsYou(e.currentTarget.checked)} />
          {' '}{t('checkAsYou')}
        </label>
        {notGet && (
          <label>
            <input type="checkbox" checked={confirmed} disabled={running} data-testid="check-confirm-get" onChange={(e) => setConfirmed(e.currentTarget.checked)} />
            {' '}{t('checkConfirmGet', state.method ?? '')}
          </label>
        )}
      </div>
      <div class="buttons">
        <button type="button" data-testid="check-again" disabled={running || (notGet && !confirmed)} onClick={() => void start()}>{t(probe ? 'checkAgainMore' : 'checkAgain')}</button>
        {running && <button type="button" class="secondary" data-testid="check-cancel" onClick={() => void stop()}>{t('checkCancel')}</button>}
      </div>
      {running && (
        <div data-testid="check-progress">
          <progress max={probe.tries} value={probe.results.length} aria-label={t('checkProgress', probe.results.length, probe.tries)} />
          <p class="muted" role="status">{t('checkProgress', probe.results.length, probe.tries)}</p>
          <p class="muted">{t('checkTimeoutNote', seconds(PROBE_TIMEOUT_MS))}</p>
        </div>
      )}
      {error !== undefined && <p class="muted" role="alert">{error}</p>}
      {probe && probe.status !== 'running' && <Result probe={probe} />}
      {probe && probe.status === 'running' && probe.results.length > 0 && <TryRows results={probe.results} />}
    </section>
  );
}
