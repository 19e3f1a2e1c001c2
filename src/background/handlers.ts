// The worker's message handlers. Every message is parsed with the shared schema first; the handler
// map is typed against the union, so a message type without a handler does not compile.
import type { Runtime } from 'webextension-polyfill';
import type { RedactionKind } from '../engine/export/redaction-report';
import type { Locale } from '../engine/i18n/locale';
import { CollectedSchema } from '../shared/collected';
import type { Request, RequestType } from '../shared/messages';
import type { PopupState } from '../shared/popup-state';
import type { ExportOptions } from './exports';

/** The choices every export message carries (see messages.ts). */
export interface ExportChoice {
  includeSensitive: boolean;
  showClientIp: boolean;
  keep: readonly RedactionKind[];
  locale?: Locale;
}
import { exportBundle, exportHar, exportReport, exportSummary } from './exports';
import { fetchTrace } from '../shared/fetch-trace';
import { worthReading } from './build-state';
import { mainEntry } from './page-evidence';
import { pageShowing, type TabStore } from './tab-store';

export interface HandlerContext {
  store: TabStore;
  tabUrl(tabId: number): Promise<string | undefined>;
  /** The tab's popup state in a language, cached until its capture changes. */
  stateOf(tabId: number, locale?: Locale): Promise<PopupState>;
  refreshBadge(tabId: number): Promise<void>;
  /** Asks the page for its evidence again when it has not arrived (the popup opened early). */
  collectIfMissing(tabId: number): Promise<void>;
  /** Export options from the popup's choices; the language is the message's, else the UI's. */
  exportOptions(choice: ExportChoice): ExportOptions;
}

type Handler<T extends RequestType> = (message: Extract<Request, { type: T }>, sender: Runtime.MessageSender, ctx: HandlerContext) => Promise<unknown>;

async function pageOf(ctx: HandlerContext, tabId: number) {
  const tab = await ctx.store.get(tabId);
  return tab ? pageShowing(tab, await ctx.tabUrl(tabId)) : undefined;
}

/** Fetches the page's trace once, stores it, and answers the state with it. */
async function stateWithTrace(ctx: HandlerContext, tabId: number, locale: Locale | undefined): Promise<PopupState> {
  const state = await ctx.stateOf(tabId, locale);
  if (state.kind !== 'failure' || state.traceStatus !== 'pending') return state;
  const tab = await ctx.store.get(tabId);
  const page = tab && pageShowing(tab, await ctx.tabUrl(tabId));
  if (!page) return state;
  const trace = await fetchTrace(page.url);
  await ctx.store.update(tabId, () => {
    page.trace = trace;
  });
  return ctx.stateOf(tabId, locale);
}

const noPage = { error: 'Nothing was captured for this page.' };

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

export const handlers: { [T in RequestType]: Handler<T> } = {
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
    if (accepted) await ctx.refreshBadge(tabId);
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
};
