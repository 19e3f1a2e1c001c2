// Failed and blocked entries, grouped by layer and then by who wrote the answer; a row opens the
// entry's details. Every page-derived string is rendered as text.
import { layerWords, t } from '../../shared/i18n';
import type { Layer } from '../../engine/vocabulary';
import type { FailureRow } from '../protocol';
import { groupFailures } from '../rows';

interface Props {
  rows: FailureRow[];
  selected: number | undefined;
  onSelect(entry: number): void;
}

export function FailureList({ rows, selected, onSelect }: Props) {
  if (rows.length === 0) return <p class="muted" data-testid="no-failures">{t('analyzerNoFailures')}</p>;
  return (
    <div class="failure-groups">
      {groupFailures(rows).map((group) => (
        <section key={`${group.layer}/${group.generator}`} class="group" data-testid="group" data-layer={group.layer} data-generator={group.generator}>
          <h2>{layerWords(group.layer as Layer)} · {group.generator} <span class="muted">({group.rows.length})</span></h2>
          <ul>
            {group.rows.map(({ entry, diagnosis: d }) => (
              <li key={entry}>
                <button type="button" class="entry" data-testid="entry-verdict" data-entry={entry} data-generator={d.generator} data-layer={d.layer} data-blame={d.blame}
                  aria-pressed={selected === entry} onClick={() => onSelect(entry)}>
                  <span class="entry-status">{d.status > 0 ? d.status : t('analyzerNetworkError')}</span>
                  <span class="entry-url">{d.url}</span>
                  <span class="entry-headline muted">{d.headline}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
