// The support bundle: one .zip with the HAR, summary.md, diagnosis.json and trace.txt, built with
// fflate (small, dependency-free, the same code in the worker and in Node).
import { strToU8, zipSync } from 'fflate';
import type { Trace } from '../evidence';
import type { Locale } from '../i18n/locale';
import { messagesFor } from '../i18n/messages';
import { TRACE_FIELDS } from '../trace';

/** The parts of a composed export (compose.ts) that go into the zip. */
export interface BundleInput {
  harFileName: string;
  har: unknown;
  summary: string;
  diagnosis: unknown;
  traceText: string;
}

export function traceText(trace: Trace | null | undefined, showClientIp = false, locale: Locale = 'en'): string {
  const m = messagesFor(locale);
  if (trace === undefined) return `${m.summary.traceNotFetched}\n`;
  if (trace === null) return `${m.summary.traceNotCloudflare}\n`;
  const keys = [...(showClientIp && trace.ip !== undefined ? ['ip'] : []), ...TRACE_FIELDS.filter((k) => trace[k] !== undefined)];
  const extra = Object.keys(trace).filter((k) => k !== 'ip' && !(TRACE_FIELDS as readonly string[]).includes(k));
  const lines = [...keys, ...extra].map((k) => `${k}=${trace[k]}`);
  if (!showClientIp && trace.ip !== undefined) lines.push('ip=(hidden)');
  return `${lines.join('\n')}\n`;
}

export function buildBundle(input: BundleInput, now: Date): Uint8Array {
  const mtime = now;
  return zipSync({
    [input.harFileName]: [strToU8(JSON.stringify(input.har, null, 2)), { mtime }],
    'summary.md': [strToU8(input.summary), { mtime }],
    'diagnosis.json': [strToU8(`${JSON.stringify(input.diagnosis, null, 2)}\n`), { mtime }],
    'trace.txt': [strToU8(input.traceText), { mtime }],
  }, { level: 6 });
}
