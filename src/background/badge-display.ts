// What each tab's toolbar action shows, kept in step with its state: a burst of failing requests
// is one update, and browser calls that would change nothing are skipped (setIcon decodes images,
// the costliest of them).
import { iconPaths, type Badge } from './badge';

/** The part of browser.action the badge uses. */
export interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  setIcon(details: { tabId: number; path: Record<string, string> }): Promise<void>;
}

export interface BadgeDisplayDeps {
  action: ActionApi;
  /** The badge the tab's current state calls for. */
  badgeOf(tabId: number): Promise<Badge>;
  /** Called once the tab's state was rebuilt for the badge: open popups are told from here. */
  onApplied?(tabId: number): void;
}

export interface BadgeDisplay {
  /** Brings the tab's badge up to date after `delay` ms; calls within that time are one update. */
  refresh(tabId: number, delay?: number): Promise<void>;
  /**
   * Navigation resets a tab's action to the manifest's, at a moment that differs between browsers
   * (Chrome on commit, Firefox later): after any navigation event, what it showed is unknown.
   */
  forget(tabId: number): void;
}

/** Many failing API calls in a burst: one badge update. */
const BURST_MS = 50;

export function createBadgeDisplay({ action, badgeOf, onApplied }: BadgeDisplayDeps): BadgeDisplay {
  const shown = new Map<number, Badge>();
  const pending = new Map<number, { timer: ReturnType<typeof setTimeout>; done: (() => void)[] }>();

  async function apply(tabId: number): Promise<void> {
    const badge = await badgeOf(tabId);
    onApplied?.(tabId);
    const before = shown.get(tabId);
    shown.set(tabId, badge);
    const calls: Promise<unknown>[] = [];
    if (badge.text !== before?.text) calls.push(action.setBadgeText({ tabId, text: badge.text }));
    if (badge.color !== before?.color) calls.push(action.setBadgeBackgroundColor({ tabId, color: badge.color }));
    if (badge.title !== before?.title) calls.push(action.setTitle({ tabId, title: badge.title }));
    // The idle icon is the manifest's, so a tab that never failed never needs one set.
    if (badge.icon !== (before?.icon ?? 'idle')) calls.push(action.setIcon({ tabId, path: iconPaths(badge.icon) }));
    await Promise.all(calls).catch(() => shown.delete(tabId)); // the tab may be gone: forget what it showed
  }

  return {
    refresh(tabId, delay = BURST_MS) {
      const waiting = pending.get(tabId);
      clearTimeout(waiting?.timer);
      // Every caller of a coalesced burst is answered when its one update is done.
      const done = waiting?.done ?? [];
      return new Promise((resolve) => {
        done.push(resolve);
        const timer = setTimeout(() => {
          pending.delete(tabId);
          void apply(tabId).catch(() => undefined).finally(() => done.forEach((resolved) => resolved()));
        }, delay);
        pending.set(tabId, { timer, done });
      });
    },
    forget: (tabId) => void shown.delete(tabId),
  };
}
