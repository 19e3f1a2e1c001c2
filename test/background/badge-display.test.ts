// The badge display: a burst of refreshes is one update, and a browser call that would change
// nothing is not made.
import { describe, expect, it } from 'vitest';
import type { Badge } from '../../src/background/badge';
import { createBadgeDisplay, type ActionApi } from '../../src/background/badge-display';

const IDLE: Badge = { text: '', color: '#5f6368', title: 'Faultline', icon: 'idle' };
const FAILED: Badge = { text: '502', color: '#b3261e', title: 'HTTP 502 on shop.example.com', icon: 'failure' };

function fixture(failing = false) {
  const calls: string[] = [];
  const applied: number[] = [];
  let badge = IDLE;
  const record = (name: string) => async (details: object) => {
    calls.push(`${name} ${JSON.stringify(details)}`);
    if (failing) throw new Error('No tab with id');
  };
  const action: ActionApi = { setBadgeText: record('text'), setBadgeBackgroundColor: record('color'), setTitle: record('title'), setIcon: record('icon') };
  const display = createBadgeDisplay({ action, badgeOf: async () => badge, onApplied: (tabId) => applied.push(tabId) });
  return { display, calls, applied, show: (next: Badge) => (badge = next) };
}

describe('the badge display', () => {
  it('sets only what changed, and no icon while the tab stays idle', async () => {
    const { display, calls, show } = fixture();
    await display.refresh(1, 0);
    expect(calls).toEqual(['text {"tabId":1,"text":""}', 'color {"tabId":1,"color":"#5f6368"}', 'title {"tabId":1,"title":"Faultline"}']);
    calls.length = 0;
    await display.refresh(1, 0);
    expect(calls).toEqual([]);
    show(FAILED);
    await display.refresh(1, 0);
    expect(calls).toEqual([
      'text {"tabId":1,"text":"502"}', 'color {"tabId":1,"color":"#b3261e"}', 'title {"tabId":1,"title":"HTTP 502 on shop.example.com"}',
      'icon {"tabId":1,"path":{"16":"icons/icon-failure-16.png","32":"icons/icon-failure-32.png"}}',
    ]);
  });

  it('makes a burst of refreshes one update, and answers every caller of it', async () => {
    const { display, applied } = fixture();
    const burst = [display.refresh(1, 0), display.refresh(1, 0), display.refresh(1, 0)];
    await Promise.all(burst);
    expect(applied).toEqual([1]);
  });

  it('sets everything again once it forgot what a tab shows (a navigation reset it)', async () => {
    const { display, calls, show } = fixture();
    show(FAILED);
    await display.refresh(1, 0);
    display.forget(1);
    calls.length = 0;
    await display.refresh(1, 0);
    expect(calls.map((c) => c.split(' ')[0])).toEqual(['text', 'color', 'title', 'icon']);
  });

  it('forgets what a tab showed when the browser refuses (the tab is gone)', async () => {
    const { display, calls } = fixture(true);
    await display.refresh(1, 0);
    calls.length = 0;
    await display.refresh(1, 0);
    expect(calls.map((c) => c.split(' ')[0])).toEqual(['text', 'color', 'title']);
  });
});
