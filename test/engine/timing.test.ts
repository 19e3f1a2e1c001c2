// Which known timer an error's time names: the table's facts, the tolerance window's edges, the
// owners a timer needs in the path, and the phase filter.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/engine/i18n/messages-en';
import { zhCN } from '../../src/engine/i18n/messages-zh-CN';
import { TIMER_IDS, TIMER_PHASES, TIMERS, type Timer } from '../../src/engine/knowledge/timers';
import { formatSeconds, matchTimers, timerWindow } from '../../src/engine/timing';

const ids = (timers: readonly Timer[]) => timers.map((timer) => timer.id);
const timer = (id: string) => TIMERS.find((t) => t.id === id)!;

describe('the timer table', () => {
  it('has one entry per id, each with a positive time, a phase and a public source', () => {
    expect(ids(TIMERS).sort()).toEqual([...TIMER_IDS].sort());
    for (const t of TIMERS) {
      expect(t.ms, t.id).toBeGreaterThan(0);
      expect(TIMER_PHASES, t.id).toContain(t.phase);
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      for (const source of t.sources) expect(source, t.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
    }
  });

  it('states in both languages the figure the table holds', () => {
    // "60 s", a configuration's own spelling ("timeout server 50s"), or whole minutes.
    for (const t of TIMERS) {
      const seconds = t.ms / 1000;
      const minutes = seconds / 60;
      expect([`${seconds} s`, `${seconds}s`, `${minutes} minute`].some((figure) => en.timers[t.id].includes(figure)), `${t.id}: ${en.timers[t.id]}`).toBe(true);
      expect([`${seconds} 秒`, `${seconds}s`, `${minutes} 分钟`].some((figure) => zhCN.timers[t.id].includes(figure)), `${t.id}: ${zhCN.timers[t.id]}`).toBe(true);
    }
  });

  it('carries the documented defaults that were wrong or missing', () => {
    expect(timer('cloudflare-proxy-read-timeout')).toMatchObject({ ms: 120_000, phase: 'response' });
    expect(timer('cloudflare-origin-connect-timeout')).toMatchObject({ ms: 19_000, phase: 'connect' });
    expect(timer('azure-front-door-timeout').ms).toBe(30_000);
    expect(timer('envoy-route-timeout').generators).not.toContain('istio');
    expect(TIMERS.filter((t) => t.generators.includes('istio'))).toEqual([]);
    expect(timer('caddy-dial-timeout')).toMatchObject({ ms: 3_000, phase: 'connect' });
    expect(timer('traefik-dial-timeout')).toMatchObject({ ms: 30_000, phase: 'connect' });
    expect(timer('netlify-function-timeout')).toMatchObject({ ms: 60_000, phase: 'request' });
  });
});

describe('matchTimers', () => {
  it('names nothing without a time', () => {
    expect(matchTimers(-1, ['nginx'])).toEqual([]);
    expect(matchTimers(0, ['nginx'])).toEqual([]);
    expect(matchTimers(Number.NaN, ['nginx'])).toEqual([]);
  });

  it('needs the timer\'s owner in the path', () => {
    expect(ids(matchTimers(3_004, ['caddy']))).toEqual(['caddy-dial-timeout']);
    expect(matchTimers(3_004, ['nginx'])).toEqual([]);
    // Istio has no request timeout by default: Envoy's 15 s is not Istio's.
    expect(ids(matchTimers(15_004, ['envoy']))).toEqual(['envoy-route-timeout']);
    expect(matchTimers(15_004, ['istio'])).toEqual([]);
  });

  it('reads the current Cloudflare timers: 120 s for a 524, 19 s for a 522', () => {
    expect(ids(matchTimers(120_480, ['cloudflare']))).toEqual(['cloudflare-proxy-read-timeout']);
    expect(ids(matchTimers(19_350, ['cloudflare']))).toEqual(['cloudflare-origin-connect-timeout']);
    expect(matchTimers(100_250, ['cloudflare'])).toEqual([]);
  });

  it('matches from 3 % below a timer', () => {
    const nginx = timer('nginx-proxy-read-timeout');
    expect(ids(matchTimers(58_200, ['nginx']))).toContain(nginx.id);
    expect(ids(matchTimers(58_199, ['nginx']))).not.toContain(nginx.id);
  });

  it('matches up to 12 % above a long timer', () => {
    expect(timerWindow(timer('nginx-proxy-read-timeout')).max).toBe(67_200);
    expect(ids(matchTimers(67_200, ['nginx']))).toEqual(['nginx-proxy-read-timeout']);
    expect(matchTimers(67_201, ['nginx'])).toEqual([]);
  });

  it('gives a short timer a fixed slack for the visitor\'s own round trips', () => {
    expect(timerWindow(timer('fastly-connect-timeout'))).toEqual({ min: 970, max: 1_400 });
    expect(ids(matchTimers(1_400, ['fastly']))).toEqual(['fastly-connect-timeout']);
    expect(matchTimers(1_401, ['fastly'])).toEqual([]);
    expect(ids(matchTimers(3_400, ['caddy']))).toEqual(['caddy-dial-timeout']);
    expect(matchTimers(3_401, ['caddy'])).toEqual([]);
  });

  it('names every timer of the path that fires then, in the table\'s order', () => {
    expect(ids(matchTimers(60_012, ['aws-cloudfront', 'aws-alb', 'nginx']))).toEqual(['nginx-proxy-read-timeout', 'alb-idle-timeout']);
  });

  it('keeps only the phases asked for', () => {
    expect(ids(matchTimers(60_020, ['squid']))).toEqual(['squid-connect-timeout']);
    expect(matchTimers(60_020, ['squid'], { phases: ['response'] })).toEqual([]);
    expect(ids(matchTimers(60_020, ['squid'], { phases: ['connect'] }))).toEqual(['squid-connect-timeout']);
    expect(ids(matchTimers(60_040, ['netlify', 'kong'], { phases: ['request'] }))).toEqual(['netlify-function-timeout']);
    expect(ids(matchTimers(60_040, ['netlify', 'kong'], { phases: ['response', 'request'] }))).toEqual(['kong-service-timeout', 'netlify-function-timeout']);
  });
});

describe('formatSeconds', () => {
  it('shows tenths below 10 s and whole seconds above', () => {
    expect(formatSeconds(3_004)).toBe('3.0 s');
    expect(formatSeconds(60_109)).toBe('60 s');
  });
});
