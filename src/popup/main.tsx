// The popup's entry, kept tiny: it asks the worker for the tab's state at once, and loads the rest
// of the popup (Preact, the views) meanwhile. Standard performance marks, read by `npm run bench`,
// split the popup's time to its verdict.
import { askEarly } from './first-question';

const early = askEarly();
void import('./start').then(({ start }) => start(early));
