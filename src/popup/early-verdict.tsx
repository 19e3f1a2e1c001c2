// The verdict drawn the moment the worker's early answer arrives, by the popup's first script
// (main.tsx): Preact and the verdict view only. The rest of the popup (tabs, details, exports, the messaging
// with retries) loads after it and draws the whole popup over it from the same answer (start.tsx),
// the same verdict at the top.
import { render } from 'preact';
import { isSettled, type PopupState } from '../shared/popup-state';
import type { EarlyAnswer } from './first-question';
import { RestPending } from './views/rest-pending';
import { Verdict } from './views/verdict';

type Failure = Extract<PopupState, { kind: 'failure' }>;

/** A failure as the worker states it; anything else (a calm page, an error, no answer) waits for the whole popup. */
const isFailure = (answer: unknown): answer is Failure =>
  typeof answer === 'object' && answer !== null && !('error' in answer) && (answer as { kind?: unknown }).kind === 'failure';

/** Draws the verdict of a failure into `root`; false when the answer is not one (nothing is drawn). */
export function drawEarlyVerdict(got: EarlyAnswer, root: Element): boolean {
  if (!got || !isFailure(got.answer)) return false;
  render(<><Verdict state={got.answer} /><RestPending /></>, root);
  // `npm run bench` reads this mark (app.tsx sets it when the whole popup draws the verdict first):
  // render() has committed the verdict to the document, and the browser paints it next.
  if (isSettled(got.answer) && performance.getEntriesByName('faultline:verdict').length === 0) performance.mark('faultline:verdict');
  return true;
}
