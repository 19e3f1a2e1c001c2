// The popup's entry: it asks the worker for the tab's state at once and draws a failure's verdict
// the moment the answer is in (early-verdict.tsx: Preact and the verdict view only, in this first
// script). The rest of the popup (start.tsx) loads after that, so evaluating it holds up neither
// the answer nor the verdict, and draws the whole popup. Standard performance marks, read by
// `npm run bench`, split the popup's time to its verdict.
import { drawEarlyVerdict } from './early-verdict';
import { askEarly } from './first-question';

/**
 * The rest of the popup waits at most this long for the early verdict: when the worker is slow to
 * answer (a stopped worker starting again), start.tsx loads anyway and says "booting".
 */
const WAIT_FOR_EARLY_VERDICT_MS = 30;

performance.mark('faultline:code-loaded');
const early = askEarly();
let started = false;
const drawn = early.then((got) => {
  // Once the whole popup runs it draws everything itself: the early verdict would only cover it.
  if (!started) drawEarlyVerdict(got, document.getElementById('app')!);
});
const waited = new Promise<void>((resolve) => setTimeout(resolve, WAIT_FOR_EARLY_VERDICT_MS));
void Promise.race([drawn.catch(() => {}), waited])
  .then(() => import('./start'))
  .then(({ start }) => {
    started = true;
    start(early);
  });
