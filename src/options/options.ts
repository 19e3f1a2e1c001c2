// The options page: the site error history's switch (on by default) and its "Clear history" with
// how much it holds. It writes storage.local only; the worker hears of it (storage.onChanged) and
// stops recording or forgets what it had cached.
import browser from 'webextension-polyfill';
import { clearHistory, HISTORY_ON_KEY, historySize } from '../shared/history-keys';
import { t, uiLocale } from '../shared/i18n';

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const area = browser.storage.local;

async function showSize(): Promise<void> {
  const { sites, events } = await historySize(area);
  const out = element<HTMLOutputElement>('history-size');
  out.textContent = t('historyStored', sites, events);
  out.dataset.sites = String(sites);
  out.dataset.events = String(events);
}

async function init(): Promise<void> {
  document.documentElement.lang = uiLocale();
  document.title = `${t('appName')}: ${t('optionsTitle')}`;
  element('title').textContent = t('optionsTitle');
  element('history-heading').textContent = t('historyHeading');
  element('history-on-label').textContent = t('historySwitch');
  element('history-what').textContent = t('historyWhat');
  const clear = element<HTMLButtonElement>('history-clear');
  clear.textContent = t('historyClear');
  const toggle = element<HTMLInputElement>('history-on');
  toggle.checked = (await area.get(HISTORY_ON_KEY))[HISTORY_ON_KEY] !== false;
  toggle.addEventListener('change', () => void area.set({ [HISTORY_ON_KEY]: toggle.checked }));
  clear.addEventListener('click', () => void clearHistory(area).then(showSize));
  // The worker keeps writing while this page is open: the count follows it.
  browser.storage.onChanged.addListener((_changes, name) => name === 'local' && void showSize());
  await showSize();
  document.body.dataset.ready = 'true';
}

void init();
