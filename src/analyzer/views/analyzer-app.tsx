// The HAR analyzer: open a file, see every failed or blocked entry grouped by layer and writer (or
// every entry), its verdict, path, causes and steps in the popup's views, who acts, the waterfall,
// and the sanitized exports. The file is read in a worker and never leaves the page.
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { t, uiLocale } from '../../shared/i18n';
import type { AnalyzerClient } from '../client';
import type { Loaded, Phase } from '../protocol';
import { choicesOf, filterEntries, filterFailures, NO_FILTERS, type Filters } from '../rows';
import { EntryDetails } from './entry-details';
import { EntryTable } from './entry-table';
import { ExportsPanel } from './exports-panel';
import { FileOpen } from './file-open';
import { FiltersBar } from './filters-bar';
import { FailureList } from './failure-list';
import { ProgressBar } from './progress-bar';
import { Waterfall } from './waterfall';
import { WhoActsView } from './who-acts-view';

type Status = { kind: 'idle' } | { kind: 'reading'; phase: Phase; done: number; total: number } | { kind: 'error'; message: string } | { kind: 'loaded'; loaded: Loaded; opened: number };

export function AnalyzerApp({ client }: { client: AnalyzerClient }) {
  const locale = useMemo(() => uiLocale(), []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [showAll, setShowAll] = useState(false);
  const [selected, setSelected] = useState<number | undefined>();

  const onFile = useCallback((file: File) => {
    // Standard marks, read by `npm run bench`: file chosen → its first verdict in the document.
    performance.clearMarks('faultline:first-verdict');
    performance.mark('faultline:file-chosen');
    setStatus({ kind: 'reading', phase: 'reading', done: 0, total: file.size });
    setFilters(NO_FILTERS);
    client.open(file, locale, (phase, done, total) => setStatus({ kind: 'reading', phase, done, total })).then(
      (loaded) => {
        setStatus({ kind: 'loaded', loaded, opened: Date.now() });
        setSelected(loaded.failures[0]?.entry);
      },
      (error: Error) => setStatus({ kind: 'error', message: error.message }),
    );
  }, [client, locale]);

  const loaded = status.kind === 'loaded' ? status.loaded : undefined;
  useLayoutEffect(() => {
    if (loaded) performance.mark('faultline:first-verdict');
  }, [loaded]);
  const failures = useMemo(() => (loaded ? filterFailures(loaded.failures, filters) : []), [loaded, filters]);
  const entries = useMemo(() => (loaded && showAll ? filterEntries(loaded.entries, filters) : []), [loaded, filters, showAll]);
  const row = loaded?.failures.find((f) => f.entry === selected);
  // Once per file, not on every keystroke in the text filter.
  const hosts = useMemo(() => choicesOf(loaded?.entries.map((e) => e.host) ?? []), [loaded]);
  const generators = useMemo(() => choicesOf(loaded?.failures.map((f) => f.diagnosis.generator) ?? []), [loaded]);
  const summary = useCallback(async () => (await client.exportFile('summary', { keep: [], showClientIp: false, locale })).data as string, [client, locale]);

  return (
    <>
      <header class="analyzer-head">
        <h1>{t('analyzerTitle')}</h1>
        <p class="muted" data-testid="offline-note">{t('analyzerOffline')}</p>
        <FileOpen onFile={onFile} />
      </header>
      <main>
      {status.kind === 'reading' && <ProgressBar phase={status.phase} done={status.done} total={status.total} />}
      {status.kind === 'error' && <p role="alert" class="analyzer-error" data-testid="analyzer-error">{status.message}</p>}
      {loaded && status.kind === 'loaded' && (
        <section class="analyzer-body" data-testid="analysis" data-entries={loaded.entryCount} data-failures={loaded.failures.length}>
          <p data-testid="counts">{t('analyzerCounts', loaded.name, loaded.entryCount, loaded.failures.length)}
            {loaded.skipped.length > 0 && <span class="muted"> · {t('analyzerSkipped', loaded.skipped.length)}</span>}</p>
          <FiltersBar filters={filters} showAll={showAll} onChange={setFilters} onShowAll={setShowAll}
            hosts={hosts} generators={generators} />
          <Waterfall rows={loaded.entries} onSelect={setSelected} />
          <div class="columns">
            <div class="list">
              {showAll ? <EntryTable rows={entries} onSelect={setSelected} /> : <FailureList rows={failures} selected={selected} onSelect={setSelected} />}
            </div>
            <div class="detail">
              {row && <WhoActsView row={row} summary={summary} />}
              <EntryDetails row={row} />
            </div>
          </div>
          <ExportsPanel client={client} locale={locale} fileKey={`${loaded.name}:${status.opened}`} />
        </section>
      )}
      </main>
    </>
  );
}
