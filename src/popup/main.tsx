import { render } from 'preact';
import { App } from './app';

// Standard performance marks, read by `npm run bench` to split the popup's time to its verdict.
performance.mark('faultline:code-loaded');

render(<App />, document.getElementById('app')!);
