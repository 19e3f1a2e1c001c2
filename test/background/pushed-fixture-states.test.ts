// Every gallery page's state, as the worker pushes it to the popup (read and not yet read: headers
// only), passes the popup's check of a push (pushed-state.ts). A state the popup drops would leave
// it showing whatever it drew before, "reading the page…" forever.
import { describe, expect, it } from 'vitest';
import { buildState } from '../../src/background/build-state';
import { readPushedState } from '../../src/popup/pushed-state';
import { mainFrameEntry, pageOf } from '../support/captured';
import { loadPageFixtures } from '../support/page-fixtures';

const AFTER_GRACE = 60_000;
const fixtures = loadPageFixtures();

describe('the state pushed for each gallery page', () => {
  it.each(['complete', 'headers-only'] as const)('is taken by the popup, %s', (mode) => {
    const dropped: string[] = [];
    let failures = 0;
    for (const { name, evidence } of fixtures) {
      const entry = mainFrameEntry({
        url: evidence.url, method: evidence.method, status: evidence.status, statusLine: `HTTP/1.1 ${evidence.status} ${evidence.statusText}`,
        responseHeaders: evidence.responseHeaders, error: evidence.netError, ...(evidence.netError && { status: 0 }),
      });
      const collected = mode === 'complete' ? { url: evidence.url, title: '', html: evidence.body ?? '', text: evidence.body ?? '' } : undefined;
      const state = buildState(7, evidence.url, { tabId: 7, pages: [pageOf(entry, { collected })] }, AFTER_GRACE);
      if (state.kind !== 'failure') continue;
      failures++;
      if (readPushedState({ type: 'state', state }, 7) === undefined) dropped.push(name);
    }
    expect(failures).toBeGreaterThan(fixtures.length / 2);
    expect(dropped).toEqual([]);
  });
});
