// The extension's UI strings (public/_locales/<lang>/messages.json), chosen by the browser's
// language. Keys are typed from the English catalog, so a missing key does not compile.
import browser from 'webextension-polyfill';
import type catalog from '../../public/_locales/en/messages.json';
import { pickLocale, type Locale } from '../engine/i18n/locale';
import { VOCABULARY_WORDS } from '../engine/i18n/vocabulary-words';
import type { Blame, Layer } from '../engine/vocabulary';

export type MessageKey = keyof typeof catalog;

/** A message with positional substitutions ($1…$9); the key itself if the catalog lacks it. */
export const t = (key: MessageKey, ...substitutions: (string | number)[]): string =>
  browser.i18n.getMessage(key, substitutions.map(String)) || key;

/**
 * The engine's locale for the catalog the browser chose: each catalog names its own language in
 * "localeCode", which is exact where getUILanguage() and the chosen catalog disagree.
 */
export const uiLocale = (): Locale => pickLocale(browser.i18n.getMessage('localeCode') || browser.i18n.getUILanguage());

// The vocabulary's words (a layer, who is to blame) come from the engine's one catalog of them
// (vocabulary-words.ts), the one the summary, the evidence and the CLI use, so the popup cannot call a layer otherwise: _locales had
// "web server / proxy" where the engine, the README and src/engine/vocabulary.ts say "reverse proxy".
export const blameWords = (blame: Blame) => VOCABULARY_WORDS[uiLocale()].blame[blame];
export const layerWords = (layer: Layer) => VOCABULARY_WORDS[uiLocale()].layer[layer];
export const confidenceWords = (c: number) =>
  t(c >= 0.85 ? 'confidenceHigh' : c >= 0.6 ? 'confidenceFair' : c >= 0.35 ? 'confidenceLow' : 'confidenceVeryLow');
