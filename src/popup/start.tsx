// Draws the whole popup once its code is in: at once with the first answer when it came already (over
// the verdict main.tsx may have drawn from it), else after a short wait for it (a stopped worker
// starting again is slow), showing "booting" meanwhile.
import { render } from 'preact';
import { App, askFirst, type FirstAnswer } from './app';
import type { EarlyAnswer } from './first-question';

/**
 * The worker usually answers within a few milliseconds of this module running: the popup waits that
 * long, so the verdict is the first thing it draws; it shows "booting" first only when the worker is
 * slow to answer.
 */
const WAIT_FOR_ANSWER_MS = 60;

export function start(early: Promise<EarlyAnswer>): void {
  const first = askFirst(early);
  let shown = false;
  const show = (answered?: { answer: FirstAnswer }) => {
    if (shown) return;
    shown = true;
    render(<App first={first} answered={answered} />, document.getElementById('app')!);
  };
  setTimeout(show, WAIT_FOR_ANSWER_MS);
  void first.then((answer) => show({ answer }));
}
