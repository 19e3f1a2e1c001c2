// Reads the page fixtures (test/fixtures/pages) for the gallery: status, headers and body to replay.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PAGES_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'pages');

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

/** One fixture file as it is on disk: its folder, its case name, its folder path and its JSON text. */
export interface FixtureFile {
  folder: string;
  name: string;
  dir: string;
  json: string;
}

/** Every fixture file, folders and files in name order. */
export function readFixtureFiles(): FixtureFile[] {
  const files: FixtureFile[] = [];
  for (const folder of readdirSync(PAGES_DIR).sort()) {
    const dir = join(PAGES_DIR, folder);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.json')) files.push({ folder, name: file.slice(0, -5), dir, json: readFileSync(join(dir, file), 'utf8') });
    }
  }
  return files;
}

/** A fixture's response body: inline or in a file beside it, base64 decoded where marked. */
export function fixtureBody(response: Pick<RawFixture['response'], 'body' | 'bodyFile' | 'bodyEncoding'>, dir: string): string {
  const raw = response.bodyFile !== undefined ? readFileSync(join(dir, response.bodyFile), 'utf8') : response.body ?? '';
  return response.bodyEncoding === 'base64' ? Buffer.from(raw, 'base64').toString('utf8') : raw;
}

export function loadGalleryPages(): GalleryPage[] {
  return readFixtureFiles().map(({ folder, name, dir, json }) => {
    const raw = JSON.parse(json) as RawFixture;
    return {
      folder, name, status: raw.response.status, statusText: raw.response.statusText ?? '',
      headers: raw.response.headers, body: fixtureBody(raw.response, dir), expect: raw.expect, elapsedMs: raw.elapsedMs, netError: raw.netError,
    };
  });
}
