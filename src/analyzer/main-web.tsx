// The analyzer as a static web page (dist/web/index.html): it runs from any static host and from
// file://, where a worker cannot be loaded from a file, so the worker's code travels inside this
// script (__ANALYZER_WORKER__, written in by the build) and starts from a blob.
import { render } from 'preact';
import { createClient } from './client';
import { AnalyzerApp } from './views/analyzer-app';

declare const __ANALYZER_WORKER__: string;

const source = URL.createObjectURL(new Blob([__ANALYZER_WORKER__], { type: 'text/javascript' }));
render(<AnalyzerApp client={createClient(new Worker(source))} />, document.getElementById('app')!);
