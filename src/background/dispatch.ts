// Who may send what to the worker, as a pure function of the message and its sender (so it is
// tested without a browser). Every message is parsed with the shared schema first; only extension
// pages (the popup) may read tabs' captures; a page's content script may only send its evidence.
// Whatever goes wrong is answered as one ErrorReply, here and nowhere else.
import type { Runtime } from 'webextension-polyfill';
import { RequestSchema, type Answer, type ErrorReply, type Request, type RequestType } from '../shared/messages';
import type { Handler, HandlerContext, Handlers } from './handlers';

export interface DispatchEnv {
  /** browser.runtime.id */
  runtimeId: string;
  /** browser.runtime.getURL(''), e.g. "chrome-extension://<id>/" */
  extensionOrigin: string;
  handlers: Handlers;
  context: HandlerContext;
}

export const fromExtensionPage = (sender: Runtime.MessageSender, env: Pick<DispatchEnv, 'runtimeId' | 'extensionOrigin'>): boolean =>
  sender.id === env.runtimeId && (sender.url ?? '').startsWith(env.extensionOrigin);

/** A thrown error's first line: the popup shows it, and a stack trace says nothing to a user. */
const errorReply = (error: unknown): ErrorReply => ({ error: String((error as Error)?.message ?? error).split('\n')[0] ?? '' });

export function dispatch(raw: unknown, sender: Runtime.MessageSender, env: DispatchEnv): Promise<Answer<RequestType>> {
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) return Promise.resolve({ error: 'invalid message' });
  const message: Request = parsed.data;
  if (message.type !== 'collector/collected' && !fromExtensionPage(sender, env)) return Promise.resolve({ error: 'not allowed' });
  // The map is keyed by type, so the handler found is the one for this message's type; TypeScript
  // cannot follow that correlation through a union, hence the one widening here.
  const handler = env.handlers[message.type] as Handler<RequestType>;
  return handler(message, sender, env.context).catch(errorReply);
}
