// Reads the page fixtures (test/fixtures/pages) for the gallery: status, headers and body to replay.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PAGES_DIR = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'pages');

export interface GalleryPage {
  folder: string;
  name: string;
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
  expect: { generator: string; layer: string; blame: string };
  elapsedMs?: number;
  netError?: string;
}

interface RawFixture {
  response: { status: number; statusText?: string; headers: [string, string][]; body?: string; bodyFile?: string; bodyEncoding?: string };
  expect: GalleryPage['expect'];
  elapsedMs?: number;
  netError?: string;
}

export function loadGalleryPages(): GalleryPage[] {
  const pages: GalleryPage[] = [];
  for (const folder of readdirSync(PAGES_DIR).sort()) {
    const dir = join(PAGES_DIR, folder);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.json')) continue;
      const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as RawFixture;
      let body = raw.response.bodyFile ? readFileSync(join(dir, raw.response.bodyFile), 'utf8') : raw.response.body ?? '';
      if (raw.response.bodyEncoding === 'base64') body = Buffer.from(body, 'base64').toString('utf8');
      pages.push({
        folder, name: file.slice(0, -5), status: raw.response.status, statusText: raw.response.statusText ?? '',
        headers: raw.response.headers, body, expect: raw.expect, elapsedMs: raw.elapsedMs, netError: raw.netError,
      });
    }
  }
  return pages;
}
