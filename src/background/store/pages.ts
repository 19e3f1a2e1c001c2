// Which of a tab's pages a request or the tab's URL belongs to. Generic over the page type, so a
// reader gets read-only pages (tab-view.ts) and an update callback the live ones it may change.
import type { PageView } from './tab-view';

interface Pages<P> {
  readonly pages: readonly P[];
}

/** The page a request belongs to: the newest page of the same lifecycle (prerender or not). */
export function pageFor<P extends PageView>(tab: Pages<P>, prerender: boolean): P | undefined {
  for (let i = tab.pages.length - 1; i >= 0; i--) if (tab.pages[i]!.prerender === prerender) return tab.pages[i];
  return undefined;
}

/**
 * The page shown for the tab's URL: the newest page with that URL (back/forward restores older
 * ones), else the newest page, since pushState / replaceState (single-page apps, Cloudflare's
 * challenge) change the URL without a new document.
 */
export function pageShowing<P extends PageView>(tab: Pages<P>, url: string | undefined): P | undefined {
  const strip = (u: string) => u.split('#')[0];
  if (url !== undefined) {
    for (let i = tab.pages.length - 1; i >= 0; i--) {
      const page = tab.pages[i]!;
      if (strip(page.url) === strip(url)) return page;
    }
  }
  return pageFor(tab, false);
}
