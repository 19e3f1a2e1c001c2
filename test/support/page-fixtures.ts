// Loads test/fixtures/pages/<generator>/<case>.json (app's grouped by framework:
// app/<framework>/<case>.json) into Evidence, checking each file's shape.
import { z } from 'zod';
import { fixtureBody, PAGES_DIR, readFixtureFiles } from '../../harness/fixtures';
import type { EvidenceInput } from '../../src/engine';
import { Blame, Failure, Generator, Layer } from '../../src/engine/vocabulary';

export { PAGES_DIR };

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

export function toEvidence(fixture: PageFixture, dir: string): EvidenceInput {
  return {
    url: fixture.request.url,
    method: fixture.request.method,
    status: fixture.response.status,
    statusText: fixture.response.statusText ?? '',
    responseHeaders: fixture.response.headers.map(([name, value]) => ({ name, value })),
    requestHeaders: (fixture.request.headers ?? []).map(([name, value]) => ({ name, value })),
    body: fixtureBody(fixture.response, dir),
    elapsedMs: fixture.elapsedMs ?? -1,
    netError: fixture.netError,
    serverIp: fixture.serverIp,
  };
}

export function loadPageFixtures(): LoadedFixture[] {
  return readFixtureFiles().map(({ folder, name: file, dir, json }) => {
    const name = `${folder}/${file}`;
    let fixture: PageFixture;
    try {
      fixture = PageFixture.parse(JSON.parse(json));
    } catch (error) {
      throw new Error(`fixture ${name} is malformed: ${(error as Error).message}`);
    }
    return { name, folder, fixture, evidence: toEvidence(fixture, dir) };
  });
}
