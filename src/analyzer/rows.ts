// The analyzer's list: failures grouped by layer, then by who wrote the answer, and the filters
// (status class, host, generator, text). Pure functions of the rows, so the page and its tests
// agree on what a filter shows.
import type { EntryRow, FailureRow } from './protocol';

export type StatusClass = 'any' | '5xx' | '4xx' | 'network' | 'other';

export interface Filters {
  status: StatusClass;
  host: string;
  generator: string;
  text: string;
}

export const NO_FILTERS: Filters = { status: 'any', host: '', generator: '', text: '' };

export const statusClassOf = (status: number): Exclude<StatusClass, 'any'> =>
  status >= 500 ? '5xx' : status >= 400 ? '4xx' : status <= 0 ? 'network' : 'other';

/** Case-insensitive text in the URL, the headline, the writer or a request id. */
function hasText(row: FailureRow, text: string): boolean {
  if (text === '') return true;
  const d = row.diagnosis;
  const haystack = [d.url, d.headline, d.generator, String(d.status), ...Object.values(d.requestIds)].join('\n').toLowerCase();
  return haystack.includes(text.toLowerCase());
}

export function filterFailures(rows: readonly FailureRow[], f: Filters): FailureRow[] {
  return rows.filter((row) => (f.status === 'any' || statusClassOf(row.diagnosis.status) === f.status)
    && (f.host === '' || row.host === f.host)
    && (f.generator === '' || row.diagnosis.generator === f.generator)
    && hasText(row, f.text.trim()));
}

export function filterEntries(rows: readonly EntryRow[], f: Filters): EntryRow[] {
  const text = f.text.trim().toLowerCase();
  return rows.filter((row) => (f.status === 'any' || statusClassOf(row.status) === f.status)
    && (f.host === '' || row.host === f.host)
    && (text === '' || row.url.toLowerCase().includes(text) || String(row.status) === text));
}

export interface FailureGroup {
  layer: string;
  generator: string;
  rows: FailureRow[];
}

/** Groups in the order their first failure appears: the first thing that broke comes first. */
export function groupFailures(rows: readonly FailureRow[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const row of rows) {
    const { layer, generator } = row.diagnosis;
    const key = `${layer}\u0000${generator}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { layer, generator, rows: [] }));
    group.rows.push(row);
  }
  return [...groups.values()];
}

/** The distinct values a filter can take, sorted, from what the file holds. */
export const choicesOf = (values: Iterable<string>) => [...new Set(values)].filter((v) => v !== '').sort();
