// The verdict: the status and the headline (hedged when who wrote the page is uncertain), the
// vendor's code and the time to the error when known. Drawn from the first state, before anything else.
import { isSettled, type PopupState } from '../../shared/popup-state';
import { t } from '../../shared/i18n';
import { durationWords } from '../duration';
import { isHedged, isStopped } from '../guidance';
import { splitHeadline } from '../headline';
import { Icon } from './icon';

type Failure = Extract<PopupState, { kind: 'failure' }>;

export const timeWords = { ms: (n: string) => t('milliseconds', n), s: (n: string) => t('seconds', n) };

export function Verdict({ state }: { state: Failure }) {
  const d = state.diagnosis;
  const stopped = isStopped(d);
  const onPage = state.scope === 'page';
  const said = splitHeadline(d.headline);
  const first = isHedged(d) ? t('hedged', said.first) : said.first;
  const title = onPage ? first : t('requestsFailed', state.failedTotal);
  const under = onPage ? said.rest : said.rest === undefined ? first : `${first} ${said.rest}`;
  const total = state.timings?.total;
  const meta = [
    // A code that only repeats the status (Cloudflare's 521) says nothing new.
    d.code !== undefined && d.code !== String(d.status) && t('vendorCode', d.code),
    total !== undefined && total > 0 && t('timeToError', durationWords(total, timeWords)),
  ].filter((part): part is string => typeof part === 'string');
  return (
    <section class={`verdict verdict-${stopped ? 'blocked' : 'failed'}`} data-testid="verdict" data-generator={d.generator} data-layer={d.layer} data-blame={d.blame}
      data-state="failure" data-scope={state.scope} data-evidence={state.pageEvidence} data-settled={String(isSettled(state))}>
      <h1>
        <Icon name={stopped ? 'block' : 'cross'} />
        {onPage && d.status > 0 && <span class="status">{d.status}</span>}
        <span>{title}</span>
      </h1>
      {under !== undefined && <p class="headline-rest">{under}</p>}
      {meta.length > 0 && <p class="muted meta">{meta.join(' · ')}</p>}
      {!isSettled(state) && <p class="muted" role="status">{t('readingPage')}</p>}
    </section>
  );
}
