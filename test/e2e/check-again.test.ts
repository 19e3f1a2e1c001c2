// "Check again" end to end, in Chromium and in Firefox: a page behind a proxy whose one unhealthy
// backend fails 3 of every 5 requests (the gallery's /flaky/<key>). The first load fails; the
// popup's check makes 5 more GETs, of which 3 fail, all from backend-b; the result says so, and the
// owner's causes change: one backend unhealthy comes first once the tries are evidence.
import type { Browser, Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { FLAKY_FAILING_NODE, FLAKY_HEALTHY_NODE } from '../../harness/flaky-backends';
import { GALLERY_DOMAIN, type Gallery } from '../../harness/gallery-server';
import { launchWithExtension } from '../../harness/launch-browser';
import { buildFirefoxE2e, launchFirefoxWithExtension } from '../../harness/launch-firefox';
import type { PopupState } from '../../src/shared/popup-state';
import { axeViolations } from './axe';
import { openPopup, settledState, stateOf, until, verdictShown, visit, waitForBadge, withGalleryAndBrowser } from './support';

/** What the suite needs of either browser's set-up. */
interface Env { gallery: Gallery; eb: { control: Page; browser: Browser } }
type Failure = Extract<PopupState, { kind: 'failure' }>;

const causeIds = (s: PopupState) => (s.kind === 'failure' ? s.diagnosis.causes.map((c) => c.id) : []);

function checkAgainSuite(env: Env, name: string, open: (tabId: number) => Promise<Page>, audit?: (popup: Page) => Promise<string[]>) {
  it(`${name}: reports 3 of 5 failed from one node, and the causes change`, async () => {
    const url = env.gallery.url(`/flaky/${name.toLowerCase()}-${Date.now()}`, `flaky.${GALLERY_DOMAIN}`);
    const { page, tabId } = await visit(env.eb, url);
    await waitForBadge(env.eb, tabId, (text) => text === '502');
    const before = await settledState(env.eb.control, tabId, url);
    expect(before).toMatchObject({ kind: 'failure', scope: 'page', method: 'GET' });
    expect(causeIds(before)[0]).not.toBe('one-backend-unhealthy');

    const popup = await open(tabId);
    await popup.waitForSelector('[data-testid="check-again"]');
    await popup.click('[data-testid="check-again"]');
    const result = await popup.waitForSelector('[data-testid="check-result"][data-status="done"]', { timeout: 30_000 });
    const shown = await result!.evaluate((el) => ({ ...(el as HTMLElement).dataset, text: el.textContent ?? '' }));
    expect(shown).toMatchObject({ tries: '5', failed: '3' });
    expect(shown.text).toContain(`3 of 5 failed, all 3 from the same node: ${FLAKY_FAILING_NODE}`);
    const rows = await popup.$$eval('[data-testid="check-row"]', (els) => els.map((el) => ({ ...(el as HTMLElement).dataset })));
    expect(rows).toEqual([
      { testid: 'check-row', failed: 'false', node: FLAKY_HEALTHY_NODE },
      { testid: 'check-row', failed: 'true', node: FLAKY_FAILING_NODE },
      { testid: 'check-row', failed: 'false', node: FLAKY_HEALTHY_NODE },
      { testid: 'check-row', failed: 'true', node: FLAKY_FAILING_NODE },
      { testid: 'check-row', failed: 'true', node: FLAKY_FAILING_NODE },
    ]);
    if (audit) expect(await audit(popup)).toEqual([]);

    // The tries are evidence: the worker's state for the tab now ranks one unhealthy backend first.
    const after = await until('the probe in the state', async () => {
      const s = await stateOf(env.eb.control, tabId);
      return s.kind === 'failure' && s.probe?.status === 'done' ? (s as Failure) : undefined;
    });
    expect(after.probe!.results.map((r) => r.sample.status)).toEqual([200, 502, 200, 502, 502]);
    expect(after.probe!.asYou).toBe(false);
    expect(causeIds(after)[0]).toBe('one-backend-unhealthy');
    await popup.close();
    await page.close();
  });

  it(`${name}: shows progress and the time limit while it runs, and Cancel keeps the tries made`, async () => {
    // The gallery's /slow answers 504 after the time asked for: each try takes that long.
    const url = env.gallery.url(`/slow?ms=1500&run=${name.toLowerCase()}-${Date.now()}`, `nginx.${GALLERY_DOMAIN}`);
    const { page, tabId } = await visit(env.eb, url);
    await waitForBadge(env.eb, tabId, (text) => text === '504');
    const popup = await open(tabId);
    await popup.waitForSelector('[data-testid="check-again"]');
    await popup.click('[data-testid="check-again"]');
    const progress = await popup.waitForSelector('[data-testid="check-progress"]');
    expect(await progress!.evaluate((el) => el.textContent)).toContain('Each try waits at most 30 s');
    // One try done (a 504 after 1.5 s), the next under way: cancel it.
    await popup.waitForFunction(() => document.querySelectorAll('[data-testid="check-row"]').length === 1, { timeout: 15_000 });
    await popup.click('[data-testid="check-cancel"]');
    const result = await popup.waitForSelector('[data-testid="check-result"][data-status="cancelled"]', { timeout: 15_000 });
    expect(await result!.evaluate((el) => ({ ...(el as HTMLElement).dataset }))).toMatchObject({ tries: '1', failed: '1' });
    expect(await result!.evaluate((el) => el.textContent)).toContain('Cancelled after 1 of 5 tries.');
    expect(await popup.$('[data-testid="check-progress"]')).toBeNull();
    await popup.close();
    await page.close();
  });
}

describe('check again in Chromium', () => {
  const env = withGalleryAndBrowser(() => launchWithExtension());
  checkAgainSuite(env, 'Chrome', (tabId) => openPopup(env.eb, tabId), axeViolations);
});

describe('check again in Firefox', () => {
  const env = withGalleryAndBrowser(() => launchFirefoxWithExtension({ dist: buildFirefoxE2e() }));
  checkAgainSuite(env, 'Firefox', async (tabId) => verdictShown(await env.eb.openPopupPage(tabId)));
});
