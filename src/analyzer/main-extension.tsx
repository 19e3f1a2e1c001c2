// The analyzer as an extension page (analyzer.html): its worker is the extension's own file.
import { render } from 'preact';
import { createClient } from './client';
import { AnalyzerApp } from './views/analyzer-app';

const worker = new Worker(new URL('analyzer-worker.js', location.href));
render(<AnalyzerApp client={createClient(worker)} />, document.getElementById('app')!);
