// What the collector sends from a page, for worker tests: a read nginx 502 page unless told otherwise.
import type { Collected } from '../../src/shared/collected';
import { NGINX_502 } from './pages';

const NGINX_502_COLLECTED: Collected = {
  url: 'https://a.example/', title: '502 Bad Gateway', html: NGINX_502, text: '502 Bad Gateway nginx/1.24.0',
};

/** The collector's payload for `url`; `over` replaces any field. */
export const collectedPage = (url: string, over: Partial<Collected> = {}): Collected => ({ ...NGINX_502_COLLECTED, url, ...over });
