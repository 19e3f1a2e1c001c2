// The analyzer's worker: reads the dropped file (with progress, so a 50 MB HAR never freezes the
// page), diagnoses it, and composes the exports when asked, with the engine's one composer and
// redactor (composeExport): what the CLI's `sanitize`, `summary` and `bundle` write.
import { buildBundle } from '../engine/export/bundle';
import { composeExport, type ComposedExport } from '../engine/export/compose';
import { leadFailureFirst } from '../engine/export/lead-failure';
import type { HarDiagnoses } from '../engine/har/diagnose-har';
import type { Locale } from '../engine/i18n/locale';
import { analyze } from './analysis';
import { FileRefused, harFromZip, isZip, MAX_FILE_BYTES, parseHarText } from './har-document';
import type { FromWorker, Phase, ToWorker } from './protocol';

interface Opened { document: unknown; failures: HarDiagnoses['failures'] }
let opened: Opened | undefined;

const post = (message: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);
const progress = (phase: Phase, done: number, total: number) => post({ type: 'progress', phase, done, total });

/** The file's text, chunk by chunk, reporting how much is read. */
async function readText(file: Blob): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let done = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    done += chunk.value.byteLength;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    progress('reading', done, file.size);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

async function open(file: Blob, name: string, locale: Locale): Promise<void> {
  opened = undefined;
  if (file.size === 0) throw new FileRefused(`${name}: empty file`);
  if (file.size > MAX_FILE_BYTES) throw new FileRefused(`${name}: too large (${Math.round(file.size / 1048576)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`);
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  let document: unknown;
  if (isZip(head)) {
    progress('unpacking', 0, file.size);
    document = harFromZip(new Uint8Array(await file.arrayBuffer()), name);
  } else {
    const text = await readText(file);
    progress('parsing', 0, 1);
    document = parseHarText(text, name);
  }
  progress('diagnosing', 0, 1);
  const { loaded, failures } = analyze(document, name, locale);
  opened = { document, failures: leadFailureFirst(failures) };
  post(loaded);
}

/** One export of the open file, with the choice the page made (kinds kept, the client's IP, the summary's language). */
function compose(locale: Locale, keep: ToWorker & { type: 'export' }): ComposedExport {
  const { document, failures } = opened!;
  const key = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return composeExport({ har: document, failures, url: failures[0]?.evidence.url ?? '' }, { key, now: new Date(), locale, showClientIp: keep.showClientIp, keep: keep.keep });
}

function exportNow(message: ToWorker & { type: 'export' }): void {
  if (!opened) throw new FileRefused('Open a HAR file first.');
  const composed = compose(message.locale, message);
  if (message.kind === 'report') return post({ type: 'report', report: composed.report });
  if (message.kind === 'summary') return post({ type: 'exported', kind: 'summary', fileName: 'summary.md', data: composed.summary, report: composed.report });
  if (message.kind === 'har') return post({ type: 'exported', kind: 'har', fileName: composed.harFileName, data: JSON.stringify(composed.har, null, 2), report: composed.report });
  const zip = buildBundle(composed, new Date());
  post({ type: 'exported', kind: 'bundle', fileName: composed.bundleFileName, data: zip, report: composed.report }, [zip.buffer]);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  const run = async () => {
    if (message.type === 'open') await open(message.file, message.name.slice(0, 200), message.locale);
    else if (message.type === 'export') exportNow(message);
  };
  run().catch((error: unknown) => {
    // A HarError or FileRefused says what is wrong in one line; anything else is a bug, said plainly.
    const text = error instanceof Error ? error.message : String(error);
    post({ type: 'error', message: text.split('\n')[0]!.slice(0, 300) });
  });
};
