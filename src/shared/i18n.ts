// The extension's UI strings (public/_locales/<lang>/messages.json), chosen by the browser's
// language. Keys are typed from the English catalog, so a missing key does not compile.
import browser from 'webextension-polyfill';
import type catalog from '../../public/_locales/en/messages.json';
import { pickLocale, type Locale } from '../engine/i18n/locale';
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

const BLAME_KEYS: Record<Blame, MessageKey> = {
  edge: 'blameEdge', origin: 'blameOrigin', 'reverse-proxy': 'blameReverseProxy', 'upstream-app': 'blameUpstreamApp',
  'cdn-config': 'blameCdnConfig', client: 'blameClient', none: 'blameNone', unknown: 'blameUnknown',
};
const LAYER_KEYS: Record<Layer, MessageKey> = {
  cdn: 'layerCdn', waf: 'layerWaf', 'anti-ddos': 'layerAntiDdos', 'load-balancer': 'layerLoadBalancer',
  'reverse-proxy': 'layerReverseProxy', app: 'layerApp', none: 'layerUnknown', unknown: 'layerUnknown',
};

export const blameWords = (blame: Blame) => t(BLAME_KEYS[blame]);
export const layerWords = (layer: Layer) => t(LAYER_KEYS[layer]);
export const confidenceWords = (c: number) =>
  t(c >= 0.85 ? 'confidenceHigh' : c >= 0.6 ? 'confidenceFair' : c >= 0.35 ? 'confidenceLow' : 'confidenceVeryLow');
