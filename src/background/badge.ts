// The toolbar badge: status text, colour AND an icon whose shape differs by state (a circle with a
// cross for a failed page, a bar for a block or challenge, a triangle for failing requests), so it
// reads without colour. The tooltip says what and where.
import type { PopupState } from '../shared/popup-state';

/** The badge's words come from the UI catalog; passed in so the badge stays a pure function. */
export type Translate = (key: 'badgeIdle' | 'badgeHealthy' | 'badgeRequests' | 'badgeFailure' | 'httpStatus' | 'networkError', ...subs: (string | number)[]) => string;

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

export function badgeFor(state: PopupState, t: Translate): Badge {
  if (state.kind !== 'failure') {
    const title = state.kind === 'healthy' ? t('badgeHealthy', state.requestCount) : t('badgeIdle');
    return { text: '', color: COLORS.idle, title, icon: 'idle' };
  }
  const d = state.diagnosis;
  const where = hostOf(state.url);
  if (state.scope === 'requests') {
    const n = state.failedTotal;
    return {
      text: n > 9 ? '9+' : `${n}`,
      color: COLORS.requests,
      title: t('badgeRequests', n, where, d.status || t('networkError'), hostOf(d.url)),
      icon: 'requests',
    };
  }
  const blocked = d.blame === 'none';
  return {
    text: d.status === 0 ? 'ERR' : String(d.status),
    color: blocked ? COLORS.blocked : COLORS.failure,
    title: t('badgeFailure', d.status === 0 ? t('networkError') : t('httpStatus', d.status), where, d.headline),
    icon: blocked ? 'blocked' : 'failure',
  };
}

export const iconPaths = (variant: IconVariant): Record<string, string> => {
  const name = variant === 'idle' ? 'icon' : `icon-${variant}`;
  return { 16: `icons/${name}-16.png`, 32: `icons/${name}-32.png` };
};
