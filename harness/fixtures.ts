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

/** One fixture file as it is on disk: its folder, its case name, its own directory and its JSON text. */
export interface FixtureFile {
  /** The generator the fixture expects: the folder under pages/. */
  folder: string;
  /** The file name without .json; unique within its generator, so /f/<folder>/<name> stays short. */
  name: string;
  /** The directory holding the file (a bodyFile is beside it). */
  dir: string;
  json: string;
}

/** The .json files in dir and its subfolders (app/ sorts its pages by framework: app/django/…). */
function jsonFilesUnder(dir: string): { file: string; dir: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return jsonFilesUnder(join(dir, entry.name));
    return entry.name.endsWith('.json') ? [{ file: entry.name, dir }] : [];
  });
}

/** Every fixture file, folders in name order and each folder's files in name order, subfolders or not. */
export function readFixtureFiles(): FixtureFile[] {
  const files: FixtureFile[] = [];
  for (const folder of readdirSync(PAGES_DIR).sort()) {
    const dir = join(PAGES_DIR, folder);
    if (!statSync(dir).isDirectory()) continue;
    const found = jsonFilesUnder(dir).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const [index, { file, dir: fileDir }] of found.entries()) {
      const name = file.slice(0, -5);
      if (found[index + 1]?.file === file) throw new Error(`two fixtures named ${folder}/${name}: names must be unique within a generator`);
      files.push({ folder, name, dir: fileDir, json: readFileSync(join(fileDir, file), 'utf8') });
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
