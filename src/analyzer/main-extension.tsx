// The analyzer as an extension page (src/analyzer/analyzer.html, built with the rest of the
// extension): its worker is an entry of the same build (analyzer-worker.js, a module), so it shares
// the engine's chunk with the extension's own worker instead of carrying a second copy.
import { render } from 'preact';
import { createClient } from './client';
import { AnalyzerApp } from './views/analyzer-app';

const worker = new Worker(new URL('/analyzer-worker.js', location.href), { type: 'module' });
render(<AnalyzerApp client={createClient(worker)} />, document.getElementById('app')!);
