import { render } from 'preact';
import { App, firstAnswer, type FirstAnswer } from './app';

// Standard performance marks, read by `npm run bench` to split the popup's time to its verdict.
performance.mark('faultline:code-loaded');

/**
 * The worker usually answers within a few milliseconds of this module running: the popup waits that
 * long, so the verdict is the first thing it draws; it shows "booting" first only when the worker is
 * slow to answer (a stopped worker starting again).
 */
const WAIT_FOR_ANSWER_MS = 60;

let shown = false;
const show = (answered?: { answer: FirstAnswer }) => {
  if (shown) return;
  shown = true;
  render(<App answered={answered} />, document.getElementById('app')!);
};
setTimeout(show, WAIT_FOR_ANSWER_MS);
void firstAnswer.then((answer) => show({ answer }));
