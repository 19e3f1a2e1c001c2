// Which page of a tab a request belongs to and which one the tab shows.
import { describe, expect, it } from 'vitest';
import { pageFor, pageShowing } from '../../../src/background/store/pages';
import type { PageRecord } from '../../../src/shared/capture-types';

const page = (key: string, url: string, prerender = false): PageRecord => ({ key, url, startedAt: 1, prerender, entries: [] });
const tab = { tabId: 1, pages: [page('a', 'https://x.example/'), page('b', 'https://x.example/next'), page('p', 'https://x.example/pre', true)] };

describe('pages of a tab', () => {
  it('gives a request the newest page of its lifecycle', () => {
    expect([pageFor(tab, false)?.key, pageFor(tab, true)?.key, pageFor({ pages: [] }, false)]).toEqual(['b', 'p', undefined]);
  });

  it('shows the newest page with the tab\'s URL, ignoring the fragment', () => {
    expect(pageShowing(tab, 'https://x.example/#top')?.key).toBe('a');
  });

  it('shows the newest page when no page has the URL (pushState) or the URL is unknown', () => {
    expect([pageShowing(tab, 'https://x.example/pushed')?.key, pageShowing(tab, undefined)?.key]).toEqual(['b', 'b']);
  });
});
