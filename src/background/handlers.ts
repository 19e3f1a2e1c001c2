// The worker's message handlers, one per request type. The map is typed against the contract's
// ProtocolMap: a request type without a handler, or a handler whose answer is not the request's
// reply (or an ErrorReply), does not compile. dispatch.ts parses and checks every message first.
import type { Runtime } from 'webextension-polyfill';
import type { Locale } from '../engine/i18n/locale';
import { CollectedSchema } from '../shared/collected';
import { fetchTrace } from '../shared/fetch-trace';
import type { Answer, ErrorReply, ExportChoice as SharedExportChoice, RequestOf, RequestType } from '../shared/messages';
import type { PopupState } from '../shared/popup-state';
import { worthReading } from './build-state';
import { exportBundle, exportHar, exportReport, exportSummary, type ExportOptions } from './exports';
import { mainEntry } from './page-evidence';
import type { Probes } from './probe';
import { pageShowing, type TabStore } from './store';

/** The choices every export message carries, and the language of the summary or bundle, if it names one. */
export type ExportChoice = SharedExportChoice & { locale?: Locale };

export interface HandlerContext {
  store: TabStore;
  tabUrl(tabId: number): Promise<string | undefined>;
  /** The tab's popup state in a language, cached until its capture changes. */
  stateOf(tabId: number, locale?: Locale): Promise<PopupState>;
  /** The tab's capture changed: its badge and every popup watching it are brought up to date. */
  tabChanged(tabId: number): Promise<void>;
  /** Asks the page for its evidence again when it has not arrived (the popup opened early). */
  collectIfMissing(tabId: number): Promise<void>;
  /** Export options from the popup's choices; the language is the message's, else the UI's. */
  exportOptions(choice: ExportChoice): ExportOptions;
  /** "Check again" of a tab's page (probe.ts); without it those requests are refused. */
  probes?: Probes;
}

export type Handler<T extends RequestType> = (message: RequestOf<T>, sender: Runtime.MessageSender, ctx: HandlerContext) => Promise<Answer<T>>;
export type Handlers = { [T in RequestType]: Handler<T> };

async function pageOf(ctx: HandlerContext, tabId: number) {
  const tab = await ctx.store.get(tabId);
  return tab ? pageShowing(tab, await ctx.tabUrl(tabId)) : undefined;
}

/** Fetches the page's trace once, stores it, and answers the state with it. */
async function stateWithTrace(ctx: HandlerContext, tabId: number, locale: Locale | undefined): Promise<PopupState> {
  const state = await ctx.stateOf(tabId, locale);
  if (state.kind !== 'failure' || state.traceStatus !== 'pending') return state;
  const page = await pageOf(ctx, tabId);
  if (!page) return state;
  const { key, url } = page;
  const trace = await fetchTrace(url);
  // The record `update` passes in is the one to change: what `get` returned is only to be read.
  // The page is found again by its key: the tab may have moved on while the trace was fetched.
  await ctx.store.update(tabId, (tab) => {
    const live = tab.pages.find((p) => p.key === key);
    if (live) live.trace = trace;
  });
  await ctx.tabChanged(tabId);
  return ctx.stateOf(tabId, locale);
}

const noPage: ErrorReply = { error: 'Nothing was captured for this page.' };

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

export const handlers: Handlers = {
  'collector/collected': async (message, sender, ctx) => {
    // The tab is the sender's, never one named in the message; the document must be the tab's
    // top frame and its URL the one the worker saw for that page.
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return { accepted: false };
    const payload = CollectedSchema.parse(message.payload);
    const senderUrl = sender.url ?? sender.tab?.url;
    if (!senderUrl || senderUrl.split('#')[0] !== payload.url.split('#')[0]) return { accepted: false };
    let accepted = false;
    await ctx.store.update(tabId, (tab) => {
      const page = pageShowing(tab, payload.url);
      const main = page && mainEntry(page);
      // pushState may change the path, never the origin: a document of another origin is not this page.
      if (!page || !main || page.collected || originOf(page.url) !== originOf(payload.url)) return;
      // Only a page the collector is sent to is stored (worthReading, as for injecting it): a plain
      // 404's DOM is never kept, however its payload arrived.
      if (!worthReading(main)) return;
      page.collected = payload;
      accepted = true;
    });
    if (accepted) await ctx.tabChanged(tabId);
    return { accepted };
  },
  'popup/state': async (message, _sender, ctx) => {
    const state = await ctx.stateOf(message.tabId, message.locale);
    void ctx.collectIfMissing(message.tabId);
    return state;
  },
  'popup/trace': async (message, _sender, ctx) => stateWithTrace(ctx, message.tabId, message.locale),
  'popup/export-har': async (message, _sender, ctx) => {
    const page = await pageOf(ctx, message.tabId);
    return page ? exportHar(page, ctx.exportOptions(message)) : noPage;
  },
  'popup/export-bundle': async (message, _sender, ctx) => {
    const page = await pageOf(ctx, message.tabId);
    return page ? exportBundle(page, ctx.exportOptions(message)) : noPage;
  },
  'popup/summary': async (message, _sender, ctx) => {
    const page = await pageOf(ctx, message.tabId);
    return page ? exportSummary(page, ctx.exportOptions(message)) : noPage;
  },
  'popup/redaction-report': async (message, _sender, ctx) => {
    const page = await pageOf(ctx, message.tabId);
    return page ? { report: exportReport(page, ctx.exportOptions(message)) } : noPage;
  },
  'popup/check-again': async (message, _sender, ctx) => {
    if (!ctx.probes) return { error: 'Check again is not available.' };
    const started = await ctx.probes.start(message.tabId, { tries: message.tries, asYou: message.asYou, confirmedGet: message.confirmedGet });
    return started.error !== undefined ? { error: started.error } : ctx.stateOf(message.tabId, message.locale);
  },
  'popup/check-cancel': async (message, _sender, ctx) => {
    await ctx.probes?.cancel(message.tabId);
    return ctx.stateOf(message.tabId, message.locale);
  },
};
