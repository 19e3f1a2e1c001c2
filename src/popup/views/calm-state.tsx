import { t, type MessageKey } from '../../shared/i18n';
import { isSettled, type PopupState } from '../../shared/popup-state';
import { AnalyzerLink } from './analyzer-link';
import { Icon } from './icon';

type Calm = Exclude<PopupState, { kind: 'failure' }>;

const TEXT: Record<Calm['kind'], [MessageKey, MessageKey]> = {
  healthy: ['healthyTitle', 'healthyDetail'],
  loading: ['loadingTitle', 'loadingDetail'],
  'nothing-captured': ['nothingTitle', 'nothingDetail'],
  unsupported: ['unsupportedTitle', 'unsupportedDetail'],
};

export function CalmState({ state }: { state: Calm }) {
  const [title, detail] = TEXT[state.kind];
  const count = 'requestCount' in state ? state.requestCount : 0;
  return (
    <section class={`calm calm-${state.kind}`} data-testid="verdict" data-generator="none" data-layer="none" data-blame="none" data-state={state.kind} data-settled={String(isSettled(state))}>
      <h1><Icon name={state.kind === 'healthy' ? 'check' : 'dots'} /> {t(title)}</h1>
      <p class="muted">{t(detail, count)}</p>
      {state.kind !== 'loading' && <AnalyzerLink />}
    </section>
  );
}
