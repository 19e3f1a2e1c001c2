// The list's filters: status class, host, writer and free text, and the switch to list every entry.
import { t } from '../../shared/i18n';
import type { Filters, StatusClass } from '../rows';

interface Props {
  filters: Filters;
  hosts: string[];
  generators: string[];
  showAll: boolean;
  onChange(filters: Filters): void;
  onShowAll(showAll: boolean): void;
}

const STATUS: [StatusClass, () => string][] = [
  ['any', () => t('analyzerAny')], ['5xx', () => '5xx'], ['4xx', () => '4xx'], ['network', () => t('analyzerNetworkError')], ['other', () => t('analyzerOtherStatus')],
];

export function FiltersBar({ filters, hosts, generators, showAll, onChange, onShowAll }: Props) {
  const set = (change: Partial<Filters>) => onChange({ ...filters, ...change });
  return (
    <fieldset class="filters" data-testid="filters">
      <legend>{t('analyzerFilters')}</legend>
      <label>{t('analyzerFilterStatus')}
        <select data-testid="filter-status" value={filters.status} onChange={(e) => set({ status: e.currentTarget.value as StatusClass })}>
          {STATUS.map(([value, words]) => <option key={value} value={value}>{words()}</option>)}
        </select>
      </label>
      <label>{t('analyzerFilterHost')}
        <select data-testid="filter-host" value={filters.host} onChange={(e) => set({ host: e.currentTarget.value })}>
          <option value="">{t('analyzerAny')}</option>
          {hosts.map((h) => <option key={h} value={h}>{h}</option>)}
        </select>
      </label>
      <label>{t('analyzerFilterGenerator')}
        <select data-testid="filter-generator" value={filters.generator} disabled={showAll} onChange={(e) => set({ generator: e.currentTarget.value })}>
          <option value="">{t('analyzerAny')}</option>
          {generators.map((g) => <option key={g} value={g}>{g}</option>)}
        </select>
      </label>
      <label>{t('analyzerFilterText')}
        <input type="search" data-testid="filter-text" value={filters.text} onInput={(e) => set({ text: e.currentTarget.value })} />
      </label>
      <label class="toggle">
        <input type="checkbox" data-testid="show-all" checked={showAll} onChange={(e) => onShowAll(e.currentTarget.checked)} />
        <span>{t('analyzerShowAll')}</span>
      </label>
    </fieldset>
  );
}
