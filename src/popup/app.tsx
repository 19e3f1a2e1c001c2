// Loads the tab's state from the worker, then follows it as the worker pushes changes (state-watch.ts),
// and asks for the /cdn-cgi/trace (fetched once, in the worker) once the verdict stands. Every
// page-derived string is rendered as text by Preact: nothing is parsed as HTML.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { isSettled, type PopupState } from '../shared/popup-state';
import { t, uiLocale } from '../shared/i18n';
import { getState, getStateWithTrace, isError, targetTab } from './api';
import type { EarlyAnswer } from './first-question';
import { watchState } from './state-watch';
import { CalmState } from './views/calm-state';
import { FailureView } from './views/failure-view';

type Loaded = { kind: 'booting' } | { kind: 'error'; message: string } | PopupState;
export type FirstAnswer = { tabId: number; first: PopupState | { error: string } } | undefined;

const isAnswer = (value: unknown): value is PopupState | { error: string } => typeof value === 'object' && value !== null;

/**
 * The first answer: the one the popup's entry asked for before this code loaded (first-question.ts),
 * else asked again here the careful way, with retries.
 */
export function askFirst(early: Promise<EarlyAnswer>): Promise<FirstAnswer> {
  return early.then(async (got) => {
    const tabId = got?.tabId ?? (await targetTab());
    if (tabId === undefined) return undefined;
    if (got !== undefined && isAnswer(got.answer)) return { tabId, first: got.answer }; // first-question.ts marked it
    const first = await getState(tabId);
    performance.mark('faultline:answered');
    return { tabId, first };
  });
}

const loadedFrom = (answer: FirstAnswer): Loaded =>
  answer === undefined ? { kind: 'error', message: t('noTab') } : isError(answer.first) ? { kind: 'error', message: answer.first.error } : answer.first;

/**
 * `first`: the first answer, on its way; `answered`: the same, when it came before the first render
 * (it is then drawn first).
 */
export function App({ first, answered }: { first: Promise<FirstAnswer>; answered?: { answer: FirstAnswer } }) {
  const [state, setState] = useState<Loaded>(() => (answered ? loadedFrom(answered.answer) : { kind: 'booting' }));

  useEffect(() => {
    let live = true;
    let unwatch = () => {};
    void (async () => {
      const asked = await first;
      if (!live) return;
      if (!answered) setState(loadedFrom(asked)); // else the first render drew it already
      if (asked === undefined || isError(asked.first)) return;
      const { tabId } = asked;
      let traceAsked = false;
      const show = (next: PopupState) => {
        if (!live) return;
        setState(next);
        if (traceAsked || !isSettled(next) || next.kind !== 'failure' || next.traceStatus !== 'pending') return;
        traceAsked = true;
        void getStateWithTrace(tabId).then((withTrace) => {
          // A push may have brought the trace (or a newer state) already: only a state still waiting for it is replaced.
          if (live && !isError(withTrace)) setState((shown) => (shown.kind === 'failure' && shown.traceStatus === 'pending' ? withTrace : shown));
        });
      };
      show(asked.first);
      // The collector reports a moment after the page loads, and requests keep failing: the worker
      // pushes each new state while this popup is open.
      unwatch = watchState(tabId, uiLocale(), show);
    })();
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  useLayoutEffect(() => {
    // A standard performance mark, read by `npm run bench`: popup document start → verdict in the
    // document (a layout effect runs once the render is committed, before the next paint).
    const final = state.kind !== 'booting' && (state.kind === 'error' || isSettled(state));
    if (final && performance.getEntriesByName('faultline:verdict').length === 0) performance.mark('faultline:verdict');
  }, [state]);

  if (state.kind === 'booting') return <p class="muted" role="status">{t('booting')}</p>;
  if (state.kind === 'error') return <p role="alert">{state.message}</p>;
  if (state.kind === 'failure') return <FailureView state={state} />;
  return <CalmState state={state} />;
}
