// The page's timing as a waterfall: one bar per entry from its start to its end, on one time axis;
// failed and blocked entries are drawn in the failure colour and marked in words for those who do
// not see colour. Bars are drawn for the first MAX_BARS entries.
import { durationWords } from '../../popup/duration';
import { timeWords } from '../../popup/views/verdict';
import { t } from '../../shared/i18n';
import type { EntryRow } from '../protocol';

const MAX_BARS = 2_000;

export function Waterfall({ rows, onSelect }: { rows: EntryRow[]; onSelect(entry: number): void }) {
  const timed = rows.filter((r) => r.startMs >= 0);
  if (timed.length === 0) return null;
  const drawn = timed.slice(0, MAX_BARS);
  const span = Math.max(1, ...drawn.map((r) => r.startMs + Math.max(0, r.durationMs)));
  const pct = (ms: number) => `${((ms / span) * 100).toFixed(3)}%`;
  return (
    <details class="waterfall" data-testid="waterfall" data-bars={drawn.length} data-failed={drawn.filter((r) => r.failed).length} open>
      <summary>{t('analyzerWaterfall')}: {t('analyzerWaterfallNote', timed.length, durationWords(span, timeWords))}</summary>
      {drawn.length < timed.length && <p class="muted">{t('analyzerWaterfallCapped', MAX_BARS)}</p>}
      <div class="bars">
        {drawn.map((r) => (
          <div key={r.entry} class={r.failed ? 'bar-row failed' : 'bar-row'} data-testid="waterfall-bar" data-entry={r.entry} data-failed={String(r.failed)}
            title={`${r.status > 0 ? r.status : t('analyzerNetworkError')} ${r.method} ${r.url}`}
            onClick={r.failed ? () => onSelect(r.entry) : undefined}>
            <span class="bar" style={{ left: pct(r.startMs), width: `max(2px, ${pct(Math.max(0, r.durationMs))})` }} />
            {r.failed && <span class="sr-only">{t('analyzerFailedMark')}</span>}
          </div>
        ))}
      </div>
    </details>
  );
}
