// The shape of an error body, which tells a proxy's own answer from a page it only served: proxies
// and servers answer with nothing, one line of text or a bare status page; a site's own error page
// is designed; an API answers in JSON.
import { looksLikeJson } from '../match/normalise';
import type { PreparedResponse } from '../match/signals';

export type BodyShape = 'empty' | 'text' | 'bare-html' | 'json' | 'designed-html';

/** Visible characters up to which an HTML page counts as a bare status page (nginx's is ~60). */
const BARE_PAGE_TEXT = 240;
/** Markup beyond which a page is designed, whatever its text (styles, scripts, images). */
const BARE_PAGE_MARKUP = 2_000;

/** What a reader of the page sees: no script, style or tag, spaces folded. */
export const visibleText = (html: string) =>
  html.replace(/<(script|style)[^>]{0,200}>[^<]{0,20000}<\/(script|style)>/g, ' ').replace(/<[^<>]{0,2000}>/g, ' ').replace(/ {2,}/g, ' ').trim();

export function bodyShape(response: Pick<PreparedResponse, 'body' | 'bodyEmpty' | 'bodyUnseen'>): BodyShape {
  // A body nobody captured is read as the hop's own short answer, as most proxy answers are; only
  // the rules that need an empty body ("empty 502 = a HEAD request") are not met by it.
  if (response.bodyEmpty || response.bodyUnseen) return 'empty';
  const body = response.body;
  if (looksLikeJson(body)) return 'json';
  if (!body.includes('<')) return 'text';
  if (body.length > BARE_PAGE_MARKUP) return 'designed-html';
  return visibleText(body).length <= BARE_PAGE_TEXT ? 'bare-html' : 'designed-html';
}

/** The writer's own default answer: nothing, a line of text, or a bare status page. */
export const isBareAnswer = (shape: BodyShape) => shape === 'empty' || shape === 'text' || shape === 'bare-html';
