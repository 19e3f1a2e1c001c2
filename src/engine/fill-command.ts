// Fills a command template with the page's own host, IP and URL. The user pastes the result into a
// shell, so every value taken from the page is reduced to characters no supported shell reads as
// syntax: host names, IPs, ports and the scheme must match strict shapes (or a placeholder word
// stands in), and the URL is rebuilt from its parsed parts, percent-encoded down to a small safe
// set and single-quoted.
//
// Supported shells: sh/dash, bash, zsh, fish and PowerShell. Why the URL's safe set is what it is:
// - Inside single quotes sh, dash, bash and zsh take every character literally up to the next `'`.
// - fish also reads `\'` and `\\` inside single quotes, so a URL ending in `\` would swallow the
//   closing quote and let the rest of the line run as code: `\` must not be left in.
// - PowerShell's single-quoted strings are verbatim too, but `'` and its look-alikes U+2018, U+2019,
//   U+201A and U+201B all end them: so no `'` and no non-ASCII character at all.
// - With `'` and `\` gone, `'…'` is the same literal string in all of them. The characters kept
//   (letters, digits and `- . _ ~ : / ? = & % @ + ,`) are the URL's own structure, inert inside
//   those quotes, so a normal URL reads as it did.
// - Everything else is percent-encoded, which the server decodes to the same request: the other
//   shell syntax (`$ \` " ; | < > ( ) * ! ^`), in case the user edits the quotes away or re-quotes
//   with double quotes; `{ } [ ]`, which curl itself reads as URL globs; whitespace and control
//   characters, which would split the line or hide text; non-ASCII (PowerShell's quotes, look-alike
//   and bidi characters that make the command read differently from what runs). A `%` not followed
//   by two hex digits becomes `%25`, so the value is a well-formed URL.
// - Dropped: the fragment (never sent to the server) and any `user:password@` (a secret, and a way
//   to make `https://bank.example@evil.example/` read as the wrong host). The only brackets left are
//   the ones around an IPv6 host, which the URL parser produced and which are inert in the quotes.
// Outside quotes the page contributes only validated host names, IPs, ports and schemes: letters,
// digits, `.`, `-` and `:`, never a leading `-`, none of which any of these shells interprets.
//
// cmd.exe is not supported, and cannot be made safe this way: it has no single quotes, so a `&` in
// a URL's query (kept, because it is the query's own separator) ends the command there, and it
// expands `%NAME%` even inside double quotes. The templates are POSIX commands (pipes into grep,
// `2>/dev/null`, `$(…)`) that cmd.exe would not run anyway; Windows users should use PowerShell.

export interface CommandValues {
  host?: string;
  ip?: string;
  port?: string;
  scheme?: string;
  url?: string;
}

/** Host name labels (or a dotted IPv4 address, which fits the same shape); the URL parser lowercases. */
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
const IPV6_CHARS = /^[0-9a-f:.]{2,45}$/;
/** An IPv6 host as the URL parser writes it: already checked and canonical, only its characters are matched. */
const BRACKETED_IPV6 = /^\[[0-9a-f:.]{2,45}\]$/;
const PORT = /^\d{1,5}$/;
/** The URL's safe set (see the top of this file); `%` is checked separately. */
const URL_UNSAFE = /[^A-Za-z0-9\-._~:/?=&%@+,]/gu;
const STRAY_PERCENT = /%(?![0-9A-Fa-f]{2})/g;

/** What each placeholder becomes when the page gives no safe value: words the user replaces. */
const FALLBACK: Record<string, string> = {
  host: 'example.com', ip: 'ORIGIN_IP', port: '443', scheme: 'https', url: "'https://example.com/'",
  origin: 'https://example.com',
};

function parseUrl(url: string | undefined): URL | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

export function commandValuesFor(url: string, serverIp: string | undefined): CommandValues {
  const parsed = parseUrl(url);
  const scheme = parsed?.protocol === 'http:' ? 'http' : parsed?.protocol === 'https:' ? 'https' : undefined;
  const ip = serverIp?.replace(/^\[|\]$/g, '').toLowerCase();
  return {
    host: parsed?.hostname.toLowerCase(),
    ip,
    port: parsed ? parsed.port || (scheme === 'http' ? '80' : '443') : undefined,
    scheme,
    url: parsed?.href,
  };
}

/** An IPv6 address in the URL parser's canonical form, or undefined when the parser rejects it. */
function canonicalIpv6(ip: string): string | undefined {
  if (!ip.includes(':') || !IPV6_CHARS.test(ip)) return undefined;
  const hostname = parseUrl(`http://[${ip}]/`)?.hostname;
  return hostname !== undefined && BRACKETED_IPV6.test(hostname) ? hostname.slice(1, -1) : undefined;
}

const hex = (byte: number) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
const percentEncode = (text: string) => text
  .replace(STRAY_PERCENT, '%25')
  .replace(URL_UNSAFE, (char) => Array.from(new TextEncoder().encode(char), hex).join(''));

/** The page's http(s) URL rebuilt from its parsed parts, reduced to the safe set and single-quoted. */
function quotedUrl(url: string | undefined): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return undefined;
  const host = parsed.hostname.toLowerCase();
  if (!HOST.test(host) && !BRACKETED_IPV6.test(host)) return undefined;
  const port = PORT.test(parsed.port) ? `:${parsed.port}` : '';
  return `'${parsed.protocol}//${host}${port}${percentEncode(parsed.pathname + parsed.search)}'`;
}

function safeValue(name: string, values: CommandValues): string | undefined {
  // No IPv6 literal here: unquoted, `[…]` is a glob in bash and zsh, and every template puts {host}
  // where a name is wanted (dig, mtr, -servername, --resolve, a Host header).
  const host = values.host !== undefined && HOST.test(values.host) ? values.host : undefined;
  const scheme = values.scheme === 'http' || values.scheme === 'https' ? values.scheme : undefined;
  const port = values.port !== undefined && PORT.test(values.port) && Number(values.port) <= 65535 ? values.port : undefined;
  switch (name) {
    case 'host': return host;
    case 'ip': return values.ip === undefined ? undefined : IPV4.test(values.ip) ? values.ip : canonicalIpv6(values.ip);
    case 'port': return port;
    case 'scheme': return scheme;
    case 'url': return quotedUrl(values.url);
    case 'origin': {
      if (!host || !scheme) return undefined;
      const defaultPort = scheme === 'http' ? '80' : '443';
      return `${scheme}://${host}${port && port !== defaultPort ? `:${port}` : ''}`;
    }
    default: return undefined;
  }
}

export function fillCommand(template: string, values: CommandValues): string {
  return template.replace(/\{(host|ip|port|scheme|url|origin)\}/g, (_, name: string) => safeValue(name, values) ?? FALLBACK[name] ?? name);
}
