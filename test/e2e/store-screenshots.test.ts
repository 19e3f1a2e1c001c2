// Store screenshots, made from the real build by the capture `npm run screenshots` uses (the demo
// tour's visit and popup picture, harness/popup-shot.ts), written to a temporary folder
// (docs/screenshots/ changes only when someone runs that command): each is the size the stores
// take, and its popup says what the page is, without scrolling sideways.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../harness/launch-browser';
import { captureStoreShot, STORE_SHOTS, STORE_SIZE } from '../../harness/store-shots';
import { withGalleryAndBrowser } from './support';

const OUT = mkdtempSync(join(tmpdir(), 'faultline-store-screenshots-'));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

const PNG_SIGNATURE = '89504e470d0a1a0a';

/** A PNG's width and height, from its IHDR chunk (the first chunk, right after the signature). */
function pngSize(file: Buffer): { signature: string; chunk: string; width: number; height: number } {
  return { signature: file.subarray(0, 8).toString('hex'), chunk: file.subarray(12, 16).toString('latin1'), width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

/**
 * What each screenshot's popup must say: what happened, who must act (each a sentence of its
 * verdict, however the verdict lays them out), who wrote the page and whom it blames.
 */
const EXPECTED: Record<string, { says: string[]; generator: string; blame: string }> = {
  'cloudflare-521': {
    says: ["Cloudflare could not get a usable answer from this site's server (HTTP 521): the connection was refused.", "The site's server is at fault, not your connection."],
    generator: 'cloudflare', blame: 'origin',
  },
  'nginx-502-behind-cloudflare': {
    says: ['nginx answered (HTTP 502) because the application behind it failed: the answer was invalid.', 'The site owner needs to look at the application.'],
    generator: 'nginx', blame: 'upstream-app',
  },
  'aws-alb-504': {
    says: ['AWS Elastic Load Balancing (ALB) answered (HTTP 504) because the application behind it failed: it timed out.', 'The site owner needs to look at the application.'],
    generator: 'aws-alb', blame: 'upstream-app',
  },
};

const env = withGalleryAndBrowser(() => launchWithExtension());

describe('store screenshots', () => {
  it.each(STORE_SHOTS)('$folder/$name → a PNG named $file', async (shot) => {
    const { path, popup } = await captureStoreShot(env.eb, env.gallery, shot, OUT);
    expect(path).toBe(join(OUT, `${shot.file}.png`));
    expect(pngSize(readFileSync(path))).toEqual({ signature: PNG_SIGNATURE, chunk: 'IHDR', ...STORE_SIZE });
    const { says, generator, blame } = EXPECTED[shot.file]!;
    expect({ generator: popup.generator, blame: popup.blame }).toEqual({ generator, blame });
    for (const sentence of says) expect(popup.verdict).toContain(sentence);
    expect(popup.clientWidth).toBe(440);
    expect(popup.scrollWidth).toBe(popup.clientWidth);
  });
});
