// The message catalog for a locale.
import type { Locale } from './locale';
import { en, type Messages } from './messages-en';
import { zhCN } from './messages-zh-CN';

const CATALOGS: Record<Locale, Messages> = { en, 'zh-CN': zhCN };

export const messagesFor = (locale: Locale): Messages => CATALOGS[locale];
export type { Messages };
