// The site's error history in this browser (the worker's storage.local, at most 100 loads): first
// and last seen, failures against good loads, intermittent or persistent, since when it fails, and
// a layer that appeared in the path just before the failures began. Shown from two loads on.
import { recurrenceLine } from '../../engine/recurrence-line';
import { readRecurrence } from '../../engine/recurrence';
import { failingSince } from '../failing-since';
import { t, uiLocale, type MessageKey } from '../../shared/i18n';
import type { PopupState } from '../../shared/popup-state';

type Failure = Extract<PopupState, { kind: 'failure' }>;

const PATTERN: Partial<Record<ReturnType<typeof readRecurrence>['pattern'], MessageKey>> = {
  persistent: 'historyPersistent', intermittent: 'historyIntermittent', recovered: 'historyRecovered',
};

export function SiteHistory({ state, now = Date.now() }: { state: Failure; now?: number }) {
  const samples = state.history;
  if (!samples || samples.length < 2) return null;
  const locale = uiLocale();
  const facts = readRecurrence({ source: 'history', samples });
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  const first = samples[0]!.at;
  const since = failingSince(samples);
  const pattern = PATTERN[facts.pattern];
  // The path's own names for the generators that appeared (a sample keeps only their ids).
  const named = facts.addedBeforeFailures.map((g) => state.diagnosis.path.find((hop) => hop.generator === g)?.name ?? g);
  return (
    <details data-testid="history" data-count={samples.length} data-first-seen={first} data-failed={facts.failed}>
      <summary>{t('historyTitle')}: {recurrenceLine(facts, locale)}</summary>
      <ul class="evidence">
        <li>{t('historySeen', samples.length, when.format(first), when.format(facts.lastAt))}</li>
        <li>{t('historyCounts', facts.failed, samples.length - facts.failed)}</li>
        {pattern && <li>{t(pattern)}</li>}
        {since !== undefined && <li data-testid="history-started">{t('historyStarted', Math.max(0, Math.round((now - since) / 60_000)))}</li>}
        {named.length > 0 && <li data-testid="history-changed">{t('historyChanged', named.join(', '))}</li>}
      </ul>
    </details>
  );
}
