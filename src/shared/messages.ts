// The one message contract between the collector, the popup and the worker. Requests are a zod
// discriminated union, parsed in the worker whatever their sender; each request's reply is named
// once, in ProtocolMap, so the worker's handlers and the popup's calls are checked against the same
// map (a handler whose answer changes breaks the popup's compile). The popup imports only types
// from here: zod stays out of its bundle.
import { z } from 'zod';
import { REDACTION_KINDS, type RedactionReport } from '../engine/export/redaction-report';
import { LOCALES } from '../engine/i18n/locale';
import { CollectedSchema } from './collected';
import type { PopupState } from './popup-state';
import { PROBE_DEFAULT_TRIES, PROBE_MAX_TRIES } from './probe-record';

/** A browser tab id, as every message that names a tab carries it. */
export const TabIdSchema = z.number().int().min(0).max(2 ** 31);
const tabId = TabIdSchema;
/** The language of a summary or bundle; the UI language when left out. */
export const LocaleSchema = z.enum(LOCALES).optional();
const locale = LocaleSchema;
/** What an export keeps or removes: the popup's switches, the same for every export and for the report. */
const exportChoice = {
  includeSensitive: z.boolean(),
  showClientIp: z.boolean(),
  /** Kinds of values the user chose to keep. */
  keep: z.array(z.enum(REDACTION_KINDS)).max(REDACTION_KINDS.length).default([]),
};
/** The popup's export switches, as every export message and the report request carry them. */
export type ExportChoice = z.infer<z.ZodObject<typeof exportChoice>>;

export const RequestSchema = z.discriminatedUnion('type', [
  /** Collector → worker, once per error page. The tab comes from the sender, never from the message. */
  z.object({ type: z.literal('collector/collected'), payload: CollectedSchema }),
  /** Popup → worker. */
  /** The popup says the language it shows, so the verdict and causes come in the same one. */
  z.object({ type: z.literal('popup/state'), tabId, locale }),
  /** Popup → worker: fetch the page's /cdn-cgi/trace (once) and answer the state with it. */
  z.object({ type: z.literal('popup/trace'), tabId, locale }),
  z.object({ type: z.literal('popup/export-har'), tabId, ...exportChoice }),
  z.object({ type: z.literal('popup/export-bundle'), tabId, ...exportChoice, locale }),
  z.object({ type: z.literal('popup/summary'), tabId, ...exportChoice, locale }),
  /** Popup → worker: what an export with these choices would remove, shown before any export. */
  z.object({ type: z.literal('popup/redaction-report'), tabId, ...exportChoice }),
  /**
   * Popup → worker: "Check again": `tries` plain GETs of the page's URL, cookies only when `asYou`;
   * `confirmedGet`: the user agreed to a GET of a page that was not one. Answered with the state at
   * the start; each try is pushed as a new state.
   */
  z.object({
    type: z.literal('popup/check-again'), tabId, locale,
    tries: z.number().int().min(1).max(PROBE_MAX_TRIES).default(PROBE_DEFAULT_TRIES),
    asYou: z.boolean().default(false),
    confirmedGet: z.boolean().default(false),
  }),
  /** Popup → worker: stop the tab's running check; the tries made so far stay. */
  z.object({ type: z.literal('popup/check-cancel'), tabId, locale }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/**
 * The answer to a request the worker could not serve: not parsed, not allowed, nothing captured, or
 * a handler that threw. Any request may be answered with it, so it is not repeated per reply.
 */
export interface ErrorReply {
  error: string;
}

/** What each request is answered with, when it is served. */
interface Replies {
  'collector/collected': { accepted: boolean };
  'popup/state': PopupState;
  'popup/trace': PopupState;
  'popup/export-har': { fileName: string; text: string; report: RedactionReport };
  'popup/export-bundle': { fileName: string; base64: string; report: RedactionReport };
  'popup/summary': { text: string; report: RedactionReport };
  'popup/redaction-report': { report: RedactionReport };
  'popup/check-again': PopupState;
  'popup/check-cancel': PopupState;
}

/** Each request type with its request and its reply; a request type without a reply does not compile. */
export type ProtocolMap = { [T in RequestType]: { request: RequestOf<T>; reply: Replies[T] } };
export type ReplyOf<T extends RequestType> = ProtocolMap[T]['reply'];
/** What the worker answers a request of type T: its reply, or why it could not. */
export type Answer<T extends RequestType> = ReplyOf<T> | ErrorReply;

