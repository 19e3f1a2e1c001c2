// The toolbar badge: status text, colour AND an icon whose shape differs by state (a circle with a
// cross for a failed page, a bar for a block or challenge, a triangle for failing requests), so it
// reads without colour. The tooltip says what and where.
import type { PopupState } from '../shared/popup-state';

export type IconVariant = 'idle' | 'failure' | 'blocked' | 'requests';

export interface Badge {
  text: string;
  color: string;
  title: string;
  icon: IconVariant;
}

const COLORS: Record<IconVariant, string> = { idle: '#5f6368', failure: '#b3261e', blocked: '#8a5300', requests: '#a14a00' };

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 60);
  }
};

export function badgeFor(state: PopupState): Badge {
  if (state.kind !== 'failure') {
    const title = state.kind === 'healthy' ? `Faultline: no errors seen on this tab (${state.requestCount} requests)` : 'Faultline';
    return { text: '', color: COLORS.idle, title, icon: 'idle' };
  }
  const d = state.diagnosis;
  const where = hostOf(state.url);
  if (state.scope === 'requests') {
    const n = state.failedTotal;
    return {
      text: n > 9 ? '9+' : `${n}`,
      color: COLORS.requests,
      title: `Faultline: ${n} request${n === 1 ? '' : 's'} on ${where} failed — first: ${d.status || 'network error'} from ${hostOf(d.url)}`,
      icon: 'requests',
    };
  }
  const blocked = d.blame === 'none';
  return {
    text: d.status === 0 ? 'ERR' : String(d.status),
    color: blocked ? COLORS.blocked : COLORS.failure,
    title: `Faultline: ${d.status === 0 ? 'network error' : `HTTP ${d.status}`} on ${where} — ${d.headline}`,
    icon: blocked ? 'blocked' : 'failure',
  };
}

export const iconPaths = (variant: IconVariant): Record<string, string> => {
  const name = variant === 'idle' ? 'icon' : `icon-${variant}`;
  return { 16: `icons/${name}-16.png`, 32: `icons/${name}-32.png` };
};
