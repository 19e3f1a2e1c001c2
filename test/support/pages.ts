// Sample error pages and the evidence built from them, shared by the engine, knowledge, hostile and
// CLI tests so that each test names the page it means instead of pasting its markup again.
import type { EvidenceInput, Header } from '../../src/engine/evidence';

/** nginx's own error page, as nginx 1.24 writes it: CRLF line ends, the version in the footer. */
export function nginxErrorPage(status: number, reason: string, version = 'nginx/1.24.0'): string {
  const title = `${status} ${reason}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>${version}</center>\r\n</body>\r\n</html>\r\n`;
}

export const NGINX_502 = nginxErrorPage(502, 'Bad Gateway');
export const NGINX_504 = nginxErrorPage(504, 'Gateway Time-out');

/** The response headers nginx sends with its error page. */
export const NGINX_HEADERS: Header[] = [{ name: 'Server', value: 'nginx/1.24.0' }, { name: 'Content-Type', value: 'text/html' }];

/** `[name, value]` pairs, as tests write them, to the engine's header list. */
export const headerList = (pairs: readonly (readonly [string, string])[]): Header[] => pairs.map(([name, value]) => ({ name, value }));

/** Evidence of a page that answered `status` with `headers` and `body`; `extra` adds or overrides the rest. */
export function pageEvidence(status: number, headers: readonly (readonly [string, string])[], body: string, extra: Partial<EvidenceInput> = {}): EvidenceInput {
  return { url: 'https://www.example.com/index.php', status, responseHeaders: headerList(headers), body, ...extra };
}
