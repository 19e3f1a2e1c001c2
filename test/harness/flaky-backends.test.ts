// The flaky route's pattern: 3 of every 5 consecutive requests of a key fail, all from backend-b,
// whatever request a run starts at; keys count apart; and the gallery serves it over real HTTP.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createFlakyBackends, FLAKY_FAILING_NODE, FLAKY_HEALTHY_NODE } from '../../harness/flaky-backends';
import { startGallery, type Gallery } from '../../harness/gallery-server';

describe('createFlakyBackends', () => {
  it('fails the first request, and 3 of any 5 consecutive ones, all from one backend', () => {
    const flaky = createFlakyBackends();
    const answers = Array.from({ length: 12 }, () => flaky.answer('shop')!);
    expect(answers[0]!.status).toBe(502);
    for (let start = 0; start + 5 <= answers.length; start++) {
      const run = answers.slice(start, start + 5);
      expect(run.filter((a) => a.status === 502)).toHaveLength(3);
    }
    for (const a of answers) expect(a.headers['x-upstream']).toBe(a.status === 502 ? FLAKY_FAILING_NODE : FLAKY_HEALTHY_NODE);
    expect(answers[0]!.body).toContain('502 Bad Gateway');
  });

  it('counts each key apart and refuses keys that are not short labels', () => {
    const flaky = createFlakyBackends();
    expect(flaky.answer('a')!.status).toBe(502);
    expect(flaky.answer('a')!.status).toBe(200);
    expect(flaky.answer('b')!.status).toBe(502);
    expect(flaky.answer('../etc')).toBeUndefined();
    expect(flaky.answer('x'.repeat(65))).toBeUndefined();
  });
});

let gallery: Gallery | undefined;
afterEach(async () => {
  await gallery?.close();
  gallery = undefined;
});

const get = (port: number, path: string) =>
  new Promise<{ status: number; upstream: string | undefined }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, upstream: res.headers['x-upstream'] as string | undefined }));
    });
    req.on('error', reject);
    req.end();
  });

describe('the gallery serves /flaky/<key>', () => {
  it('answers 502 from backend-b and 200 from backend-a in the fixed pattern', async () => {
    gallery = await startGallery({ pages: [] });
    const seen = [];
    for (let i = 0; i < 5; i++) seen.push(await get(gallery.port, '/flaky/e2e-1'));
    expect(seen.map((s) => s.status)).toEqual([502, 200, 502, 200, 502]);
    expect(seen.map((s) => s.upstream)).toEqual(['backend-b', 'backend-a', 'backend-b', 'backend-a', 'backend-b']);
    expect((await get(gallery.port, '/flaky/')).status).toBe(404);
  });
});
