// The page's side of the worker: opening a file reports progress and ends in the loaded rows or one
// error line; exports are asked one at a time and answered in order. A message of another shape
// than the protocol's is dropped.
import type { Locale } from '../engine/i18n/locale';
import type { RedactionKind, RedactionReport } from '../engine/export/redaction-report';
import type { ExportKind, FromWorker, Loaded, Phase, ToWorker } from './protocol';

export interface ExportChoice {
  keep: RedactionKind[];
  showClientIp: boolean;
  locale: Locale;
}

export type Exported = Extract<FromWorker, { type: 'exported' }>;

export interface AnalyzerClient {
  open(file: File, locale: Locale, onProgress: (phase: Phase, done: number, total: number) => void): Promise<Loaded>;
  report(choice: ExportChoice): Promise<RedactionReport>;
  exportFile(kind: ExportKind, choice: ExportChoice): Promise<Exported>;
}

type Pending = { resolve(message: FromWorker): void; reject(error: Error): void };

export function createClient(worker: Worker): AnalyzerClient {
  const waiting: Pending[] = [];
  let progress: ((phase: Phase, done: number, total: number) => void) | undefined;
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (typeof message !== 'object' || message === null) return;
    if (message.type === 'progress') return progress?.(message.phase, message.done, message.total);
    const next = waiting.shift();
    if (message.type === 'error') next?.reject(new Error(message.message));
    else next?.resolve(message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    for (const pending of waiting.splice(0)) pending.reject(new Error(event.message || 'the analyzer stopped'));
  };
  const ask = (message: ToWorker) => new Promise<FromWorker>((resolve, reject) => {
    waiting.push({ resolve, reject });
    worker.postMessage(message);
  });
  return {
    async open(file, locale, onProgress) {
      progress = onProgress;
      const answer = await ask({ type: 'open', file, name: file.name, locale });
      if (answer.type !== 'loaded') throw new Error('the analyzer answered out of turn');
      return answer;
    },
    async report(choice) {
      const answer = await ask({ type: 'export', kind: 'report', ...choice });
      if (answer.type !== 'report') throw new Error('the analyzer answered out of turn');
      return answer.report;
    },
    async exportFile(kind, choice) {
      const answer = await ask({ type: 'export', kind, ...choice });
      if (answer.type !== 'exported') throw new Error('the analyzer answered out of turn');
      return answer;
    },
  };
}
