// A dropped file → the HAR document it holds. A .har is JSON text; a Playwright .zip
// (recordHar: { path: 'x.zip' }) holds one .har whose bodies sit beside it as files, named by each
// entry's content._file: a textual body is put back into content.text (as much of it as the engine
// reads), so the error page's own words are evidence, as in a plain HAR.
import { unzipSync } from 'fflate';
import { MAX_BODY_CHARS } from '../engine/evidence';

/** As the CLI's limit: a larger file is refused rather than risking the tab's memory. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export class FileRefused extends Error {
  override name = 'FileRefused';
}

/** Invalid or cut UTF-8 becomes U+FFFD rather than an error: a body is evidence, not a contract. */
const utf8 = new TextDecoder();
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const TEXTUAL = /^(text\/|application\/([a-z0-9.+-]*\+)?(json|xml|javascript)\b)/i;

export const isZip = (head: Uint8Array) => ZIP_MAGIC.every((byte, i) => head[i] === byte);

export function parseHarText(text: string, name: string): unknown {
  if (text.trim() === '') throw new FileRefused(`${name}: empty file`);
  try {
    // Fiddler and some Chrome exports start with a byte-order mark (a decoder usually drops it).
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (error) {
    throw new FileRefused(`${name}: not JSON (${(error as Error).message.split('\n')[0]!.slice(0, 120)})`);
  }
}

type Content = { mimeType?: unknown; text?: unknown; _file?: unknown };

/** The HAR inside a Playwright zip, its textual bodies restored from the files beside it. */
export function harFromZip(bytes: Uint8Array, name: string): unknown {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    throw new FileRefused(`${name}: not a readable zip (${(error as Error).message.slice(0, 120)})`);
  }
  const harName = Object.keys(files).find((path) => path.toLowerCase().endsWith('.har'));
  if (harName === undefined) throw new FileRefused(`${name}: the zip holds no .har file`);
  const document = parseHarText(utf8.decode(files[harName]!), `${name}: ${harName}`);
  const entries = (document as { log?: { entries?: unknown } } | null)?.log?.entries;
  if (!Array.isArray(entries)) return document;
  for (const entry of entries) {
    const content = (entry as { response?: { content?: Content } } | null)?.response?.content;
    if (!content || typeof content._file !== 'string' || typeof content.text === 'string') continue;
    const body = files[content._file];
    if (body === undefined || !TEXTUAL.test(typeof content.mimeType === 'string' ? content.mimeType : '')) continue;
    content.text = utf8.decode(body.subarray(0, MAX_BODY_CHARS * 4)).slice(0, MAX_BODY_CHARS);
  }
  return document;
}
