// A failure in one screen: the verdict, its two actions, the request ID, the path and the share
// section (at the bottom: its buttons are there as soon as the verdict is) come with the popup's
// first script and are drawn from the first state; what each audience should do and the evidence
// come in a second script, loaded once the verdict is drawn, and go in between.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PopupState } from '../../shared/popup-state';
import { uiLocale } from '../../shared/i18n';
import { createChoiceStore } from '../export-choice';
import { Actions } from './actions';
import { LayerPath } from './layer-path';
import { QuickActions } from './quick-actions';
import { RequestId } from './request-id';
import { RestPending } from './rest-pending';
import { Verdict } from './verdict';

type Failure = Extract<PopupState, { kind: 'failure' }>;
type RestModule = typeof import('./rest');

/**
 * Loaded once per popup, whatever number of states it draws; once in, a view drawn again (a push
 * that changes the state's kind and back) draws it at once, with no frame without it.
 */
let restModule: Promise<RestModule> | undefined;
let restLoaded: RestModule | undefined;

export function FailureView({ state }: { state: Failure }) {
  const d = state.diagnosis;
  const choice = useMemo(() => createChoiceStore(uiLocale()), []);
  const [rest, setRest] = useState<RestModule | undefined>(restLoaded);
  useEffect(() => {
    if (restLoaded) return;
    let live = true;
    void (restModule ??= import('./rest')).then((loaded) => {
      restLoaded = loaded;
      if (live) setRest(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <>
      <Verdict state={state} />
      <QuickActions tabId={state.tabId} diagnosis={d} choice={choice} />
      <RequestId ids={d.requestIds} />
      <LayerPath diagnosis={d} />
      {rest ? <rest.Rest state={state} /> : <RestPending />}
      <Actions tabId={state.tabId} store={choice} />
    </>
  );
}
