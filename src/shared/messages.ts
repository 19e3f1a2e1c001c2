// The one message contract between the collector, the popup and the worker. Requests are a zod
// discriminated union, parsed in the worker whatever their sender; the handler map is typed so a
// missing handler fails to compile.
import { z } from 'zod';
import { REDACTION_KINDS } from '../engine/export/redaction-report';
import { LOCALES } from '../engine/i18n/locale';
import { CollectedSchema } from './collected';

const tabId = z.number().int().min(0).max(2 ** 31);
/** The language of a summary or bundle; the UI language when left out. */
const locale = z.enum(LOCALES).optional();
/** What an export keeps or removes: the popup's switches, the same for every export and for the report. */
const exportChoice = {
  includeSensitive: z.boolean(),
  showClientIp: z.boolean(),
  /** Kinds of values the user chose to keep. */
  keep: z.array(z.enum(REDACTION_KINDS)).max(REDACTION_KINDS.length).default([]),
};

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
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];
