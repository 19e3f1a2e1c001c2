// How a tab maps onto the chunked store: what is stored of an entry, and the page list as head.
import { describe, expect, it } from 'vitest';
import { chunkList } from '../../../src/background/store/chunk-list';
import { storedForm, tabLayout } from '../../../src/background/store/tab-layout';
import type { CapturedEntry } from '../../../src/shared/capture-types';

const headers = [{ name: 'cookie', value: 'sid=1' }];
const ok: CapturedEntry = { id: 'r', type: 'xmlhttprequest', frameId: 0, method: 'GET', url: 'https://a.example/api', t0: 1, tEnd: 2, status: 200, requestHeaders: headers };

describe('the tab layout', () => {
  it('stores a finished healthy sub-request without its request headers', () => {
    expect(storedForm(ok)).toEqual({ ...ok, requestHeaders: undefined });
    expect('requestHeaders' in storedForm(ok)).toBe(false);
  });

  it('stores the page\'s own request, failures, error statuses and unfinished requests whole', () => {
    const whole = [{ ...ok, type: 'main_frame' }, { ...ok, type: 'sub_frame' }, { ...ok, status: 404 }, { ...ok, status: 0, error: 'net::ERR_CONNECTION_RESET' }, { ...ok, tEnd: undefined }];
    expect(whole.map((e) => storedForm(e).requestHeaders)).toEqual(Array(5).fill(headers));
  });

  it('writes the page list without entries, with each page\'s chunk numbers, and reads only its own tab\'s', () => {
    const page = { key: 'm', url: 'https://a.example/', startedAt: 1, prerender: false, entries: [ok] };
    const group = { id: 9, record: { tabId: 9, pages: [page] }, lists: new Map([['m', chunkList([ok], 2)]]), written: new Map(), headDirty: true, dirty: false };
    const head = tabLayout.head(group);
    expect(head).toEqual({ tabId: 9, pages: [{ key: 'm', url: 'https://a.example/', startedAt: 1, prerender: false, chunks: [2] }] });
    expect([tabLayout.listsOf(head, 9)?.map((l) => l.key), tabLayout.listsOf(head, 8), tabLayout.listsOf({ tabId: 9 }, 9)]).toEqual([['m'], undefined, undefined]);
  });
});
