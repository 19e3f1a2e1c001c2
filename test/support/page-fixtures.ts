// Loads test/fixtures/pages/<generator>/<case>.json into Evidence, checking each file's shape.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { EvidenceInput } from '../../src/engine';
import { Blame, Failure, Generator, Layer } from '../../src/engine/vocabulary';

export const PAGES_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');

export const PageFixture = z.strictObject({
  source: z.string().min(10),
  note: z.string().optional(),
  request: z.strictObject({
    url: z.string().url(),
    method: z.string().default('GET'),
    headers: z.array(z.tuple([z.string(), z.string()])).optional(),
  }),
  response: z.strictObject({
    status: z.number().int().min(0).max(999),
    statusText: z.string().optional(),
    headers: z.array(z.tuple([z.string(), z.string()])),
    body: z.string().optional(),
    bodyFile: z.string().optional(),
    bodyEncoding: z.literal('base64').optional(),
  }),
  elapsedMs: z.number().optional(),
  netError: z.string().optional(),
  serverIp: z.string().optional(),
  expect: z.strictObject({
    generator: Generator,
    layer: Layer,
    blame: Blame,
    failure: Failure.optional(),
    path: z.array(Generator).optional(),
    code: z.string().optional(),
    requestIds: z.record(z.string(), z.string()).optional(),
  }),
});
export type PageFixture = z.infer<typeof PageFixture>;

export interface LoadedFixture {
  /** "<generator>/<case>" */
  name: string;
  folder: string;
  fixture: PageFixture;
  evidence: EvidenceInput;
}

export function fixtureBody(fixture: PageFixture, dir: string): string {
  const raw = fixture.response.bodyFile !== undefined
    ? readFileSync(join(dir, fixture.response.bodyFile), 'utf8')
    : fixture.response.body ?? '';
  return fixture.response.bodyEncoding === 'base64' ? Buffer.from(raw, 'base64').toString('utf8') : raw;
}

export function toEvidence(fixture: PageFixture, dir: string): EvidenceInput {
  return {
    url: fixture.request.url,
    method: fixture.request.method,
    status: fixture.response.status,
    statusText: fixture.response.statusText ?? '',
    responseHeaders: fixture.response.headers.map(([name, value]) => ({ name, value })),
    requestHeaders: (fixture.request.headers ?? []).map(([name, value]) => ({ name, value })),
    body: fixtureBody(fixture, dir),
    elapsedMs: fixture.elapsedMs ?? -1,
    netError: fixture.netError,
    serverIp: fixture.serverIp,
  };
}

export function loadPageFixtures(): LoadedFixture[] {
  const loaded: LoadedFixture[] = [];
  for (const folder of readdirSync(PAGES_DIR).sort()) {
    const dir = join(PAGES_DIR, folder);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.json')) continue;
      const name = `${folder}/${file.slice(0, -5)}`;
      let fixture: PageFixture;
      try {
        fixture = PageFixture.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      } catch (error) {
        throw new Error(`fixture ${name} is malformed: ${(error as Error).message}`);
      }
      loaded.push({ name, folder, fixture, evidence: toEvidence(fixture, dir) });
    }
  }
  return loaded;
}
