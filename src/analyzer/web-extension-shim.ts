// The web build's stand-in for webextension-polyfill (esbuild aliases it here): outside an extension
// there is no browser.i18n, so the same catalogs (public/_locales) are bundled and read the way the
// browser reads them: positional $1…$9, "$$" for a dollar sign. The language is the page's ?lang=,
// else the browser's. Nothing else of the extension API exists here, and nothing asks for it.
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import { pickLocale } from '../engine/i18n/locale';

type Catalog = Record<string, { message: string }>;

const wanted = new URLSearchParams(globalThis.location?.search ?? '').get('lang') ?? globalThis.navigator?.language ?? 'en';
const catalog: Catalog = pickLocale(wanted) === 'zh-CN' ? zhCN : en;

function getMessage(key: string, substitutions: string[] = []): string {
  const entry = catalog[key] ?? (en as Catalog)[key];
  if (!entry) return '';
  return entry.message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : substitutions[Number(which) - 1] ?? ''));
}

const browser = {
  i18n: { getMessage, getUILanguage: () => wanted },
};

export default browser;
