import type { PopupState } from '../../shared/popup-state';

type Calm = Exclude<PopupState, { kind: 'failure' }>;

const plural = (n: number) => `${n} request${n === 1 ? '' : 's'}`;

export function CalmState({ state }: { state: Calm }) {
  const { title, detail } = describe(state);
  return (
    <section class={`calm calm-${state.kind}`} data-testid="verdict" data-generator="none" data-layer="none" data-blame="none" data-state={state.kind}>
      <h1><span class="symbol" aria-hidden="true">{state.kind === 'healthy' ? '✓' : '…'}</span> {title}</h1>
      <p class="muted">{detail}</p>
    </section>
  );
}

function describe(state: Calm): { title: string; detail: string } {
  switch (state.kind) {
    case 'healthy':
      return { title: 'No errors seen on this tab', detail: `${plural(state.requestCount)} captured on this page, none failed.` };
    case 'loading':
      return { title: 'Still loading', detail: `${plural(state.requestCount)} so far. Not enough evidence yet: open Faultline again when the page has loaded.` };
    case 'nothing-captured':
      return { title: 'Nothing captured for this page yet', detail: 'Faultline started after this page loaded. Reload the page to capture it.' };
    case 'unsupported':
      return { title: 'Not a web page', detail: 'Faultline looks at http and https pages only.' };
  }
}
