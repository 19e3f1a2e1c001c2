// What the worker adds to the popup's export choices: the time, a fresh key for the export's
// redaction hashes, the browser's name and the language.
import type { Locale } from '../engine/i18n/locale';
import type { ExportOptions } from './exports';
import type { ExportChoice } from './handlers';

/** A key per export, so hashes of redacted values match within one export and never across two. */
export function randomKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The browser a HAR's log.browser names, from its user agent (Edge says "Edg"). */
export function browserFromUserAgent(userAgent: string): { name: string; version: string } {
  const match = /(Firefox|Edg|Chrome)\/([\d.]+)/.exec(userAgent);
  return { name: match?.[1] === 'Edg' ? 'Edge' : match?.[1] ?? 'Browser', version: match?.[2] ?? '' };
}

/** Export options from the popup's choices; the language is the message's, else the UI's. */
export function exportOptionsFor(choice: ExportChoice, userAgent: string, uiLocale: Locale): ExportOptions {
  const { includeSensitive, showClientIp, keep, locale } = choice;
  return { includeSensitive, showClientIp, keep, now: new Date(), randomKey: randomKey(), browser: browserFromUserAgent(userAgent), locale: locale ?? uiLocale };
}
