import { isSettled, type PopupState } from '../../shared/popup-state';
import { Actions } from './actions';
import { CopyButton } from './copy-button';
import { Details } from './details';
import { LayerPath } from './layer-path';
import { blameWords, confidenceWords, t } from '../../shared/i18n';

type Failure = Extract<PopupState, { kind: 'failure' }>;
type Step = Failure['diagnosis']['nextSteps'][number];

/** The first steps are the ones the ranking trusts most; the rest wait behind "More steps". */
const SHOWN_STEPS = 4;

function OwnerSteps({ steps }: { steps: Step[] }) {
  return (
    <ul class="steps">
      {steps.map((s) => (
        <li key={`${s.cause}/${s.id}`}>
          <strong>{s.title}</strong> <span class="muted">{s.detail}</span>
          {s.command && (
            <div class="command">
              <pre><code>{s.command}</code></pre>
              <CopyButton text={() => s.command!} label={t('copy')} ariaLabel={t('copyCommand', s.title)} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

export function FailureView({ state }: { state: Failure }) {
  const d = state.diagnosis;
  const ownerSteps = d.nextSteps.filter((s) => s.audience === 'owner');
  const visitorSteps = d.nextSteps.filter((s) => s.audience === 'visitor');
  return (
    <>
      <section class={`verdict verdict-${d.blame === 'none' ? 'blocked' : 'failed'}`} data-testid="verdict" data-generator={d.generator} data-layer={d.layer} data-blame={d.blame} data-state="failure" data-scope={state.scope} data-evidence={state.pageEvidence} data-settled={String(isSettled(state))}>
        <h1>
          <span class="symbol" aria-hidden="true">{d.blame === 'none' ? '⛔' : '✕'}</span>{' '}
          {state.scope === 'requests' ? t('requestsFailed', state.failedTotal) : d.headline}
        </h1>
        {state.scope === 'requests' && <p>{d.headline}</p>}
        {!isSettled(state) && <p class="muted" role="status">{t('readingPage')}</p>}
        <p class="muted">
          {/* How it failed is already in the headline, in words. */}
          {t('failedLine', blameWords(d.blame), confidenceWords(d.confidence), Math.round(d.confidence * 100))}
        </p>
      </section>
      <LayerPath diagnosis={d} />
      <Actions tabId={state.tabId} />
      {d.causes.length > 0 && (
        <section>
          <h2>{t('likelyCauses')}</h2>
          <ol class="causes">
            {d.causes.map((cause) => (
              <li key={cause.id}><strong>{cause.title}</strong><p class="muted">{cause.why}</p></li>
            ))}
          </ol>
        </section>
      )}
      {visitorSteps.length > 0 && (
        <section>
          <h2>{t('whatYouCanDo')}</h2>
          <ul class="steps">{visitorSteps.map((s) => <li key={`${s.cause}/${s.id}`}><strong>{s.title}</strong> <span class="muted">{s.detail}</span></li>)}</ul>
        </section>
      )}
      {ownerSteps.length > 0 && (
        <section>
          <h2>{t('forSiteOwner')}</h2>
          <OwnerSteps steps={ownerSteps.slice(0, SHOWN_STEPS)} />
          {ownerSteps.length > SHOWN_STEPS && (
            <details>
              <summary>{t('moreSteps', ownerSteps.length - SHOWN_STEPS)}</summary>
              <OwnerSteps steps={ownerSteps.slice(SHOWN_STEPS)} />
            </details>
          )}
        </section>
      )}
      <Details state={state} />
    </>
  );
}
