// The languages Faultline speaks. Simplified Chinese serves every "zh" tag: the only Chinese offered.
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Maps a browser language tag ("zh-CN", "zh_TW", "en-GB", "fr") to a locale Faultline has. */
export function pickLocale(tag: string | undefined): Locale {
  return /^zh\b/i.test((tag ?? '').replace('_', '-')) ? 'zh-CN' : 'en';
}
