// Fills a command template with the page's own host, IP and URL. Page-derived values are validated
// against strict shapes (a host name, an IP literal, a port number) or shell-quoted, so nothing from
// an untrusted page can inject shell syntax into a command the user copies.

export interface CommandValues {
  host?: string;
  ip?: string;
  port?: string;
  scheme?: string;
  url?: string;
}

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
const IPV6 = /^[0-9a-f:.]{2,45}$/;
const PORT = /^\d{1,5}$/;

/** What each placeholder becomes when the page gives no safe value: words the user replaces. */
const FALLBACK: Record<string, string> = {
  host: 'example.com', ip: 'ORIGIN_IP', port: '443', scheme: 'https', url: "'https://example.com/'",
  origin: 'https://example.com',
};

export function commandValuesFor(url: string, serverIp: string | undefined): CommandValues {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
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

/** Single-quotes for POSIX shells; a quote inside becomes %27, which URLs read the same. */
const shellQuoteUrl = (url: string) => `'${url.replace(/'/g, '%27')}'`;

function safeValue(name: string, values: CommandValues): string | undefined {
  const host = values.host !== undefined && HOST.test(values.host) ? values.host : undefined;
  const scheme = values.scheme === 'http' || values.scheme === 'https' ? values.scheme : undefined;
  const port = values.port !== undefined && PORT.test(values.port) && Number(values.port) <= 65535 ? values.port : undefined;
  switch (name) {
    case 'host': return host;
    case 'ip': return values.ip !== undefined && (IPV4.test(values.ip) || (values.ip.includes(':') && IPV6.test(values.ip))) ? values.ip : undefined;
    case 'port': return port;
    case 'scheme': return scheme;
    case 'url': return host && scheme && values.url?.startsWith(`${scheme}://`) ? shellQuoteUrl(values.url) : undefined;
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
