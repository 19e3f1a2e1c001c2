// The owner's hypotheses, likeliest first: each says how likely it is, what goes wrong in one
// sentence, why we think so (behind a disclosure), the one check that tells it true or false and the
// fixes. Then the causes the evidence ruled out, with the reason, and every other step.
import type { Diagnosis, NextStepOut } from '../../engine/diagnosis';
import { t } from '../../shared/i18n';
import { ownerGuidanceOf } from '../guidance';
import { Command } from './command';

function Step({ step, kind }: { step: NextStepOut; kind: 'check' | 'fix' }) {
  return (
    <div class={`step step-${kind}`}>
      <span class="step-kind">{t(kind === 'check' ? 'stepCheck' : 'stepFix')}</span>{' '}
      <strong>{step.title}</strong> <span class="muted">{step.detail}</span>
      {step.command && <Command command={step.command} title={step.title} />}
    </div>
  );
}

const Likelihood = ({ word }: { word: 'likely' | 'possible' }) => <span class={`likelihood likelihood-${word}`}>{t(word)}</span>;

export function OwnerGuidance({ diagnosis, active }: { diagnosis: Diagnosis; active: boolean }) {
  const { hypotheses, more } = ownerGuidanceOf(diagnosis);
  // Read defensively: a diagnosis from an engine older than the field has none.
  const ruledOut = diagnosis.ruledOut ?? [];
  return (
    <>
      <h2 class="panel-title">{t('likelyCauses')}</h2>
      {hypotheses.length === 0 && <p class="muted" data-testid={active ? 'audience-item' : undefined}>{t('noCauses')}</p>}
      <ol class="hypotheses">
        {hypotheses.map(({ cause, check, fixes }, rank) => (
          <li key={cause.id} class="hypothesis" data-testid="hypothesis" data-cause={cause.id}>
            <p class="hypothesis-head" data-testid={active ? 'audience-item' : undefined}>
              <Likelihood word={cause.likelihood ?? (rank === 0 ? 'likely' : 'possible')} /> <strong>{cause.title}</strong>
            </p>
            <p class="muted">{cause.why}</p>
            {(cause.reasons ?? []).length > 0 && (
              <details class="reasons">
                <summary>{t('whyWeThinkSo')}</summary>
                <ul>{cause.reasons!.map((reason, i) => <li key={i}>{reason}</li>)}</ul>
              </details>
            )}
            {check && <Step step={check} kind="check" />}
            {fixes.map((fix) => <Step key={fix.id} step={fix} kind="fix" />)}
          </li>
        ))}
      </ol>
      {ruledOut.length > 0 && (
        <details data-testid="ruled-out">
          <summary>{t('ruledOut', ruledOut.length)}</summary>
          <ul class="ruled-out">{ruledOut.map((r) => <li key={r.id} data-cause={r.id}><strong>{r.title}</strong> <span class="muted">{r.because}</span></li>)}</ul>
        </details>
      )}
      {more.length > 0 && (
        <details>
          <summary>{t('moreSteps', more.length)}</summary>
          {more.map((step) => <Step key={`${step.cause}/${step.id}`} step={step} kind={step.kind === 'check' ? 'check' : 'fix'} />)}
        </details>
      )}
    </>
  );
}
