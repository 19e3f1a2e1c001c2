// Store screenshots, made from the real build (dist/chrome): for three vendors, the error page with
// the popup beside it, 1280×800 as the Chrome Web Store and AMO take them.
//   npm run screenshots   → rewrites docs/screenshots/*.png (a deliberate act: they are tracked)
// The capture is the demo tour's own (harness/store-shots.ts); test/e2e/store-screenshots.test.ts
// runs it into a temporary folder and checks it. The gallery replays each page's time to error, so
// the pictures show what a user waits for.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startGallery } from '../harness/gallery-server';
import { launchWithExtension } from '../harness/launch-browser';
import { captureStoreShot, STORE_SHOTS } from '../harness/store-shots';

/** Long enough for every store page's real timer (an ALB's 60 s idle timeout). */
const DELAY_CAP_MS = 130_000;

async function writeDocsScreenshots(): Promise<void> {
  const outDir = resolve(import.meta.dirname, '..', 'docs', 'screenshots');
  mkdirSync(outDir, { recursive: true });
  const gallery = await startGallery({ delayCapMs: DELAY_CAP_MS });
  const eb = await launchWithExtension();
  try {
    for (const shot of STORE_SHOTS) console.log((await captureStoreShot(eb, gallery, shot, outDir)).path);
  } finally {
    await eb.close();
    await gallery.close();
  }
}

await writeDocsScreenshots();
