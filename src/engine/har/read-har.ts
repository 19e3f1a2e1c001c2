// HAR → Evidence, one entry at a time. Bodies are decoded (base64 included) only up to the engine's
// body limit, so a 50 MB HAR costs no more per entry than a small one.
import { MAX_BODY_CHARS, type EvidenceInput, type Header } from '../evidence';
import { HarEntryInput, HarFileInput } from './har-input';

export const SUPPORTED_HAR_VERSIONS = ['1.1', '1.2'];
const MAX_PHASE_MS = 86_400_000;

export interface HarEvidence {
  /** Index in log.entries. */
  entry: number;
  evidence: EvidenceInput;
}

export interface HarReadResult {
  entries: HarEvidence[];
  /** Entries that could not be read, with the reason. */
  skipped: { entry: number; reason: string }[];
  creator?: string;
}

export class HarError extends Error {
  override name = 'HarError';
}

/** Base64 bodies are decoded only when their type is textual (or unknown) and they decode to text. */
const TEXTUAL = /^(text\/|application\/([a-z0-9.+-]*\+)?(json|xml|javascript|x-www-form-urlencoded)\b|x-unknown|$)/i;
const BINARY = /[\u0000-\u0008\u000e-\u001a\ufffd]/;

function decodeBase64Prefix(text: string, maxChars: number): string {
  // 4 base64 characters carry 3 bytes; decode only what the engine will read.
  const slice = text.slice(0, Math.ceil((maxChars * 3) / 4 / 3) * 4 + 4).replace(/[^A-Za-z0-9+/=]/g, '');
  const usable = slice.slice(0, slice.length - (slice.length % 4));
  const binary = atob(usable);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder('utf-8').decode(bytes).slice(0, maxChars);
}

function bodyOf(content: { mimeType?: string; text?: string; encoding?: string } | undefined): string {
  if (content?.text === undefined) return '';
  if (content.encoding !== 'base64') return content.text.slice(0, MAX_BODY_CHARS);
  if (!TEXTUAL.test(content.mimeType?.trim() ?? '')) return '';
  try {
    const text = decodeBase64Prefix(content.text, MAX_BODY_CHARS);
    return BINARY.test(text.slice(0, 1024)) ? '' : text;
  } catch {
    return '';
  }
}

const headers = (list: { name: string; value: string }[]): Header[] => list.map(({ name, value }) => ({ name, value }));
/** HAR's -1 for unknown; a phase longer than a day is not a measurement either. */
const phase = (value: number | undefined) => (typeof value === 'number' && value >= 0 && value <= MAX_PHASE_MS ? value : -1);

export function toEvidence(entry: HarEntryInput): EvidenceInput {
  const response = entry.response ?? undefined;
  const netError = response?._error || response?._failureText || entry._error || undefined;
  return {
    url: entry.request.url,
    method: entry.request.method,
    status: Math.max(0, response?.status ?? 0),
    statusText: response?.statusText ?? '',
    responseHeaders: headers(response?.headers ?? []),
    requestHeaders: headers(entry.request.headers),
    body: bodyOf(response?.content),
    // A size without text: the producer left the body out (or could not decode it), it was not empty.
    bodySeen: !(response?.content?.text === undefined && (response?.content?.size ?? 0) > 0),
    serverIp: entry.serverIPAddress?.slice(0, 64) || undefined,
    protocol: response?.httpVersion?.slice(0, 32),
    timings: entry.timings && {
      blocked: phase(entry.timings.blocked), dns: phase(entry.timings.dns), connect: phase(entry.timings.connect),
      ssl: phase(entry.timings.ssl), send: phase(entry.timings.send), wait: phase(entry.timings.wait),
      receive: phase(entry.timings.receive),
    },
    elapsedMs: phase(entry.time ?? undefined),
    netError: netError || undefined,
    startedAt: entry.startedDateTime?.slice(0, 64),
  };
}

/** Reads a parsed HAR document. Throws HarError when it is not a HAR at all. */
export function readHar(document: unknown): HarReadResult {
  const file = HarFileInput.safeParse(document);
  if (!file.success) throw new HarError('not a HAR file: expected {"log":{"entries":[…]}}');
  const { version, entries, creator } = file.data.log;
  if (version !== undefined && version !== '' && !SUPPORTED_HAR_VERSIONS.includes(version)) {
    throw new HarError(`unsupported HAR version "${version.slice(0, 20)}" (expected 1.1 or 1.2)`);
  }
  const result: HarReadResult = { entries: [], skipped: [], creator: creator?.name };
  entries.forEach((raw, index) => {
    const parsed = HarEntryInput.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      result.skipped.push({ entry: index, reason: `${issue?.path.join('.') || 'entry'}: ${issue?.message ?? 'invalid'}` });
      return;
    }
    // HAR requires a response: without one (and without an error saying why) there is nothing to read.
    if (parsed.data.response == null && !parsed.data._error) {
      result.skipped.push({ entry: index, reason: 'response: missing, and no error recorded' });
      return;
    }
    result.entries.push({ entry: index, evidence: toEvidence(parsed.data) });
  });
  return result;
}
