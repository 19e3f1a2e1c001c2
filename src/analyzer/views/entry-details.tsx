// One entry's diagnosis in the popup's own views (verdict, request id, path, each audience's steps,
// the details): the analyzer draws a HAR entry exactly as the popup draws a failed page.
import type { PopupState, Timings } from '../../shared/popup-state';
import { t } from '../../shared/i18n';
import { AudienceTabs } from '../../popup/views/audience-tabs';
import { Details } from '../../popup/views/details';
import { LayerPath } from '../../popup/views/layer-path';
import { RequestId } from '../../popup/views/request-id';
import { Verdict } from '../../popup/views/verdict';
import type { FailureRow } from '../protocol';

type Failure = Extract<PopupState, { kind: 'failure' }>;

/** The HAR's phases in the popup's shape: -1 where the producer recorded none. */
function timingsOf(row: FailureRow): Timings | undefined {
  const t = row.timings;
  if (!t) return undefined;
  const at = (ms: number | undefined) => ms ?? -1;
  return { dns: at(t.dns), connect: at(t.connect), ssl: at(t.ssl), wait: at(t.wait), receive: at(t.receive), total: row.durationMs };
}

/** A HAR entry as the popup's state of a failed page: its evidence is all in the file. */
export function stateOf(row: FailureRow): Failure {
  const timings = timingsOf(row);
  return {
    kind: 'failure', tabId: -1, url: row.diagnosis.url, requestCount: 1, scope: 'page', diagnosis: row.diagnosis,
    failed: [], failedTotal: 0, trace: undefined, traceStatus: 'not-applicable', pageEvidence: 'complete', ...(timings && { timings }),
  };
}

export function EntryDetails({ row }: { row: FailureRow | undefined }) {
  if (!row) return <p class="muted">{t('analyzerPick')}</p>;
  const state = stateOf(row);
  return (
    <article class="entry-details" data-testid="entry-details" data-entry={row.entry} aria-label={t('analyzerEntry', row.entry)}>
      <Verdict state={state} />
      <RequestId ids={row.diagnosis.requestIds} />
      <LayerPath diagnosis={row.diagnosis} />
      <AudienceTabs diagnosis={row.diagnosis} />
      <Details state={state} />
    </article>
  );
}
