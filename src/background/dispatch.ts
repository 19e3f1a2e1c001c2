// Who may send what to the worker, as a pure function of the message and its sender (so it is
// tested without a browser). Every message is parsed with the shared schema first; only extension
// pages (the popup) may read tabs' captures; a page's content script may only send its evidence.
import type { Runtime } from 'webextension-polyfill';
import { RequestSchema } from '../shared/messages';
import type { HandlerContext, handlers as Handlers } from './handlers';

export interface DispatchEnv {
  /** browser.runtime.id */
  runtimeId: string;
  /** browser.runtime.getURL(''), e.g. "chrome-extension://<id>/" */
  extensionOrigin: string;
  handlers: typeof Handlers;
  context: HandlerContext;
}

export const fromExtensionPage = (sender: Runtime.MessageSender, env: Pick<DispatchEnv, 'runtimeId' | 'extensionOrigin'>): boolean =>
  sender.id === env.runtimeId && (sender.url ?? '').startsWith(env.extensionOrigin);

export function dispatch(raw: unknown, sender: Runtime.MessageSender, env: DispatchEnv): Promise<unknown> {
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) return Promise.resolve({ error: 'invalid message' });
  const message = parsed.data;
  // Only the popup (an extension page) may read tabs' captures; pages may only send their evidence.
  if (message.type !== 'collector/collected' && !fromExtensionPage(sender, env)) return Promise.resolve({ error: 'not allowed' });
  const handler = env.handlers[message.type] as (m: typeof message, s: Runtime.MessageSender, c: HandlerContext) => Promise<unknown>;
  return handler(message, sender, env.context).catch((error: Error) => ({ error: String(error?.message ?? error).split('\n')[0] }));
}
