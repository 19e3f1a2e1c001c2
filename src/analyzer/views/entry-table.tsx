// Every entry of the HAR ("show every entry"), failed ones marked and openable. Drawn in pages of
// rows so a 5,000-entry HAR lists at once.
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { EntryRow } from '../protocol';

const PAGE_ROWS = 500;

export function EntryTable({ rows, onSelect }: { rows: EntryRow[]; onSelect(entry: number): void }) {
  const [shown, setShown] = useState(PAGE_ROWS);
  return (
    <div class="entry-table">
      <p class="muted" data-testid="entry-count" data-shown={Math.min(shown, rows.length)} data-total={rows.length}>{t('analyzerShownOf', Math.min(shown, rows.length), rows.length)}</p>
      <table>
        <tbody>
          {rows.slice(0, shown).map((row) => (
            <tr key={row.entry} data-testid="entry-row" data-entry={row.entry} data-failed={String(row.failed)} class={row.failed ? 'failed' : undefined}>
              <td>{row.status > 0 ? row.status : t('analyzerNetworkError')}</td>
              <td>{row.method}</td>
              <td class="entry-url">
                {row.failed ? <button type="button" class="link" onClick={() => onSelect(row.entry)}>{row.url}</button> : row.url}
              </td>
              <td class="muted">{row.durationMs >= 0 ? `${Math.round(row.durationMs)} ms` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown < rows.length && <button type="button" class="secondary" onClick={() => setShown(shown + PAGE_ROWS)}>{t('analyzerShownOf', Math.min(shown + PAGE_ROWS, rows.length), rows.length)}</button>}
    </div>
  );
}
