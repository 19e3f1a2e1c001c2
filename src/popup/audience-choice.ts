// Which audience's tab the popup opens on: the one chosen last time, kept in the extension page's
// localStorage (synchronous, so the first draw already shows it). A visitor first, until told.
export type Audience = 'visitor' | 'owner';

export const AUDIENCE_KEY = 'faultline:audience';

export function rememberedAudience(storage: Pick<Storage, 'getItem'> | undefined): Audience {
  try {
    return storage?.getItem(AUDIENCE_KEY) === 'owner' ? 'owner' : 'visitor';
  } catch {
    return 'visitor'; // storage refused (a disabled or full store): the default is still right
  }
}

export function rememberAudience(storage: Pick<Storage, 'setItem'> | undefined, audience: Audience): void {
  try {
    storage?.setItem(AUDIENCE_KEY, audience);
  } catch {
    // Not remembered this time: the choice still holds while the popup is open.
  }
}
