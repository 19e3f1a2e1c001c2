// Which products the response's own headers name: Server (who sent the response head),
// X-Powered-By (what ran the application) and Via (the proxies it came through). Only the first product of a Server value counts
// ("Apache/2.4.57 (Debian) OpenSSL/3.0" is Apache; the rest are its modules).
import type { PreparedResponse } from '../match/signals';
import { POWERED_BY_PRODUCTS, SERVER_PRODUCTS, VIA_PRODUCTS, type NamedProduct } from './products';

export interface HeaderProduct extends NamedProduct {
  header: 'server' | 'x-powered-by' | 'via';
}

const byToken = (list: readonly NamedProduct[]) => new Map(list.map((p) => [p.token, p]));
const SERVER = byToken(SERVER_PRODUCTS);
const POWERED_BY = byToken(POWERED_BY_PRODUCTS);

/** "apache/2.4.57 (debian)" → "apache"; "jetty(9.4.51)" → "jetty"; values are already lower-case. */
export function productToken(value: string): string {
  const trimmed = value.trim();
  const end = trimmed.search(/[/( ;,]/);
  return end < 0 ? trimmed : trimmed.slice(0, end);
}

function lookup(values: readonly string[] | undefined, table: ReadonlyMap<string, NamedProduct>, header: HeaderProduct['header']): HeaderProduct | undefined {
  for (const value of values ?? []) {
    const found = table.get(productToken(value));
    if (found) return { ...found, header };
  }
  return undefined;
}

/**
 * The hop nearest the client among the Via entries the table knows: each hop appends its entry to
 * a response's Via, so the last one passed the response on last.
 */
function viaProduct(values: readonly string[] | undefined): HeaderProduct | undefined {
  const entries = (values ?? []).flatMap((value) => value.split(','));
  for (let i = entries.length - 1; i >= 0; i--) {
    const found = VIA_PRODUCTS.find((p) => entries[i]!.includes(p.token));
    if (found) return { ...found, header: 'via' };
  }
  return undefined;
}

export interface NamedParties {
  /** The product the Server header names, when the table knows it. */
  server?: HeaderProduct;
  /** The framework or application server X-Powered-By names. */
  poweredBy?: HeaderProduct;
  /** The nearest hop a Via entry names (read when Server names no product the table knows). */
  via?: HeaderProduct;
}

export function namedParties(headers: PreparedResponse['headers']): NamedParties {
  return {
    server: lookup(headers.get('server'), SERVER, 'server'),
    poweredBy: lookup(headers.get('x-powered-by'), POWERED_BY, 'x-powered-by'),
    via: viaProduct(headers.get('via')),
  };
}
